using Verify.Numerics.Flow;
using Verify.Numerics.Integration;

namespace Verify.Verification.Checkers;

/// <summary>
/// The three-layer relu net of Corollary 2's numeric stage (PAPER.md §2; issue 5, item
/// 3), f(x) = W₃·relu(W₂·relu(W₁x)) with x ∈ R^D, W₁ (H₁×D), W₂ (H₂×H₁), W₃ (1×H₂), and
/// the loss L = (1/2P) Σ_μ (y_μ − f(x_μ))². The units are the H₂ neurons of the second
/// hidden layer, the layer Corollary 2 widens: θ = (W₁ row-major, shared; then per unit j the block
/// (W₂[j, 1..H₁], W₃[j])). The gradient is exact, by backpropagation with relu′ = step and
/// step(0) = 0 (README, "The convention at kinks"); the Hessian is NOT exact: it is the
/// central difference of the exact gradient, which is enough for the Newton refinement.
/// Allocates nothing per call; not thread-safe.
/// </summary>
internal sealed class DeepReluLossModel : ILossModel
{
    private readonly int d, h1, h2, p;
    private readonly double[] x, y;
    private readonly double[] a1, z1, a2, d2, d1, shifted, gPlus, gMinus;

    /// <summary>A net of <paramref name="hidden"/> first-layer and <paramref name="width"/>
    /// second-layer units on the samples <paramref name="inputs"/> (P×D, row-major) with
    /// targets <paramref name="targets"/>.</summary>
    public DeepReluLossModel(int hidden, int width, double[] inputs, double[] targets)
    {
        if (hidden < 1 || width < 1 || targets.Length == 0
            || inputs.Length % targets.Length != 0)
        {
            throw new ArgumentException($"a deep relu net needs widths ≥ 1 and P×D inputs for " +
                $"P " +
                $"targets (got H₁ = {hidden}, H₂ = {width}, {inputs.Length} inputs, " +
                $"{targets.Length} targets); pass matching shapes", nameof(inputs));
        }
        (h1, h2, p) = (hidden, width, targets.Length);
        d = inputs.Length / p;
        (x, y) = (inputs, targets);
        (a1, z1, d1) = (new double[h1], new double[h1], new double[h1]);
        (a2, d2) = (new double[h2], new double[h2]);
        Dimension = h1 * d + h2 * (h1 + 1);
        (shifted, gPlus, gMinus) = (new double[Dimension], new double[Dimension],
            new double[Dimension]);
        var names = new List<string>();
        var units = new List<int>();
        for (int k = 0; k < h1; k++)
        {
            for (int i = 0; i < d; i++) Add($"W1[{k + 1},{i + 1}]", 0);
        }
        for (int j = 0; j < h2; j++)
        {
            for (int k = 0; k < h1; k++) Add($"u_{j + 1}[{k + 1}]", j + 1);
            Add($"v_{j + 1}", j + 1);
        }
        Layout = StateLayout.Create(names, units);

        void Add(string name, int unit)
        {
            names.Add(name);
            units.Add(unit);
        }
    }

    /// <inheritdoc/>
    public StateLayout Layout { get; }

    /// <inheritdoc/>
    public int Dimension { get; }

    /// <summary>Where unit j's block (W₂[j, ·], W₃[j]) starts in θ (j from 0).</summary>
    public int UnitOffset(int j) => h1 * d + j * (h1 + 1);

    /// <summary>The length of a unit's block, H₁ + 1.</summary>
    public int UnitSize => h1 + 1;

    /// <inheritdoc/>
    public double Loss(ReadOnlySpan<double> theta)
    {
        double loss = 0;
        for (int mu = 0; mu < p; mu++)
        {
            double r = y[mu] - Forward(theta, mu);
            loss += r * r;
        }
        return loss / (2 * p);
    }

    /// <summary>f(x_μ; θ), the net's output on sample μ.</summary>
    public double Output(ReadOnlySpan<double> theta, int mu) => Forward(theta, mu);

    /// <summary>
    /// Backpropagation, with δf = ∂L/∂f_μ = −r_μ/P: ∂L/∂W₃[j] = Σ δf·z₂[j];
    /// δ₂[j] = δf·W₃[j]·step(a₂[j]), ∂L/∂W₂[j,k] = Σ δ₂[j]·z₁[k];
    /// δ₁[k] = step(a₁[k])·Σ_j δ₂[j]W₂[j,k], ∂L/∂W₁[k,i] = Σ δ₁[k]·x[i].
    /// </summary>
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        gradient.Clear();
        double loss = 0;
        for (int mu = 0; mu < p; mu++)
        {
            double r = y[mu] - Forward(theta, mu);
            loss += r * r;
            double df = -r / p;
            for (int j = 0; j < h2; j++)
            {
                int o = UnitOffset(j);
                double z2 = Math.Max(a2[j], 0);
                gradient[o + h1] += df * z2;
                d2[j] = a2[j] > 0 ? df * theta[o + h1] : 0;
                for (int k = 0; k < h1; k++) gradient[o + k] += d2[j] * z1[k];
            }
            for (int k = 0; k < h1; k++)
            {
                double s = 0;
                for (int j = 0; j < h2; j++) s += d2[j] * theta[UnitOffset(j) + k];
                d1[k] = a1[k] > 0 ? s : 0;
                for (int i = 0; i < d; i++) gradient[k * d + i] += d1[k] * x[mu * d + i];
            }
        }
        return loss / (2 * p);
    }

    /// <summary>
    /// Central differences of the exact gradient, H[i, ·] ≈ (∇L(θ + εe_i) − ∇L(θ − εe_i))/2ε
    /// with ε = 1e-6·max(1, |θ_i|), then symmetrised; error O(ε²) away from kinks.
    /// </summary>
    public void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
    {
        int n = Dimension;
        theta.CopyTo(shifted);
        for (int i = 0; i < n; i++)
        {
            double eps = 1e-6 * Math.Max(1, Math.Abs(theta[i]));
            shifted[i] = theta[i] + eps;
            Gradient(shifted, gPlus);
            shifted[i] = theta[i] - eps;
            Gradient(shifted, gMinus);
            shifted[i] = theta[i];
            for (int k = 0; k < n; k++)
                hessian[i * n + k] = (gPlus[k] - gMinus[k]) / (2 * eps);
        }
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < i; k++)
            {
                double mean = 0.5 * (hessian[i * n + k] + hessian[k * n + i]);
                hessian[i * n + k] = hessian[k * n + i] = mean;
            }
        }
    }

    // Fills a₁, z₁, a₂ for sample μ and returns f(x_μ).
    private double Forward(ReadOnlySpan<double> theta, int mu)
    {
        for (int k = 0; k < h1; k++)
        {
            double s = 0;
            for (int i = 0; i < d; i++) s += theta[k * d + i] * x[mu * d + i];
            a1[k] = s;
            z1[k] = Math.Max(s, 0);
        }
        double f = 0;
        for (int j = 0; j < h2; j++)
        {
            int o = UnitOffset(j);
            double s = 0;
            for (int k = 0; k < h1; k++) s += theta[o + k] * z1[k];
            a2[j] = s;
            f += theta[o + h1] * Math.Max(s, 0);
        }
        return f;
    }
}
