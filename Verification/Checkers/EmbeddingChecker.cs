using Fractions;
using Verify.Theory.Claims;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// PAPER.md §2, Theorem 1 (Eqs. 4–7) and Corollary 2: a fixed point of the narrow net,
/// embedded by one more unit, is a fixed point of the wide net. The proof checked here is
/// two exact identities, both canonical form 0:
/// <list type="number">
/// <item>the map: f_wide(x_μ)|embedded = f_narrow(x_μ) for every sample and component, so
///   both nets have the same residuals r;</item>
/// <item>the gradient: for every trainable θ of the wide net,
///   θ̇_wide|embedded = Σ c·θ̇′_narrow as stated by the <see cref="Embedding"/>, with every
///   r_{μ,c} a free symbol (by 1 the two nets' residuals are equal).</item>
/// </list>
/// Together they give ∇L_wide = 0 wherever ∇L_narrow = 0: proved. When an identity is not
/// 0 in canonical form, the checker looks for a narrow fixed point at which the wide
/// gradient is not 0: (A) targets equal to the narrow outputs (r ≡ 0, a global minimum), or
/// (B) for a scalar unit with one output weight, v_1 = 0 and the last target chosen so that
/// the v-gradient cancels (r ≠ 0, verified by canonical form). Found: refuted, with the
/// point shrunk and replayable from the seed; not found: undecided with the reason.
/// </summary>
internal sealed class EmbeddingChecker(Func<EmbeddingProblem> problem) : IClaimChecker
{
    private const int Attempts = 120, QuickAttempts = 30;

    /// <inheritdoc/>
    public Judgement Check(CheckContext context)
    {
        var (netOf, e, layer, setting) = problem();
        var narrow = netOf(e.NarrowWidth);
        var wide = netOf(e.NarrowWidth + 1);
        var assumptions = e.Assumptions;
        var failures = new List<string>();

        foreach (var (mu, c) in wide.Pairs())
        {
            var d = Calculus.Substitute(wide.Output(mu, c), e.Map) - narrow.Output(mu, c);
            if (!Canonical.IsZero(d, assumptions))
                failures.Add($"f_wide − f_narrow at sample {mu}, component {c} = " +
                    $"{Canonical.Simplify(d, assumptions)}");
        }
        foreach (var theta in wide.Parameters)
        {
            var claimed = Expr.Sum(e.Combination[theta].Select(
                t => t.Coefficient * narrow.FieldInResiduals(t.Narrow)));
            var d = Calculus.Substitute(wide.FieldInResiduals(theta), e.Map) - claimed;
            if (!Canonical.IsZero(d, assumptions))
                failures.Add($"θ̇_wide[{theta.Key}] − ({Show(e.Combination[theta])}) = " +
                    $"{Canonical.Simplify(d, assumptions)}");
        }

        int components = wide.Pairs().Count() + wide.Parameters.Count;
        if (failures.Count == 0)
        {
            var combination = string.Join("; ", wide.Parameters
                .Where(t => !IsIdentity(t, e.Combination[t]))
                .Select(t => $"θ̇[{t.Key}] = {Show(e.Combination[t])}"));
            return new Judgement(Verdict.Proved, Evidence.Identity(
                $"{e.Description} ({setting}): f_wide = f_narrow and {combination}, other " +
                "components unchanged; so ∇L_wide = 0 wherever ∇L_narrow = 0", components));
        }
        return Refute(narrow, wide, e, layer, failures, context);
    }

