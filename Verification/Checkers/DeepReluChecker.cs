using System.Globalization;
using Verify.Theory.Claims;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// The numeric stage of Corollary 2 (PAPER.md §2; issue 5, item 3) on the three-layer relu
/// net f = W₃·relu(W₂·relu(W₁x)) of <see cref="DeepReluLossModel"/> (D = 2, H₁ = 3). Per
/// instance, replayable from the audit seed: P = 12 samples, inputs and targets N(0, 1);
/// a narrow net of H₂ = 1..2 second-layer units trained by the flow from N(0, 0.5²) and
/// refined to a fixed point θ*; then two embeddings into H₂ + 1 units, W₁ kept:
/// Eq. 4, a random unit i duplicated (its row of W₂ copied, W₃[i] split into (1 − γ)W₃[i]
/// and γW₃[i], γ uniform in [−2, 2]); Eq. 5, a silent unit appended (row of W₂ zero, W₃
/// entry zero; relu(0) = 0 so it adds nothing, and step(0) = 0 makes its gradient zero).
/// Checked for both: ‖∇L_wide‖₂ ≤ 1e-9·G with G = ‖∇L_narrow(θ₀)‖₂ at the training start,
/// and max_μ |f_wide − f_narrow| ≤ 1e-10·max(1, max|f_narrow|).
/// With <c>split: false</c> Eq. 4 keeps W₃[i] whole (a control): then it must fail.
/// </summary>
internal sealed class DeepReluChecker(bool split = true) : IClaimChecker
{
    /// <summary>Tolerance of ‖∇L_wide‖ relative to G.</summary>
    public const double GradientTolerance = 1e-9;

    /// <summary>Tolerance of the outputs relative to max(1, max|f|).</summary>
    public const double OutputTolerance = 1e-10;

    private const int Inputs = 2, Hidden = 3, Samples = 12, Instances = 8, QuickInstances = 3;
    private const double InitScale = 0.5, TrainTime = 10;

    /// <inheritdoc/>
    public Judgement Check(CheckContext context)
    {
        int wanted = context.Quick ? QuickInstances : Instances;
        int done = 0, skipped = 0, withResidual = 0;
        double worstGradient = 0, worstOutput = 0;
        for (int k = 0; done < wanted && k < 3 * wanted; k++)
        {
            int seed = unchecked(context.Seed + 6841 * (k + 1));
            var rng = new Random(seed);
            int narrow = 1 + rng.Next(2);
            var x = NumericUnit.Gaussians(Samples * Inputs, rng);
            var y = NumericUnit.Gaussians(Samples, rng);
            var small = new DeepReluLossModel(Hidden, narrow, x, y);
            var theta0 = NumericUnit.Gaussians(small.Dimension, rng, InitScale);
            double scale = NumericTraining.GradientNorm(small, theta0);
            var fixedPoint = NumericTraining.FixedPoint(small, theta0, TrainTime);
            if (fixedPoint is null || scale == 0)
            {
                skipped++;
                continue;
            }
            var star = fixedPoint.CopyTheta();
            var wideModel = new DeepReluLossModel(Hidden, narrow + 1, x, y);
            int i = rng.Next(narrow);
            double g = -2 + 4 * rng.NextDouble();
            var embeddings = new (string Name, double[] Theta)[]
            {
                (Show($"Eq. 4, unit {i + 1}, γ", g), Duplicate(small, star, i, g)),
                ("Eq. 5, silent unit", Silent(small, star)),
            };
            done++;
            if (fixedPoint.Loss > 1e-8 * Math.Max(small.Loss(theta0), 1e-300)) withResidual++;
            foreach (var (name, wide) in embeddings)
            {
                double gradient = NumericTraining.GradientNorm(wideModel, wide) / scale;
                double size = 1, output = 0;
                for (int mu = 0; mu < Samples; mu++)
                {
                    double fn = small.Output(star, mu);
                    size = Math.Max(size, Math.Abs(fn));
                    output = Math.Max(output, Math.Abs(wideModel.Output(wide, mu) - fn));
                }
                output /= size;
                worstGradient = Math.Max(worstGradient, gradient);
                worstOutput = Math.Max(worstOutput, output);
                if (gradient > GradientTolerance || output > OutputTolerance)
                {
                    var refutation = Evidence.Refutation(
                        "numeric: the embedded point is not a fixed point of the wide deep " +
                            $"relu net ({(split ? "Eq. 4/5" : "Eq. 4, W₃[i] not split")})",
                        string.Create(CultureInfo.InvariantCulture,
                            $"instance seed {seed}: H₂ = {narrow} fixed point (‖∇L‖ = " +
                            $"{fixedPoint.GradientNorm:E2}, L = {fixedPoint.Loss:G4}), " +
                            $"{name}: ‖∇L_wide‖/G = {gradient:E2} (tolerance " +
                            $"{GradientTolerance:E0}), |f_wide − f_narrow| = {output:E2} " +
                            $"(tolerance {OutputTolerance:E0})"),
                        context.Seed);
                    return new Judgement(Verdict.Refuted, refutation with
                    {
                        MaxResidual = gradient,
                        Tolerance = GradientTolerance,
                    });
                }
            }
        }
        if (done == 0)
        {
            return new Judgement(Verdict.Undecided, Evidence.Inconclusive(
                $"numeric: no narrow deep relu fixed point converged in {skipped} trainings",
                context.Seed));
        }
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"numeric: {done} trained narrow fixed points of W₃relu(W₂relu(W₁x)) " +
            $"(D = {Inputs}, H₁ = {Hidden}, H₂ ∈ {{1, 2}}, P = {Samples}; {withResidual} with " +
            $"non-zero residual, {skipped} not converged and skipped) each embedded by Eq. 4 " +
            $"(random γ) " +
            $"and Eq. 5 (silent unit): max ‖∇L_wide‖/G = {worstGradient:E2} ≤ " +
            $"{GradientTolerance:E0} (G = ‖∇L_narrow‖ at the training start; gradient " +
            $"exact, " +
            $"Hessian for the refinement by central differences), max |f_wide − f_narrow| = " +
            $"{worstOutput:E2} ≤ {OutputTolerance:E0} relative; seed {context.Seed}");
        return new Judgement(Verdict.Supported, new Evidence(EvidenceKind.RandomInstances,
            summary, 2 * done, worstGradient, GradientTolerance, Seed: context.Seed));
    }

    // PAPER.md §2, Eq. 4 in the second hidden layer: unit i's incoming row of W₂ copied to
    // a new last unit, its outgoing weight split (1 − γ)W₃[i] / γW₃[i]; W₁ and the rest kept.
    private double[] Duplicate(DeepReluLossModel small, double[] star, int i, double g)
    {
        var wide = new double[star.Length + small.UnitSize];
        star.CopyTo(wide, 0);
        int from = small.UnitOffset(i), to = star.Length, v = small.UnitSize - 1;
        for (int k = 0; k < small.UnitSize; k++) wide[to + k] = star[from + k];
        wide[to + v] = g * star[from + v];
        if (split) wide[from + v] = (1 - g) * star[from + v];
        return wide;
    }

    // PAPER.md §2, Eq. 5: a new last unit, W₂ row 0 and W₃ entry 0 (valid as relu(0) = 0).
    private static double[] Silent(DeepReluLossModel small, double[] star)
    {
        var wide = new double[star.Length + small.UnitSize];
        star.CopyTo(wide, 0);
        return wide;
    }

    private static string Show(string name, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} = {value:G4}");
}
