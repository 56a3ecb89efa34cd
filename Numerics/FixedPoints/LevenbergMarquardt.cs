using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Flow;

namespace Verify.Numerics.FixedPoints;

/// <summary>The workspace of one refinement (see <see cref="FixedPointSolver.Refine"/>).</summary>
internal sealed class LevenbergMarquardt
{
    // Eigen-components with |λ_i| + λ below this fraction of ‖H‖ are dropped from the step
    // (a pseudo-inverse): they are flat to rounding, e.g. the symmetry directions, where the
    // gradient component vanishes exactly by invariance (∇L ⟂ orbit).
    private const double PseudoInverseCut = 1e-14;

    private readonly ILossModel model;
    private readonly FixedPointOptions options;
    private readonly int n;
    private readonly double[] theta, g, trial, gTrial, h, c, delta;

    public LevenbergMarquardt(ILossModel model, FixedPointOptions options)
    {
        this.model = model;
        this.options = options;
        n = model.Dimension;
        theta = new double[n];
        g = new double[n];
        trial = new double[n];
        gTrial = new double[n];
        h = new double[n * n];
        c = new double[n];
        delta = new double[n];
    }

    public FixedPointResult Run(ReadOnlySpan<double> start)
    {
        start.CopyTo(theta);
        var loss = model.Gradient(theta, g);
        var gNorm = Norm(g);
        var scale = gNorm > 0 ? gNorm : 1.0;
        var mu = options.InitialDamping;
        int iterations = 0, rejected = 0;
        if (!double.IsFinite(loss) || !double.IsFinite(gNorm))
            return Finish(FixedPointStatus.NonFinite, "L or ∇L is not finite at the start",
                loss, gNorm, scale, iterations, rejected, mu);
        while (true)
        {
            if (gNorm <= options.AbsoluteGradientTolerance)
                return Finish(FixedPointStatus.Converged, ($"‖∇L‖ = {E(gNorm)} ≤ " +
                    $"AbsoluteGradientTolerance {E(options.AbsoluteGradientTolerance)}"),
                    loss, gNorm, scale, iterations, rejected, mu);
            if (gNorm <= options.RelativeGradientTolerance * scale)
                return Finish(FixedPointStatus.Converged, ($"‖∇L‖ = {E(gNorm)} ≤ " +
                    $"RelativeGradientTolerance {E(options.RelativeGradientTolerance)} · " +
                    $"‖∇L(θ₀)‖ {E(scale)}"), loss, gNorm, scale, iterations, rejected, mu);
            if (iterations == options.MaxIterations)
                return Finish(FixedPointStatus.MaxIterations, ($"{iterations} iterations " +
                    $"used with ‖∇L‖ = {E(gNorm)} still above tolerance"), loss, gNorm, scale,
                    iterations, rejected, mu);

            model.Hessian(theta, h);
            if (h.Any(x => !double.IsFinite(x)))
                return Finish(FixedPointStatus.NonFinite, "the Hessian is not finite at " +
                    $"iteration {iterations}", loss, gNorm, scale, iterations, rejected, mu);
            var (values, vectors) = Eigen();
            var hNorm = values.Max(Math.Abs);
            var hs = hNorm > 0 ? hNorm : 1.0;
            // c = Qᵀg: the gradient in H's eigenbasis.
            for (var k = 0; k < n; k++)
            {
                var sum = 0.0;
                for (var i = 0; i < n; i++) sum += vectors[i, k] * g[i];
                c[k] = sum;
            }

            var thetaNorm = Norm(theta);
            while (true)
            {
                var lambda = mu * hs;
                // δ = −Σ_k c_k / (λ_k + λ·sign λ_k) q_k: the damped Newton step (see Refine).
                Array.Clear(delta);
                for (var k = 0; k < n; k++)
                {
                    var denom = values[k] >= 0 ? values[k] + lambda : values[k] - lambda;
                    if (Math.Abs(denom) <= PseudoInverseCut * hs) continue;
                    var coef = -c[k] / denom;
                    for (var i = 0; i < n; i++) delta[i] += coef * vectors[i, k];
                }
                var stepNorm = Norm(delta);
                if (stepNorm <= options.StepTolerance * (1 + thetaNorm))
                    return Finish(FixedPointStatus.StepTooSmall, ($"step ‖δ‖ = {E(stepNorm)} " +
                        $"≤ StepTolerance · (1 + ‖θ‖) with ‖∇L‖ = {E(gNorm)} above tolerance"),
                        loss, gNorm, scale, iterations, rejected, mu);
                for (var i = 0; i < n; i++) trial[i] = theta[i] + delta[i];
                var lossTrial = model.Gradient(trial, gTrial);
                var gTrialNorm = Norm(gTrial);
                if (double.IsFinite(lossTrial) && double.IsFinite(gTrialNorm) &&
                    (lossTrial < loss || gTrialNorm < gNorm))
                {
                    Array.Copy(trial, theta, n);
                    Array.Copy(gTrial, g, n);
                    loss = lossTrial;
                    gNorm = gTrialNorm;
                    mu = Math.Max(mu * options.DampingDecrease, options.MinDamping);
                    iterations++;
                    break;
                }
                rejected++;
                mu *= options.DampingIncrease;
                if (mu > options.MaxDamping)
                    return Finish(FixedPointStatus.DampingExhausted, ($"no step lowered L or " +
                        $"‖∇L‖ = {E(gNorm)} with damping up to MaxDamping " +
                        $"{E(options.MaxDamping)}"), loss, gNorm, scale, iterations, rejected,
                        mu / options.DampingIncrease);
            }
        }
    }

    private (double[] Values, Matrix<double> Vectors) Eigen()
    {
        var m = Matrix<double>.Build.Dense(n, n, (i, j) => 0.5 * (h[i * n + j] + h[j * n + i]));
        var evd = m.Evd(Symmetricity.Symmetric);
        return (evd.EigenValues.Select(z => z.Real).ToArray(), evd.EigenVectors);
    }

    private FixedPointResult Finish(FixedPointStatus status, string reason, double loss,
        double gNorm, double scale, int iterations, int rejected, double mu)
    {
        HessianSpectrum? spectrum = null;
        if (status != FixedPointStatus.NonFinite)
        {
            model.Hessian(theta, h);
            if (h.All(double.IsFinite))
                spectrum = HessianSpectrum.Of(h, n, options.EigenvalueRelativeTolerance,
                    options.Symmetry, theta);
            else
            {
                status = FixedPointStatus.NonFinite;
                reason = $"the Hessian is not finite at the final iterate ({reason})";
            }
        }
        return new FixedPointResult(status, reason, (double[])theta.Clone(), loss, gNorm, scale,
            iterations, rejected, mu, spectrum);
    }

    private static string E(double x) => x.ToString("E3", CultureInfo.InvariantCulture);

    private static double Norm(double[] x)
    {
        var sum = 0.0;
        foreach (var v in x) sum += v * v;
        return Math.Sqrt(sum);
    }
}