    private static Judgement Refute(
        SymbolicNet narrow, SymbolicNet wide, Embedding e, Layer layer, List<string> failures,
        CheckContext context)
    {
        int attempts = context.Quick ? QuickAttempts : Attempts;
        foreach (var strategy in new[] { ZeroResidual(narrow), SilentOutput(narrow, layer) })
        {
            if (strategy is not (var name, var fix)) continue;
            var thetas = wide.Parameters;
            var gradient = thetas.Select(t => Calculus.Substitute(
                Calculus.Substitute(wide.Field(t), e.Map), fix)).ToList();
            var symbols = gradient.SelectMany(Calculus.FreeSymbols)
                .Concat(fix.Values.SelectMany(Calculus.FreeSymbols)).Distinct().ToList();
            var found = PointSearch.Find(symbols, e.Positive, point =>
            {
                var values = PointValue.At(gradient, point);
                if (values is null) return null;
                for (int k = 0; k < thetas.Count; k++)
                {
                    bool nonZero = values.Exact is { } x
                        ? !x[k].IsZero
                        : Math.Abs(values.Approximate[k]) > PointValue.Margin * values.Scale;
                    if (nonZero) return new Witness(k, values);
                }
                return null;
            }, context.Seed, attempts);
            if (found is not (var point, var w, var shrinks)) continue;
            var fixedAt = string.Join(", ", fix.Select(kv => $"{kv.Key.Key} = {kv.Value}"));
            return new Judgement(Verdict.Refuted, Evidence.Refutation(
                $"{e.Description}: {failures[0]}",
                $"narrow fixed point by {name} ({fixedAt}); at " +
                    $"{PointSearch.Describe(point, symbols)} " +
                $"the wide gradient has −∂L/∂{thetas[w.Component].Key} = " +
                    $"{w.Values.Show(w.Component)} ≠ 0 " +
                $"({w.Values.Precision}); shrunk in {shrinks} steps",
                context.Seed));
        }
        return new Judgement(Verdict.Undecided, Evidence.Inconclusive(
            $"{e.Description}: {failures.Count} identities are not 0 in canonical form (first: " +
            $"{failures[0]}), and no narrow fixed point with a non-zero wide gradient was found " +
            $"in {attempts} points per strategy", context.Seed));
    }

    // (A) y_{μ,c} = f_narrow(x_μ)_c: the narrow residual is 0, so is its gradient.
    private static (string, Dictionary<Sym, Expr>)? ZeroResidual(SymbolicNet narrow) =>
        ("zero residual: targets y = f_narrow(x)",
         narrow.Pairs().ToDictionary(p => narrow.Target(p.Mu, p.C), p => narrow.Output(p.Mu, p.C)));

    // (B) Scalar unit, narrow width 1, one output weight v_1: with v_1 = 0, f_narrow = 0 and
    // r = y; the u-gradients carry the factor v_1 and vanish, and the v-gradient
    // (1/P) Σ_μ a_μ y_μ with a_μ = ∂f(x_μ)/∂v_1 vanishes for y_P = −Σ_{μ<P} a_μ y_μ / a_P.
    // The narrow gradient must then be 0 in canonical form, or the strategy is not used.
    private static (string, Dictionary<Sym, Expr>)? SilentOutput(SymbolicNet narrow, Layer layer)
    {
        if (narrow.Outputs != 1 || narrow.Samples < 2 || narrow.Width != 1) return null;
        if (layer.V.Count != 1 || layer.Shared.Count != 0) return null;
        var v = FlowNames.Parameter(layer.V[0], 1);
        var zero = new Dictionary<Sym, Expr> { [v] = Expr.Zero };
        int last = narrow.Samples;
        Expr A(int mu) => Calculus.Substitute(Calculus.Differentiate(narrow.Output(mu, 1), v),
            zero);
        var y = Expr.Sum(Enumerable.Range(1, last - 1).Select(mu => A(mu) * narrow.Target(mu, 1)));
        var fix = new Dictionary<Sym, Expr>(zero) { [narrow.Target(last, 1)] = -y / A(last) };
        foreach (var p in narrow.Parameters)
        {
            var g = Calculus.Substitute(narrow.Field(p), fix);
            if (!Canonical.IsZero(g)) return null;
        }
        return ($"v = 0 and the last target cancelling the v-gradient (narrow ∇L ≡ 0 by " +
            $"canonical form)", fix);
    }

    private static bool IsIdentity(
        Sym theta, IReadOnlyList<(Expr Coefficient, Sym Narrow)> terms) =>
        terms.Count == 1 && terms[0].Narrow == theta && IsOne(terms[0].Coefficient);

    private static bool IsOne(Expr e) => e is Num n && n.Value == Fraction.One;

    private static string Show(IReadOnlyList<(Expr Coefficient, Sym Narrow)> terms) =>
        terms.Count == 0
        ? "0"
        : string.Join(" + ", terms.Select(t => IsOne(t.Coefficient)
            ? $"θ̇′[{t.Narrow.Key}]"
            : $"({t.Coefficient})·θ̇′[{t.Narrow.Key}]"));

    private sealed record Witness(int Component, PointValue Values);
}
