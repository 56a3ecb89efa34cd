namespace Verify.Theory.Units;

/// <summary>
/// Sizes chosen by the caller for a catalogue unit; a null size keeps the unit's default.
/// Giving a size the unit does not have (a kernel size for a fully-connected unit) is an
/// error, so that a typo cannot silently build a different unit.
/// </summary>
public sealed record UnitSizes
{
    /// <summary>The largest size accepted: symbolic traits and flows grow fast with it.</summary>
    public const int MaxSize = 8;

    /// <summary>No size chosen: every unit at its defaults.</summary>
    public static UnitSizes Defaults { get; } = new();

    /// <summary>D, the input dimension.</summary>
    public int? InputDim { get; init; }

    /// <summary>C, the output dimension.</summary>
    public int? OutputDim { get; init; }

    /// <summary>k, the kernel size.</summary>
    public int? Kernel { get; init; }

    /// <summary>N, the number of context tokens.</summary>
    public int? Tokens { get; init; }

    /// <summary>d, the token dimension.</summary>
    public int? TokenDim { get; init; }

    /// <summary>The short name and meaning of a size, e.g. "input dimension D".</summary>
    public static string Describe(UnitSize size) => size switch
    {
        UnitSize.InputDim => "input dimension D",
        UnitSize.OutputDim => "output dimension C",
        UnitSize.Kernel => "kernel size k",
        UnitSize.Tokens => "number of tokens N",
        UnitSize.TokenDim => "token dimension d",
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    internal IEnumerable<(UnitSize Size, int Value)> Chosen()
    {
        if (InputDim is int d) yield return (UnitSize.InputDim, d);
        if (OutputDim is int c) yield return (UnitSize.OutputDim, c);
        if (Kernel is int k) yield return (UnitSize.Kernel, k);
        if (Tokens is int n) yield return (UnitSize.Tokens, n);
        if (TokenDim is int t) yield return (UnitSize.TokenDim, t);
    }
}
