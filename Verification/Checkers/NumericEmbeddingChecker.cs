using System.Globalization;
using Verify.Theory.Claims;
using Verify.Theory.Units;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// The numeric stage of Theorem 1 (PAPER.md §2, Eqs. 4–7; issue 5, item 2). Per instance,
/// replayable from the audit seed: random data (P = 6, inputs and targets N(0, 1)), a narrow
/// net of H − 1 = 1..3 units (2..3 for Eq. 7) trained by the flow from N(0, 0.5²) and
/// refined to a fixed point θ*; then the construction of the case with random coefficients
/// (γ, a_j, b_j uniform in [−2, 2], γu in [0.1, 2] when F = R≥0), embedding θ* into H units.
/// Checked: ‖∇L_wide(θ_emb)‖₂ ≤ 1e-9·G with the stated scale G = ‖∇L_narrow(θ₀)‖₂ at the
/// training start, and max_μ,c |f_wide − f_narrow| ≤ 1e-10·max(1, max|f_narrow|).
/// All held: supported; one failed: refuted with the instance's seed and numbers.
/// </summary>
internal sealed class NumericEmbeddingChecker(
    string unit, string @case, int degree = 1, HomogeneityField field = HomogeneityField.Real,
    bool split = true) : IClaimChecker
{
    /// <summary>Tolerance of ‖∇L_wide‖ relative to G.</summary>
    public const double GradientTolerance = 1e-9;

    /// <summary>Tolerance of the outputs relative to max(1, max|f|).</summary>
    public const double OutputTolerance = 1e-10;

    private const int Samples = 6, Instances = 12, QuickInstances = 3;
    private const double InitScale = 0.5, TrainTime = 30;

    /// <inheritdoc/>
    public Judgement Check(CheckContext context)
    {
        var net = NumericUnit.Of(unit);
        int wanted = context.Quick ? QuickInstances : Instances;
        int done = 0, skipped = 0, withResidual = 0;
        double worstGradient = 0, worstOutput = 0;
        var widths = new SortedSet<int>();
        for (int k = 0; done < wanted && k < 3 * wanted; k++)
        {
            int seed = unchecked(context.Seed + 7919 * (k + 1));
            var rng = new Random(seed);
            int narrow = @case == "iv" ? 2 + rng.Next(2) : 1 + rng.Next(3);
            var data = net.Samples(Samples, rng);
            var small = net.Model(narrow, data);
            var theta0 = NumericUnit.Gaussians(small.Dimension, rng, InitScale);
            double scale = NumericTraining.GradientNorm(small, theta0);
            var fixedPoint = NumericTraining.FixedPoint(small, theta0, TrainTime);
            if (fixedPoint is null || scale == 0)
            {
                skipped++;
                continue;
            }
            var star = fixedPoint.CopyTheta();
            var (wide, coefficients) = Embed(net, star, narrow, rng);
            double gradient = NumericTraining.GradientNorm(net.Model(narrow + 1, data), wide) / scale;
            var fn = net.Outputs(data, star);
            var fw = net.Outputs(data, wide);
            double size = Math.Max(1, fn.SelectMany(r => r).Max(Math.Abs));
            double output = fn.Zip(fw, (a, b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max()).Max() / size;
            done++;
            widths.Add(narrow + 1);
            if (fixedPoint.Loss > 1e-8 * Math.Max(small.Loss(theta0), 1e-300)) withResidual++;
            worstGradient = Math.Max(worstGradient, gradient);
            worstOutput = Math.Max(worstOutput, output);
            if (gradient > GradientTolerance || output > OutputTolerance)
            {
                return new Judgement(Verdict.Refuted, Evidence.Refutation(
                    $"numeric: the embedded point is not a fixed point of the wide net " +
                        $"({Construction()})",
                    $"instance seed {seed}: narrow width {narrow} fixed point (‖∇L‖ = " +
                        $"{fixedPoint.GradientNorm:E2}, L = {fixedPoint.Loss:G4}), {coefficients}: " +
                        $"‖∇L_wide‖/G = {gradient:E2} (tolerance {GradientTolerance:E0}), " +
                        $"|f_wide − f_narrow| = {output:E2} (tolerance {OutputTolerance:E0})",
                    context.Seed));
            }
        }
        if (done == 0)
        {
            return new Judgement(Verdict.Undecided, Evidence.Inconclusive(
                $"numeric: no narrow fixed point converged in {skipped} trainings", context.Seed));
        }
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"numeric: {done} trained narrow fixed points embedded by {Construction()} " +
            $"(wide H ∈ {{{string.Join(", ", widths)}}}, P = {Samples}, {withResidual} with " +
            $"non-zero residual, {skipped} trainings not converged and skipped): max " +
            $"‖∇L_wide‖/G = {worstGradient:E2} ≤ {GradientTolerance:E0} (G = ‖∇L_narrow‖ at " +
            $"the training start), max |f_wide − f_narrow| = {worstOutput:E2} ≤ " +
            $"{OutputTolerance:E0} relative; seed {context.Seed}");
        return new Judgement(Verdict.Supported, new Evidence(EvidenceKind.RandomInstances,
            summary, done, worstGradient, GradientTolerance, Seed: context.Seed));
    }

    private string Construction() => @case switch
    {
        "i" => split ? "Eq. 4, random γ" : "Eq. 4 without the split of v",
        "ii" => "Eq. 5, u₀ = 0",
        "iii" => $"Eq. 6, degree {degree}, random γu, γv",
        _ => "Eq. 7, random a_j, b_j",
    };

    // PAPER.md §2, Eqs. 4–7, on the flat θ (unit h's block at h·n); unit i is chosen at
    // random, the new unit is appended last.
    private (double[] Wide, string Coefficients) Embed(
        NumericUnit net, double[] star, int narrow, Random rng)
    {
        int n = net.Size;
        var wide = new double[(narrow + 1) * n];
        star.CopyTo(wide, 0);
        int i = rng.Next(narrow), last = narrow * n;
        double Uniform(double lo, double hi) => lo + (hi - lo) * rng.NextDouble();
        switch (@case)
        {
            case "i":
            {
                double g = Uniform(-2, 2);
                for (int k = 0; k < n; k++) wide[last + k] = star[i * n + k];
                foreach (var k in net.V)
                {
                    wide[last + k] = g * star[i * n + k];
                    if (split) wide[i * n + k] = (1 - g) * star[i * n + k];
                }
                return (wide, Show($"unit {i + 1}, γ", g));
            }
            case "ii":
                return (wide, $"unit {narrow + 1} silent");
            case "iii":
            {
                double gu = field == HomogeneityField.NonNegative ? Uniform(0.1, 2) : Uniform(-2, 2);
                double gv = Uniform(-2, 2);
                foreach (var k in net.U) wide[last + k] = gu * star[i * n + k];
                foreach (var k in net.V)
                {
                    wide[last + k] = gv * star[i * n + k];
                    wide[i * n + k] = (1 - Math.Pow(gu, degree) * gv) * star[i * n + k];
                }
                return (wide, Show($"unit {i + 1}, γu", gu) + Show(", γv", gv));
            }
            default:
            {
                var a = Enumerable.Range(0, narrow).Select(_ => Uniform(-2, 2)).ToArray();
                var b = Enumerable.Range(0, narrow).Select(_ => Uniform(-2, 2)).ToArray();
                foreach (var k in net.U)
                    wide[last + k] = Enumerable.Range(0, narrow).Sum(j => a[j] * star[j * n + k]);
                foreach (var k in net.V)
                {
                    double sum = Enumerable.Range(0, narrow).Sum(j => b[j] * star[j * n + k]);
                    wide[last + k] = sum;
                    for (int j = 0; j < narrow; j++) wide[j * n + k] = star[j * n + k] - a[j] * sum;
                }
                return (wide, $"a = ({string.Join(", ", a.Select(x => x.ToString("G4",
                    CultureInfo.InvariantCulture)))}), b = ({string.Join(", ", b.Select(x =>
                    x.ToString("G4", CultureInfo.InvariantCulture)))})");
            }
        }
    }

    private static string Show(string name, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} = {value:G4}");
}
