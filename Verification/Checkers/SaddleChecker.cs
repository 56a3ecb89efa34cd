using System.Globalization;
using Verify.Numerics.FixedPoints;
using Verify.Theory.Claims;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// Saddle status of the embedded one-unit fixed point (PAPER.md §2: "saddles under mild
/// conditions", not checked by the paper; issue 5, item 6). A width-1 net of the setup is
/// trained by the flow from a fixed start (N(0, 0.5²), seed 2026, so the verdict does not
/// depend on the audit seed) and refined to ‖∇L‖ ≤ 1e-12 relative; it is embedded in
/// width 2 by the setup's case (Eq. 5: u_2 = 0, v_2 = 0; Eq. 6: γu = γv = 1/2, v_1 scaled by
/// 1 − γu^k γv); the Hessian there is analysed with zero modes |λ| ≤ 1e-8·max|λ|. Index ≥ 1:
/// supported, with the most negative eigenvalue; index 0: refuted (the point is not a
/// strict saddle of the Hessian), with the spectrum's edge as counterexample.
/// </summary>
internal sealed class SaddleChecker(SaddleSetup setup) : IClaimChecker
{
    private const int StartSeed = 2026;
    private const double Gamma = 0.5;

    /// <inheritdoc/>
    public Judgement Check(CheckContext context)
    {
        var net = NumericUnit.Of(setup.Unit);
        var data = setup.Data(net);
        var narrow = net.Model(1, data);
        var theta0 = NumericUnit.Gaussians(narrow.Dimension, new Random(StartSeed), 0.5);
        var star = NumericTraining.FixedPoint(narrow, theta0, 200);
        if (star is null)
        {
            return new Judgement(Verdict.Undecided, Evidence.Inconclusive(
                $"{setup.Description}: the width-1 training did not reach a fixed point"));
        }
        int n = net.Size, degree = setup.Unit is "quadratic" or "linear-attention-separate" ? 2 : 1;
        var s = star.CopyTheta();
        var wide = new double[2 * n];
        s.CopyTo(wide, 0);
        if (setup.Case == "iii")
        {
            foreach (var k in net.U) wide[n + k] = Gamma * s[k];
            foreach (var k in net.V)
            {
                wide[n + k] = Gamma * s[k];
                wide[k] = (1 - Math.Pow(Gamma, degree) * Gamma) * s[k];
            }
        }
        var model = net.Model(2, data);
        var spectrum = FixedPointSolver.Analyze(model, wide, NumericTraining.Refinement);
        double gradient = NumericTraining.GradientNorm(model, wide);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{setup.Description}: width-1 fixed point L = {star.Loss:G5} (‖∇L‖ = " +
            $"{star.GradientNorm:E1}), embedded by Eq. {(setup.Case == "ii" ? "5" : "6")}: " +
            $"‖∇L_wide‖ = {gradient:E1}, Hessian index {spectrum.Index}, {spectrum.ZeroModes} " +
            $"zero modes (|λ| ≤ {spectrum.Tolerance:E1}), λ_min = {spectrum.MostNegativeEigenvalue:G5}");
        if (spectrum.Index >= 1)
        {
            return new Judgement(Verdict.Supported, new Evidence(EvidenceKind.RandomInstances,
                $"saddle: {text}", 1, spectrum.MostNegativeEigenvalue, spectrum.Tolerance));
        }
        return new Judgement(Verdict.Refuted, Evidence.Refutation(
            $"not a strict saddle: {text}",
            string.Create(CultureInfo.InvariantCulture,
                $"θ_emb = ({string.Join(", ", wide.Select(x => x.ToString("G6",
                    CultureInfo.InvariantCulture)))}); eigenvalues " +
                $"{string.Join(", ", spectrum.Eigenvalues.Take(4).Select(x => x.ToString("G3",
                    CultureInfo.InvariantCulture)))} …; fixed start seed {StartSeed}"),
            context.Seed));
    }
}
