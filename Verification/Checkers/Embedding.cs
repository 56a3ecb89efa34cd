using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;

namespace Verify.Verification.Checkers;

/// <summary>
/// One construction of Theorem 1 (PAPER.md §2, Eqs. 4–7) as data: from a narrow net of
/// <see cref="NarrowWidth"/> units to a wide net of one more unit. <see cref="Map"/> sends
/// each changed wide symbol to an expression in the narrow symbols and the coefficients
/// (γ, a_j, b_j); every other wide symbol keeps its name. <see cref="Combination"/> states,
/// for every trainable wide symbol θ, the claimed identity
/// θ̇_wide|embedded = Σ c·θ̇′_narrow, which makes the embedded point a fixed point wherever
/// the narrow one is.
/// </summary>
internal sealed class Embedding
{
    private Embedding(
        string description, int narrowWidth, Dictionary<Sym, Expr> map,
        Dictionary<Sym, List<(Expr Coefficient, Sym Narrow)>> combination,
        IReadOnlyList<Sym> coefficients, IReadOnlySet<Sym> positive)
    {
        Description = description;
        NarrowWidth = narrowWidth;
        Map = map;
        Combination = combination.ToDictionary(
            kv => kv.Key, kv => (IReadOnlyList<(Expr, Sym)>)kv.Value);
        Coefficients = coefficients;
        Positive = positive;
    }

    /// <summary>The construction in words, e.g. "u_2 = u_1, v_2 = γ·v_1, v_1 → (1 −
    /// γ)·v_1".</summary>
    public string Description { get; }

    /// <summary>H − 1, the width of the narrow net.</summary>
    public int NarrowWidth { get; }

    /// <summary>Wide symbol → its value in narrow symbols and coefficients.</summary>
    public IReadOnlyDictionary<Sym, Expr> Map { get; }

    /// <summary>Wide trainable symbol → the claimed combination of narrow field
    /// components.</summary>
    public IReadOnlyDictionary<Sym, IReadOnlyList<(Expr Coefficient,
        Sym Narrow)>> Combination { get; }

    /// <summary>The free coefficients of the construction.</summary>
    public IReadOnlyList<Sym> Coefficients { get; }

    /// <summary>Coefficients declared positive (γ_u when the field is R≥0).</summary>
    public IReadOnlySet<Sym> Positive { get; }

    /// <summary>Assumptions for the canonical form: <see cref="Positive"/>.</summary>
    public Assumptions Assumptions => new(Positive);

    /// <summary>
    /// Eq. 4, case (i): u_H = u_1, v_H = γ·v_1 and v_1 → (1 − γ)·v_1 (narrow width 1).
    /// With <paramref name="split"/> false, v_1 is kept, which is the negative control.
    /// </summary>
    public static Embedding Duplicate(Layer layer, bool split = true)
    {
        var g = Expr.Symbol("γ");
        var b = new Builder(layer, 1);
        foreach (var u in layer.U) b.Set(2, u, b.N(1, u), [(g, b.N(1, u))]);
        foreach (var v in layer.V) b.Set(2, v, g * b.N(1, v), [(Expr.One, b.N(1, v))]);
        if (split)
        {
            foreach (var u in layer.U) b.Combine(1, u, [(1 - g, b.N(1, u))]);
            foreach (var v in layer.V) b.Set(1, v, (1 - g) * b.N(1, v), [(Expr.One, b.N(1, v))]);
        }
        var text = split
            ? "u_2 = u_1*, v_2 = γ·v_1*, v_1 = (1 − γ)·v_1*"
            : "u_2 = u_1*, v_2 = γ·v_1*, v_1 = v_1* (not split)";
        return b.Build(text, [g], new HashSet<Sym>());
    }

    /// <summary>Eq. 5, case (ii): u_H = u₀ = 0, v_H = 0 (narrow width 1).</summary>
    public static Embedding Silent(Layer layer)
    {
        var b = new Builder(layer, 1);
        foreach (var p in layer.U.Concat(layer.V)) b.Set(2, p, Expr.Zero, []);
        return b.Build("u_2 = u₀ = 0, v_2 = 0", [], new HashSet<Sym>());
    }

