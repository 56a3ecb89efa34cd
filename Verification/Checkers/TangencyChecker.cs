using Fractions;
using Verify.Theory.Claims;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// PAPER.md §3, Theorem 3: a set given by a <see cref="Relation"/> is invariant under the
/// gradient flow. For every row θ_i = Σ_j c_j θ_j and parameter p the checker builds
/// R_p = θ̇_{i,p} − Σ_j c_j θ̇_{j,p} with the relation substituted and every residual r_μ a
/// free symbol (so the identity covers every width, every other unit and every target), and
/// asks for canonical form 0: then d/dt(θ_i − Σ c_j θ_j) = 0 on the set, which is invariant
/// with the coefficients constant. Otherwise it looks for a point on the set where the flow
/// leaves it: R ≠ 0, or, for a union over free coefficients, R off span{θ_j}. Exact where
/// the values are rational, double with a margin otherwise; the point is shrunk and replays
/// from the seed. A residual value r_μ stands for the target y_μ = r_μ + f(x_μ).
/// </summary>
internal sealed class TangencyChecker(
    Func<UnitDefinition> unit, Relation relation, int samples) : IClaimChecker
{
    private const int Attempts = 150, QuickAttempts = 40;

    /// <inheritdoc/>
    public Judgement Check(CheckContext context)
    {
        var definition = unit();
        var net = SymbolicNet.TwoLayer(definition, relation.Width, samples);
        var assumptions = new Assumptions(relation.Positive);
        var map = new Dictionary<Sym, Expr>();
        foreach (var row in relation.Rows)
        {
            foreach (var p in row.Parameters ?? definition.Parameters)
            {
                map[FlowNames.Parameter(p, row.Unit)] = Expr.Sum(row.Terms.Select(
                    t => t.Coefficient * FlowNames.Parameter(p, t.Unit)));
            }
        }
        var residuals = relation.Rows.Select(row => (row.Parameters ?? definition.Parameters)
            .Select(p => Calculus.Substitute(
                net.FieldInResiduals(FlowNames.Parameter(p, row.Unit)) - Expr.Sum(row.Terms.Select(
                    t => t.Coefficient * net.FieldInResiduals(FlowNames.Parameter(p, t.Unit)))),
                map))
            .ToList()).ToList();

        var nonZero = residuals.SelectMany((rs, r) => rs.Select((e, k) => (r, k, e)))
            .FirstOrDefault(t => !Canonical.IsZero(t.e, assumptions));
        int components = residuals.Sum(rs => rs.Count);
        var what = $"{relation.Description} (H = {relation.Width}, P = {samples}, residuals free)";
        if (nonZero.e is null)
        {
            return new Judgement(Verdict.Proved, Evidence.Identity(
                $"d/dt(θ_i − Σ c_j θ_j) on {what}", components));
        }
        var row0 = relation.Rows[nonZero.r];
        var p0 = (row0.Parameters ?? definition.Parameters)[nonZero.k];
        var first = $"θ̇_{row0.Unit},{p0.Key} − Σ c_j θ̇_j,{p0.Key} = " +
            Canonical.Simplify(nonZero.e, assumptions);
        return Refute(definition, residuals, what, first, context);
    }

    private Judgement Refute(
        UnitDefinition definition, List<List<Expr>> residuals, string what, string first,
        CheckContext context)
    {
        // The directions the free coefficients may move the set in: θ_j for each term.
        var bases = relation.Rows.Select(row => row.Terms.Select(t =>
            (row.Parameters ?? definition.Parameters)
                .Select(p => (Expr)FlowNames.Parameter(p, t.Unit)).ToList()).ToList()).ToList();
        var all = residuals.SelectMany(r => r)
            .Concat(bases.SelectMany(b => b.SelectMany(v => v))).ToList();
        var symbols = all.SelectMany(Calculus.FreeSymbols).Distinct().ToList();
        int attempts = context.Quick ? QuickAttempts : Attempts;
        var found = PointSearch.Find(symbols, relation.Positive,
            point => Leaves(residuals, bases, point), context.Seed, attempts);
        if (found is not (var pt, (var row, var values, var off), var shrinks))
        {
            return new Judgement(Verdict.Undecided, Evidence.Inconclusive(
                $"{first}: not 0 in canonical form, but no point of the set where the flow " +
                $"leaves it was found in {attempts} points", context.Seed));
        }
        var r = relation.Rows[row];
        var ps = r.Parameters ?? definition.Parameters;
        var vector = string.Join(", ", ps.Select((p, k) => $"{p.Key}: {values.Show(k)}"));
        var offText = relation.FreeCoefficients ? $"; its part off span{{θ_j}} is {off}" : "";
        return new Judgement(Verdict.Refuted, Evidence.Refutation(
            $"{what} is not invariant: {first}",
            $"at {PointSearch.Describe(pt, symbols)}: θ̇_{r.Unit} − Σ c_j θ̇_j = ({vector})" +
            $"{offText} ({values.Precision}); shrunk in {shrinks} steps",
            context.Seed));
    }

    // The first row whose residual is non-zero (fixed coefficients) or off the span of its
    // directions, each direction non-zero (free coefficients).
    private Tuple<int, PointValue, string>? Leaves(
        List<List<Expr>> residuals, List<List<List<Expr>>> bases,
        IReadOnlyDictionary<Sym, Fraction> point)
    {
        for (int i = 0; i < residuals.Count; i++)
        {
            var rv = PointValue.At(residuals[i], point);
            if (rv is null) continue;
            if (!relation.FreeCoefficients)
            {
                bool nonZero = rv.Exact is { } x
                    ? x.Any(f => !f.IsZero)
                    : rv.Approximate.Any(d => Math.Abs(d) > PointValue.Margin * rv.Scale);
                if (nonZero) return Tuple.Create(i, rv, "");
                continue;
            }
            var basis = bases[i].Select(b => PointValue.At(b, point)!).ToList();
            if (basis.Any(b => b.Exact!.All(f => f.IsZero))) continue; // not a smooth point
            if (rv.Exact is { } ex)
            {
                var off = Span.OffSpanExact(ex, [.. basis.Select(b => b.Exact!)]);
                if (!off.IsZero) return Tuple.Create(i, rv, $"{off} (squared norm of the " +
                    $"remainder after eliminating span{{θ_j}}, exact)");
            }
            else
            {
                double off = Span.OffSpanRelative(rv.Approximate,
                    [.. basis.Select(b => b.Approximate)]);
                if (off > PointValue.Margin)
                    return Tuple.Create(i, rv, $"{off:G3} relative (margin " +
                        $"{PointValue.Margin:G2})");
            }
        }
        return null;
    }
}
