namespace Verify.Numerics.Width;

/// <summary>
/// Immutable options of <see cref="NumericalRank"/>: rank = #{σ_i &gt; RelativeTolerance·σ₁},
/// lowered to i* when the largest ratio σ_i/σ_{i+1} sits at i* below that count and is at least
/// <see cref="GapFactor"/>.
/// </summary>
public sealed record RankOptions
{
    /// <summary>rtol 1e-6, gap factor 100.</summary>
    public static RankOptions Default { get; } = new();

    /// <summary>
    /// Singular values σ_i ≤ this · σ₁ are numerically zero; in [0, 1). Default 1e-6, well above
    /// rounding (≈1e-15) so that tiny noise does not count.
    /// </summary>
    public double RelativeTolerance { get; init; } = 1e-6;

    /// <summary>
    /// A ratio σ_i/σ_{i+1} ≥ this separates learned directions from small but non-negligible ones
    /// (e.g. O(ε) directions on a plateau, PAPER.md §4 Theorem 4); &gt; 1, or +∞ to switch the gap
    /// rule off. Default 100: two learned modes whose strengths differ by 100× or more count as
    /// one.
    /// </summary>
    public double GapFactor { get; init; } = 100;

    internal void Validate()
    {
        if (!(RelativeTolerance >= 0 && RelativeTolerance < 1))
            throw NumericsErrors.OutOfRange(nameof(RelativeTolerance), RelativeTolerance, "[0, 1)");
        if (!(GapFactor > 1))
            throw NumericsErrors.OutOfRange(nameof(GapFactor), GapFactor, "(1, ∞]");
    }
}
