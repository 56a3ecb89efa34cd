using Fractions;
using Verify.Theory.Claims;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// PAPER.md §7 (Du et al. 2018): for a unit φ(z; u)·v positively homogeneous of degree 1
/// in u, Q = ‖v‖² − ‖u‖² of every unit is conserved by the gradient flow. With r_μ free,
/// dQ/dt = 2 Σ_c v_c θ̇_{v_c} − 2 Σ_k u_k θ̇_{u_k}
///       = (2/P) Σ_μ Σ_c r_{μ,c} (Σ v ∂φ_c/∂v − Σ u ∂φ_c/∂u)(x_μ).
/// First the canonical form of dQ/dt is asked for 0 (it closes for polynomial units). When
/// it does not (relu(w) and w·step(w) are different atoms of the canonical form), the proof
/// goes through Euler's identity with three canonical identities:
/// (B) dQ/dt + (2/P) Σ_μ Σ_c r_{μ,c} E_c(x_μ) = 0 with E_c = Σ_k u_k ∂φ_c/∂u_k − φ_c;
/// (C) d/dα φ_c(z; αu) at α = 1 equals Σ_k u_k ∂φ_c/∂u_k (the chain rule as differentiated);
/// (D) φ_c(z; αu) − α φ_c(z; u) = 0 for α &gt; 0 (homogeneity, α declared positive).
/// By (D) the function α ↦ φ_c(αu) − αφ_c(u) vanishes on α &gt; 0, so its α-derivative at
/// α = 1, which is E_c by (C), vanishes; by (B) dQ/dt = 0. For relu the chain-rule
/// derivative is the true one even at a kink: relu′(α w)·w has the factor w, 0 exactly
/// there. A unit for which neither route closes is refuted by a point where dQ/dt ≠ 0.
/// </summary>
internal sealed class BalanceChecker(string unitName, int samples) : IClaimChecker
{
    private const int Attempts = 100, QuickAttempts = 30;

    /// <inheritdoc/>
    public Judgement Check(CheckContext context)
    {
        var form = UnitCatalogue.Build(unitName);
        var net = SymbolicNet.TwoLayer(form.Definition, 1, samples);
        var u = form.InputWeights.Select(p => FlowNames.Parameter(p, 1)).ToList();
        var v = form.OutputWeights.Select(p => FlowNames.Parameter(p, 1)).ToList();
        Expr Dot(List<Sym> s) => Expr.Sum(s.Select(p => p * net.FieldInResiduals(p)));
        var dq = 2 * Dot(v) - 2 * Dot(u);
        var setting = $"{unitName}, one unit, P = {samples}, residuals free";
        if (Canonical.IsZero(dq))
        {
            return new Judgement(Verdict.Proved, Evidence.Identity(
                $"d/dt(‖v‖² − ‖u‖²) = 2v·v̇ − 2u·u̇ ({setting}) has canonical form 0 directly", 1));
        }
        var direct = Canonical.Simplify(dq).ToString();
        if (ViaEuler(form, net, dq) is (var steps, var count))
        {
            return new Judgement(Verdict.Proved, Evidence.Identity(
                $"d/dt(‖v‖² − ‖u‖²) = 0 ({setting}) via Euler's identity: the core does not " +
                $"close it directly (canonical form {direct}, relu(w) and w·step(w) being " +
                $"distinct atoms); closed by {steps}", count));
        }
        return Refute(dq, direct, setting, context);
    }

    private static (string Steps, int Count)? ViaEuler(UnitForm form, SymbolicNet net, Expr dq)
    {
        var alpha = Expr.Symbol("α");
        var positive = new Assumptions([alpha]);
        var euler = new List<Expr>();
        var identities = 0;
        foreach (var phi in form.Definition.Outputs)
        {
            var scaled = Calculus.Substitute(phi, form.InputWeights.ToDictionary(
                p => p, p => (Expr)(alpha * p)));
            // (D) homogeneity of degree 1 for α > 0.
            if (!Canonical.IsZero(scaled - alpha * phi, positive)) return null;
            var e = Expr.Sum(form.InputWeights.Select(p => p * Calculus.Differentiate(phi,
                p))) - phi;
            // (C) the chain rule at α = 1.
            var dAlpha = Calculus.Substitute(Calculus.Differentiate(scaled, alpha),
                new Dictionary<Sym, Expr> { [alpha] = Expr.One });
            if (!Canonical.IsZero(dAlpha - (e + phi))) return null;
            euler.Add(e);
            identities += 2;
        }
        // (B) dQ/dt = −(2/P) Σ_μ Σ_c r_{μ,c} E_c(x_μ; u_1).
        var rename = form.Definition.Parameters.ToDictionary(
            p => p, p => (Expr)FlowNames.Parameter(p, 1));
        var sum = new List<Expr>();
        foreach (var (mu, c) in net.Pairs())
        {
            foreach (var x in form.Definition.Inputs) rename[x] = FlowNames.Input(x, mu);
            sum.Add(net.Residual(mu, c) * Calculus.Substitute(euler[c - 1], rename));
        }
        var b = dq + Expr.Constant(new Fraction(2, net.Samples)) * Expr.Sum(sum);
        if (!Canonical.IsZero(b)) return null;
        return ($"(B) dQ/dt + (2/P)Σ r·E = 0, (C) d/dα φ(αu)|α=1 = Σ u_k ∂φ/∂u_k and " +
            $"(D) φ(αu) = α·φ(u) for α > 0 ({identities + 1} canonical identities, all 0), so " +
                $"E = Σ u_k ∂φ/∂u_k − φ = 0", identities + 1);
    }

    private static Judgement Refute(
        Expr dq, string direct, string setting, CheckContext context)
    {
        var symbols = Calculus.FreeSymbols(dq);
        int attempts = context.Quick ? QuickAttempts : Attempts;
        var found = PointSearch.Find(symbols, new HashSet<Sym>(), point =>
        {
            var value = PointValue.At([dq], point);
            if (value is null) return null;
            bool nonZero = value.Exact is { } x
                ? !x[0].IsZero
                : Math.Abs(value.Approximate[0]) > PointValue.Margin * value.Scale;
            return nonZero ? value : null;
        }, context.Seed, attempts);
        if (found is not (var point, var value, var shrinks))
        {
            return new Judgement(Verdict.Undecided, Evidence.Inconclusive(
                $"d/dt(‖v‖² − ‖u‖²) ({setting}) has canonical form {direct}, not 0; Euler's " +
                $"route does not apply and no point with dQ/dt ≠ 0 was found", context.Seed));
        }
        return new Judgement(Verdict.Refuted, Evidence.Refutation(
            $"d/dt(‖v‖² − ‖u‖²) ({setting}) has canonical form {direct}",
            $"dQ/dt = {value.Show(0)} ≠ 0 ({value.Precision}) at " +
                $"{PointSearch.Describe(point, symbols)} " +
            $"(targets y_μ = r_μ + f(x_μ)); shrunk in {shrinks} steps",
            context.Seed));
    }
}