    /// <summary>
    /// Eq. 6, case (iii), for φ homogeneous of degree k over F: u_H = γ_u·u_1,
    /// v_H = γ_v·v_1, v_1 → (1 − γ_u^k·γ_v)·v_1. For k = 1 this is the paper's formula; for
    /// k > 1 the factor γ_u^k is our generalisation, the one that keeps the map.
    /// γ_u is declared positive when F = R≥0.
    /// </summary>
    public static Embedding Scaled(Layer layer, int degree, HomogeneityField field)
    {
        Sym gu = Expr.Symbol("γu"), gv = Expr.Symbol("γv");
        var scale = Expr.Power(gu, degree) * gv;
        var b = new Builder(layer, 1);
        foreach (var u in layer.U)
        {
            b.Set(2, u, gu * b.N(1, u), [(gv * Expr.Power(gu, degree - 1), b.N(1, u))]);
            b.Combine(1, u, [(1 - scale, b.N(1, u))]);
        }
        foreach (var v in layer.V)
        {
            b.Set(2, v, gv * b.N(1, v), [(Expr.Power(gu, degree), b.N(1, v))]);
            b.Set(1, v, (1 - scale) * b.N(1, v), [(Expr.One, b.N(1, v))]);
        }
        var power = degree == 1 ? "γu" : $"γu^{degree}";
        var positive = field == HomogeneityField.NonNegative
            ? new HashSet<Sym> { gu }
            : new HashSet<Sym>();
        return b.Build(
            $"u_2 = γu·u_1*, v_2 = γv·v_1*, v_1 = (1 − {power}·γv)·v_1*" +
            (positive.Count > 0 ? ", γu > 0" : ""), [gu, gv], positive);
    }

    /// <summary>
    /// Eq. 7, case (iv), narrow width 2: u_3 = a_1u_1 + a_2u_2, v_3 = b_1v_1 + b_2v_2,
    /// v_i → v_i − a_i·(b_1v_1 + b_2v_2) for i = 1, 2.
    /// </summary>
    public static Embedding Dependent(Layer layer)
    {
        Sym[] a = [Expr.Symbol("a", 1), Expr.Symbol("a", 2)];
        Sym[] bs = [Expr.Symbol("b", 1), Expr.Symbol("b", 2)];
        var b = new Builder(layer, 2);
        foreach (var u in layer.U)
        {
            b.Set(3, u, a[0] * b.N(1, u) + a[1] * b.N(2, u),
                [(bs[0], b.N(1, u)), (bs[1], b.N(2, u))]);
            for (int i = 1; i <= 2; i++)
            {
                b.Combine(i, u, [(Expr.One, b.N(i, u)),
                    (-(a[i - 1] * bs[0]), b.N(1, u)), (-(a[i - 1] * bs[1]), b.N(2, u))]);
            }
        }
        foreach (var v in layer.V)
        {
            var sum = bs[0] * b.N(1, v) + bs[1] * b.N(2, v);
            b.Set(3, v, sum, [(a[0], b.N(1, v)), (a[1], b.N(2, v))]);
            for (int i = 1; i <= 2; i++)
                b.Set(i, v, b.N(i, v) - a[i - 1] * sum, [(Expr.One, b.N(i, v))]);
        }
        return b.Build(
            "u_3 = a_1u_1* + a_2u_2*, v_3 = b_1v_1* + b_2v_2*, v_i = v_i* − a_i(b_1v_1* + b_2v_2*)",
            [.. a, .. bs], new HashSet<Sym>());
    }

    /// <summary>Collects the map and the combination; unset symbols are the identity.</summary>
    private sealed class Builder(Layer layer, int narrow)
    {
        private readonly Dictionary<Sym, Expr> map = [];
        private readonly Dictionary<Sym, List<(Expr, Sym)>> combination = [];

        public Sym N(int h, Sym p) => FlowNames.Parameter(p, h);

        public void Set(int h, Sym p, Expr value, List<(Expr, Sym)> terms)
        {
            map[FlowNames.Parameter(p, h)] = value;
            combination[FlowNames.Parameter(p, h)] = terms;
        }

        public void Combine(int h, Sym p, List<(Expr, Sym)> terms) =>
            combination[FlowNames.Parameter(p, h)] = terms;

        public Embedding Build(string text, IReadOnlyList<Sym> coefficients,
            IReadOnlySet<Sym> positive)
        {
            foreach (var s in layer.Shared) combination.TryAdd(s, [(Expr.One, s)]);
            for (int h = 1; h <= narrow; h++)
            {
                foreach (var p in layer.U.Concat(layer.V))
                    combination.TryAdd(N(h, p), [(Expr.One, N(h, p))]);
            }
            return new Embedding(text, narrow, map, combination, coefficients, positive);
        }
    }
}
