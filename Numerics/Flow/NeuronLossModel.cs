using Verify.Numerics.Integration;

namespace Verify.Numerics.Flow;

/// <summary>
/// The fast path of a neuron φ_c = v_c·σ(uᵀx) (relu-fc, quadratic) in matrix form over the
/// batch: pre-activations A = U Xᵀ (H×P), f = Σ_h v_h σ(A_h·), and
/// ∇_v_h L = −(1/P) Σ_μ σ(a_hμ) r_μ, ∇_u_h L = −(1/P) Σ_μ σ′(a_hμ)(v_h·r_μ) x_μ.
/// Per unit θ_h is (u_h ∈ R^D, v_h ∈ R^C).
/// </summary>
internal sealed class NeuronLossModel<TActivation> : SampleLossModel
    where TActivation : struct, IActivation
{
    private readonly int d;
    private readonly double[] x;
    private readonly double[] pre;

    public NeuronLossModel(StateLayout layout, int width, int inputs, double[] x, double[] y)
        : base(layout, width, inputs + y.Length / (x.Length / inputs), x.Length / inputs, y)
    {
        d = inputs;
        this.x = x;
        pre = new double[width * P];
    }

    public override double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        CheckLength("theta", theta.Length, Dimension);
        CheckLength("gradient", gradient.Length, Dimension);
        double loss = Residuals(theta);
        double scale = -1.0 / P;
        for (int h = 0; h < H; h++)
        {
            var v = theta.Slice(h * N + d, C);
            var gu = gradient.Slice(h * N, d);
            var gv = gradient.Slice(h * N + d, C);
            gu.Clear();
            gv.Clear();
            var a = pre.AsSpan(h * P, P);
            for (int mu = 0; mu < P; mu++)
            {
                var r = R.AsSpan(mu * C, C);
                double s = TActivation.Value(a[mu]), vr = 0;
                for (int c = 0; c < C; c++)
                {
                    gv[c] += s * r[c];
                    vr += v[c] * r[c];
                }
                double t = TActivation.Slope(a[mu]) * vr;
                // An inactive relu contributes nothing to ∇_u; NaN ≠ 0 still propagates.
                if (t == 0) continue;
                var xm = x.AsSpan(mu * d, d);
                for (int j = 0; j < d; j++) gu[j] += t * xm[j];
            }
            for (int j = 0; j < d; j++) gu[j] *= scale;
            for (int c = 0; c < C; c++) gv[c] *= scale;
        }
        return loss;
    }

    protected override void Predict(ReadOnlySpan<double> theta, Span<double> f)
    {
        f.Clear();
        for (int h = 0; h < H; h++)
        {
            var u = theta.Slice(h * N, d);
            var v = theta.Slice(h * N + d, C);
            var a = pre.AsSpan(h * P, P);
            for (int mu = 0; mu < P; mu++)
            {
                var xm = x.AsSpan(mu * d, d);
                double s = 0;
                for (int j = 0; j < d; j++) s += u[j] * xm[j];
                a[mu] = s;
                double phi = TActivation.Value(s);
                for (int c = 0; c < C; c++) f[mu * C + c] += v[c] * phi;
            }
        }
    }

    // ∂φ_c/∂u_j = v_c σ′(a) x_j, ∂φ_c/∂v_b = δ_cb σ(a).
    protected override void UnitJacobian(ReadOnlySpan<double> thetaH, int mu, Span<double> jacobian)
    {
        var u = thetaH[..d];
        var v = thetaH.Slice(d, C);
        var xm = x.AsSpan(mu * d, d);
        double a = 0;
        for (int j = 0; j < d; j++) a += u[j] * xm[j];
        double s = TActivation.Value(a), slope = TActivation.Slope(a);
        jacobian.Clear();
        for (int c = 0; c < C; c++)
        {
            var row = jacobian.Slice(c * N, N);
            for (int j = 0; j < d; j++) row[j] = v[c] * slope * xm[j];
            row[d + c] = s;
        }
    }

    // Σ_c r_c ∇²φ_c: (u_j, u_k) → (v·r) σ″(a) x_j x_k, (u_j, v_c) → r_c σ′(a) x_j, (v, v) → 0.
    protected override void UnitSecondOrder(
        ReadOnlySpan<double> thetaH, int mu, ReadOnlySpan<double> r, Span<double> jacobian,
        Span<double> curvature)
    {
        UnitJacobian(thetaH, mu, jacobian);
        var u = thetaH[..d];
        var v = thetaH.Slice(d, C);
        var xm = x.AsSpan(mu * d, d);
        double a = 0, vr = 0;
        for (int j = 0; j < d; j++) a += u[j] * xm[j];
        for (int c = 0; c < C; c++) vr += v[c] * r[c];
        double bend = vr * TActivation.Curvature(a), slope = TActivation.Slope(a);
        curvature.Clear();
        for (int j = 0; j < d; j++)
        {
            for (int k = 0; k < d; k++) curvature[j * N + k] = bend * xm[j] * xm[k];
            for (int c = 0; c < C; c++)
            {
                double value = r[c] * slope * xm[j];
                curvature[j * N + d + c] = value;
                curvature[(d + c) * N + j] = value;
            }
        }
    }
}
