namespace Verify.Numerics.Flow;

/// <summary>Builds every <see cref="NumericsException"/> the loss models throw.</summary>
internal static class LossModelErrors
{
    public static NumericsException Length(string what, int expected, int actual) =>
        new(what, $"{what} has {actual} entries but the loss model needs {expected}; " +
            $"pass a span of length {expected}");

    public static NumericsException MissingInput(string symbol) =>
        new("data", $"the unit's input {symbol} has no values in the data; " +
            "give one value per sample for every input symbol of the unit");

    public static NumericsException MissingFixed(string symbol) =>
        new("data", $"the unit's fixed symbol {symbol} has no value in the data; " +
            "give a value for every fixed symbol of the unit");

    public static NumericsException SampleCount(string symbol, int expected, int actual) =>
        new("data", $"the input {symbol} has {actual} values but there are {expected} " +
            "targets; give one value per sample");

    public static NumericsException NotFinite(string what, int index, double value) =>
        new("data", $"{what}[{index}] is {value}; every value of the data must be finite");

    public static NumericsException Outputs(int unitOutputs, int targetColumns) =>
        new("data", $"the unit has {unitOutputs} output component(s) but the targets have " +
            $"{targetColumns} column(s); give one target column per output component");

    public static NumericsException NoSamples() =>
        new("data", "the data has no samples; give at least one target row");

    public static NumericsException Width(int width) =>
        new("width", $"width must be at least 1, not {width}; give the number of units H");

    public static NumericsException NotACatalogueShape(string name, string problem) =>
        new("data", $"the data does not fit the unit {name}: {problem}");
}
