using System.Globalization;

namespace Verify.Numerics.Integration;

/// <summary>
/// Where a run went numerically wrong: the time, the first offending component (with its
/// unit and name from the <see cref="StateLayout"/>) and its value.
/// </summary>
/// <param name="Time">Time at which the bad value was first seen (a stage time for a
/// non-finite field value, a step end for divergence).</param>
/// <param name="Component">0-based index of the first offending component.</param>
/// <param name="Unit">Its 1-based unit, or null when it belongs to none.</param>
/// <param name="ComponentName">Its name from the layout.</param>
/// <param name="Value">The offending value (NaN, ±∞, or a magnitude above the bound).</param>
/// <param name="InField">True when the value was in F(t, y) rather than in the state y.</param>
public sealed record NumericalFailure(
    double Time, int Component, int? Unit, string ComponentName, double Value, bool InField)
{
    /// <summary>"unit 3 (u_3[1])" or "component 2 (y[2])".</summary>
    public string Location => Unit is { } u
        ? string.Create(CultureInfo.InvariantCulture, $"unit {u} ({ComponentName})")
        : string.Create(CultureInfo.InvariantCulture,
            $"component {Component + 1} ({ComponentName})");

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(InField ? "field" : "state")} value {Value:R} in {Location} at t = {Time:R}");

    internal static NumericalFailure At(StateLayout layout, double time, int component,
        double value, bool inField) =>
        new(time, component, layout.UnitOf(component), layout.NameOf(component), value, inField);
}
