using Verify.Numerics.Integration;

namespace Verify.Numerics.Flow;

/// <summary>
/// A loss over P samples of a sum of H units, f(x_μ) = Σ_h φ(x_μ; θ_h) (PAPER.md §1), with
/// the loss, the generic gradient and the exact Hessian written once for every per-sample
/// model. A subclass supplies the predictions and, per unit and sample, the Jacobian
/// J = ∂φ/∂θ_h (C×n) and the curvature Σ_c r_c ∇²φ_c (n×n); a fast path overrides
/// <see cref="Gradient"/> with its matrix form. θ holds unit after unit, n entries each.
/// </summary>
internal abstract class SampleLossModel : ILossModel
{
    private readonly double[] y;
    private readonly double[] jacobianRow;
    private readonly double[] unitJacobian;
    private readonly double[] curvature;

    protected SampleLossModel(
        StateLayout layout, int width, int unitParameters, int samples, double[] targets)
    {
        Layout = layout;
        H = width;
        N = unitParameters;
        P = samples;
        C = targets.Length / samples;
        y = targets;
        R = new double[targets.Length];
        jacobianRow = new double[C * width * unitParameters];
        unitJacobian = new double[C * unitParameters];
        curvature = new double[unitParameters * unitParameters];
    }

    /// <inheritdoc/>
    public StateLayout Layout { get; }

    /// <inheritdoc/>
    public int Dimension => H * N;

    /// <summary>H, the number of units.</summary>
    protected int H { get; }

    /// <summary>n, the parameters of one unit.</summary>
    protected int N { get; }

    /// <summary>P, the number of samples.</summary>
    protected int P { get; }

    /// <summary>C, the number of output components.</summary>
    protected int C { get; }

    /// <summary>Residuals r_μc = y_μc − f_c(x_μ), P×C, after <see cref="Residuals"/>.</summary>
    protected double[] R { get; }

    /// <inheritdoc/>
    public double Loss(ReadOnlySpan<double> theta)
    {
        CheckLength("theta", theta.Length, Dimension);
        return Residuals(theta);
    }

    /// <summary>∇_θh L = −(1/P) Σ_μ J_φ(x_μ; θ_h)ᵀ r_μ, unit by unit.</summary>
    public virtual double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        CheckLength("theta", theta.Length, Dimension);
        CheckLength("gradient", gradient.Length, Dimension);
        double loss = Residuals(theta);
        double scale = -1.0 / P;
        var jac = unitJacobian.AsSpan();
        for (int h = 0; h < H; h++)
        {
            var thetaH = theta.Slice(h * N, N);
            var g = gradient.Slice(h * N, N);
            g.Clear();
            for (int mu = 0; mu < P; mu++)
            {
                UnitJacobian(thetaH, mu, jac);
                for (int c = 0; c < C; c++)
                {
                    double r = R[mu * C + c];
                    var row = jac.Slice(c * N, N);
                    for (int p = 0; p < N; p++) g[p] += row[p] * r;
                }
            }
            for (int p = 0; p < N; p++) g[p] *= scale;
        }
        return loss;
    }

    /// <summary>
    /// ∇²L = (1/P) Σ_μ [J_μᵀ J_μ − Σ_c r_μc ∇²φ_c(x_μ)], where J_μ (C×Dimension) stacks every
    /// unit's Jacobian; the curvature term is block-diagonal because φ(x; θ_h) depends on
    /// θ_h alone, so cross-unit blocks are J_hᵀJ_h′ only.
    /// </summary>
    public void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
    {
        int dim = Dimension;
        CheckLength("theta", theta.Length, dim);
        CheckLength("hessian", hessian.Length, dim * dim);
        Residuals(theta);
        hessian.Clear();
        var row = jacobianRow.AsSpan();
        for (int mu = 0; mu < P; mu++)
        {
            var r = R.AsSpan(mu * C, C);
            for (int h = 0; h < H; h++)
            {
                UnitSecondOrder(theta.Slice(h * N, N), mu, r, unitJacobian, curvature);
                for (int c = 0; c < C; c++)
                {
                    unitJacobian.AsSpan(c * N, N).CopyTo(row.Slice(c * dim + h * N, N));
                }
                int o = h * N;
                for (int p = 0; p < N; p++)
                {
                    for (int q = 0; q < N; q++) hessian[(o + p) * dim + o + q] -= curvature[p * N + q];
                }
            }
            // Upper triangle of the rank-C update J_μᵀ J_μ; mirrored below.
            for (int c = 0; c < C; c++)
            {
                var jc = row.Slice(c * dim, dim);
                for (int a = 0; a < dim; a++)
                {
                    double ja = jc[a];
                    if (ja == 0) continue;
                    var target = hessian.Slice(a * dim, dim);
                    for (int b = a; b < dim; b++) target[b] += ja * jc[b];
                }
            }
        }
        double scale = 1.0 / P;
        for (int a = 0; a < dim; a++)
        {
            for (int b = a; b < dim; b++)
            {
                double v = hessian[a * dim + b] * scale;
                hessian[a * dim + b] = v;
                hessian[b * dim + a] = v;
            }
        }
    }

    /// <summary>Writes f(x_μ; θ) for every sample into <paramref name="f"/> (P×C).</summary>
    protected abstract void Predict(ReadOnlySpan<double> theta, Span<double> f);

    /// <summary>Writes J = ∂φ_c(x_μ; θ_h)/∂θ_h,p into <paramref name="jacobian"/>
    /// (C×n, row-major).</summary>
    protected abstract void UnitJacobian(ReadOnlySpan<double> thetaH, int mu, Span<double> jacobian);

    /// <summary>Writes the Jacobian as <see cref="UnitJacobian"/> does and the curvature
    /// Σ_c r_c ∂²φ_c/∂θ_p∂θ_q (n×n, symmetric) for the residual <paramref name="r"/>.</summary>
    protected abstract void UnitSecondOrder(
        ReadOnlySpan<double> thetaH, int mu, ReadOnlySpan<double> r, Span<double> jacobian,
        Span<double> curvature);

    /// <summary>Fills <see cref="R"/> and returns L = (1/2P) Σ_μ ‖r_μ‖².</summary>
    protected double Residuals(ReadOnlySpan<double> theta)
    {
        Predict(theta, R);
        double sum = 0;
        for (int i = 0; i < R.Length; i++)
        {
            double r = y[i] - R[i];
            R[i] = r;
            sum += r * r;
        }
        return sum / (2.0 * P);
    }

    /// <summary>Throws when a span does not have the length the model needs.</summary>
    protected static void CheckLength(string what, int actual, int expected)
    {
        if (actual != expected) throw LossModelErrors.Length(what, expected, actual);
    }
}
