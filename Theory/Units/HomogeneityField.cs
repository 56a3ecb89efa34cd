namespace Verify.Theory.Units;

/// <summary>The scalars α over which φ(z; αu) = α^k φ(z; u) holds (PAPER.md §2, case iii).</summary>
public enum HomogeneityField
{
    /// <summary>Every real α (e.g. linear and quadratic units).</summary>
    Real,

    /// <summary>α ≥ 0 only: positively homogeneous (e.g. ReLU units).</summary>
    NonNegative,
}
