namespace Verify.Theory.Units;

/// <summary>Builds every <see cref="VerifyException"/> of the unit catalogue.</summary>
internal static class UnitErrors
{
    public static VerifyException UnknownArch(string name, IEnumerable<string> known) =>
        new($"no unit in the catalogue is named '{name}'; known units: " +
            $"{string.Join(", ", known)}");

    public static VerifyException SizeDoesNotApply(string size, string arch, string uses) =>
        new($"the unit '{arch}' has no {size}; its sizes are {uses}");

    public static VerifyException SizeNotPositive(string size, int value) =>
        new($"the {size} must be at least 1, not {value}");

    public static VerifyException SizeTooLarge(string size, int value) =>
        new($"the {size} {value} is too large for symbolic work; keep it at most " +
            $"{UnitSizes.MaxSize}");

    public static VerifyException KernelLargerThanInput(int kernel, int input) =>
        new($"the kernel size k = {kernel} is larger than the input dimension D = {input}, " +
            "so the kernel has no valid position; choose k ≤ D");

    public static VerifyException NotAParameter(string symbol) =>
        new($"the output weight '{symbol}' is not a parameter of the unit; list it among " +
            "the parameters or remove it from the output weights");

    public static VerifyException NoInputWeights() =>
        new("every parameter is an output weight v, so the unit has no input weights u; " +
            "leave at least one parameter out of the output weights");

    public static VerifyException NotLinearInV(string symbol, string reason) =>
        new($"the unit is not of the form φ(z; u)·v in the output weight '{symbol}' " +
            $"({reason}); list only weights that enter linearly as output weights");
}
