using Verify.Theory.Symbolic;

namespace Verify.Verification.Checkers;

/// <summary>
/// A set of Theorem 3 (PAPER.md §3) as relations between units of a width-<see cref="Width"/>
/// layer: each row says θ_i = Σ_j c_j·θ_j for the parameters it names (all when null). An
/// empty sum is θ_i = 0, the silent unit with u₀ = 0. When <see cref="FreeCoefficients"/>
/// is set the set is the union over the coefficients' values (θ_i = γθ_j for some γ), so
/// the coefficients may drift and the flow stays in the set iff every row's
/// θ̇_i − Σ c_j θ̇_j lies in span{θ_j}; otherwise it must be 0.
/// </summary>
/// <param name="Description">The set in words.</param>
/// <param name="Width">H, the number of units.</param>
/// <param name="Rows">The relations.</param>
/// <param name="Positive">Coefficients declared positive (γ for F = R≥0).</param>
/// <param name="FreeCoefficients">Whether the set is the union over coefficient values.</param>
internal sealed record Relation(
    string Description, int Width, IReadOnlyList<RelationRow> Rows, IReadOnlySet<Sym> Positive,
    bool FreeCoefficients)
{
    /// <summary>T3(i): θ_2 = θ_1 (H = 2), or only the listed parameters.</summary>
    public static Relation Equal(IReadOnlyList<Sym>? parameters = null) => new(
        parameters is null ? "θ_2 = " +
            "θ_1" : $"{string.Join(", ", parameters.Select(p => p.Key))} of unit 2 = of unit 1",
        2, [new RelationRow(2, [(Expr.One, 1)], parameters)], new HashSet<Sym>(), false);

    /// <summary>T3(ii): θ_1 = (u₀, 0) = 0 (H = 1; the field is in residual form, so any other
    /// units are allowed).</summary>
    public static Relation Silent() => new(
        "u_1 = u₀ = 0, v_1 = 0", 1, [new RelationRow(1, [], null)], new HashSet<Sym>(), false);

    /// <summary>T3(iii): θ_2 = γθ_1 (H = 2); γ &gt; 0 when <paramref name="positive"/>.</summary>
    public static Relation Proportional(bool positive)
    {
        var g = Expr.Symbol("γ");
        return new(positive ? "θ_2 = γ·θ_1, γ > 0" : "θ_2 = γ·θ_1, γ ∈ R", 2,
            [new RelationRow(2, [(g, 1)], null)], positive ? new HashSet<Sym> { g } : [], true);
    }

    /// <summary>θ_2 = −g·θ_1 with g &gt; 0: proportionality with γ = −g &lt; 0 (H = 2).</summary>
    public static Relation NegativelyProportional()
    {
        var g = Expr.Symbol("g");
        return new("θ_2 = −g·θ_1, g > 0 (γ = −g < 0)", 2,
            [new RelationRow(2, [(-g, 1)], null)], new HashSet<Sym> { g }, true);
    }

    /// <summary>T3(iv): θ_3 = γ_1θ_1 + γ_2θ_2 (H = 3).</summary>
    public static Relation Dependent() => new(
        "θ_3 = γ_1·θ_1 + γ_2·θ_2", 3,
        [new RelationRow(3, [(Expr.Symbol("γ", 1), 1), (Expr.Symbol("γ", 2), 2)], null)],
        new HashSet<Sym>(), true);

    /// <summary>Rank one: θ_2 = γ_2θ_1, θ_3 = γ_3θ_1 (H = 3).</summary>
    public static Relation RankOne() => new(
        "θ_2 = γ_2·θ_1, θ_3 = γ_3·θ_1 (rank one)", 3,
        [new RelationRow(2, [(Expr.Symbol("γ", 2), 1)], null),
         new RelationRow(3, [(Expr.Symbol("γ", 3), 1)], null)],
        new HashSet<Sym>(), true);
}
