using System.Globalization;

namespace Verify.Numerics;

/// <summary>Builds every <see cref="NumericsException"/> the numerical layer throws.</summary>
internal static class NumericsErrors
{
    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    public static NumericsException NotPositive(string option, double value) =>
        new(option, $"{option} must be a positive finite number, not {F(value)}; " +
            $"set {option} to a value greater than 0");

    public static NumericsException Negative(string option, double value) =>
        new(option, $"{option} must be a non-negative finite number, not {F(value)}; " +
            $"set {option} to 0 or more");

    public static NumericsException NotPositiveCount(string option, long value) =>
        new(option, $"{option} must be at least 1, not {value}");

    public static NumericsException OutOfRange(string option, double value, string range) =>
        new(option, $"{option} is {F(value)} but must lie in {range}; choose a value in that range");

    public static NumericsException BothTolerancesZero() =>
        new("RelativeTolerance", "RelativeTolerance and AbsoluteTolerance are both 0, so no step " +
            "can ever be accepted; make at least one of them positive");

    public static NumericsException NotFiniteValue(string what, int index, double value) =>
        new(what, $"{what}[{index}] is {F(value)}; every entry of {what} must be finite");

    public static NumericsException EndBeforeStart(double start, double end) =>
        new("endTime", $"the end time {F(end)} is before the start time {F(start)}; " +
            "integrate forward in time with an end time at or after the start");

    public static NumericsException OutputTimesNotIncreasing(int index, double previous,
        double value) =>
        new("OutputTimes", $"OutputTimes[{index}] = {F(value)} does not come after " +
            $"OutputTimes[{index - 1}] = {F(previous)}; list output times in increasing order");

    public static NumericsException OutputTimeOutside(int index, double value, double start,
        double end) =>
        new("OutputTimes", $"OutputTimes[{index}] = {F(value)} lies outside the integration interval " +
            $"[{F(start)}, {F(end)}]; drop it or widen the interval");

    public static NumericsException DimensionMismatch(string what, int expected, int actual) =>
        new(what, $"{what} has {actual} entries but the state has {expected}; " +
            $"give {what} one entry per state component");

    public static NumericsException Tableau(string method, string condition, double residual) =>
        new("tableau", $"the Butcher tableau of {method} violates {condition} (residual " +
            $"{F(residual)}); check the coefficients against the method's source");

    public static NumericsException TableauShape(string method, string problem) =>
        new("tableau", $"the Butcher tableau of {method} is malformed: {problem}");

    public static NumericsException Shape(string what, string problem) =>
        new(what, $"{what}: {problem}");

    public static NumericsException DuplicateName(string name) =>
        new("componentNames", $"the component name '{name}' is used twice; give each component " +
            "its own name");

    public static NumericsException UnknownName(string name) =>
        new("name", $"no state component is named '{name}'; use one of the layout's names");
}
