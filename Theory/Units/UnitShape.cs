namespace Verify.Theory.Units;

/// <summary>The resolved sizes of one catalogue unit (defaults merged with the caller's).</summary>
internal sealed class UnitShape(IReadOnlyDictionary<UnitSize, int> sizes)
{
    public int D => sizes[UnitSize.InputDim];
    public int C => sizes[UnitSize.OutputDim];
    public int K => sizes[UnitSize.Kernel];
    public int N => sizes[UnitSize.Tokens];
    public int Dt => sizes[UnitSize.TokenDim];

    /// <summary>"D = 2, C = 1" in the order of <see cref="UnitSize"/>.</summary>
    public override string ToString() => string.Join(", ", sizes
        .OrderBy(s => s.Key)
        .Select(s => $"{UnitSizes.Describe(s.Key).Split(' ')[^1]} = {s.Value}"));
}
