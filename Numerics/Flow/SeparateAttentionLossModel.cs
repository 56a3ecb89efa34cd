using Verify.Numerics.Integration;

namespace Verify.Numerics.Flow;

/// <summary>
/// The fast path of linear-attention-separate: per head φ = (Qᵀq)(Vᵀ S K) with the token
/// moment S of <see cref="AttentionSamples"/>; quadratic in u = (K, Q) (PAPER.md §1, §4).
/// θ_h = (K ∈ R^d, Q ∈ R^d, V ∈ R^d). With s = Qᵀq and m = Vᵀ S K:
/// ∂φ/∂K = s S V, ∂φ/∂Q = m q, ∂φ/∂V = s S K.
/// </summary>
internal sealed class SeparateAttentionLossModel : SampleLossModel
{
    private readonly AttentionSamples samples;
    private readonly int d;
    private readonly double[] sk, sv;

    public SeparateAttentionLossModel(
        StateLayout layout, int width, AttentionSamples samples, double[] y)
        : base(layout, width, 3 * samples.Dimension, samples.Count, y)
    {
        this.samples = samples;
        d = samples.Dimension;
        sk = new double[d];
        sv = new double[d];
    }

    public override double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        CheckLength("theta", theta.Length, Dimension);
        CheckLength("gradient", gradient.Length, Dimension);
        double loss = Residuals(theta);
        double scale = -1.0 / P;
        for (int h = 0; h < H; h++)
        {
            var thetaH = theta.Slice(h * N, N);
            ReadOnlySpan<double> k = thetaH[..d], q = thetaH.Slice(d, d), v = thetaH.Slice(2 * d, d);
            var g = gradient.Slice(h * N, N);
            g.Clear();
            Span<double> gk = g[..d], gq = g.Slice(d, d), gv = g.Slice(2 * d, d);
            for (int mu = 0; mu < P; mu++)
            {
                var query = samples.Query(mu);
                samples.Apply(mu, k, sk);
                samples.Apply(mu, v, sv);
                double r = R[mu];
                double rs = r * AttentionSamples.Dot(q, query);
                double rm = r * AttentionSamples.Dot(v, sk);
                for (int i = 0; i < d; i++)
                {
                    gk[i] += rs * sv[i];
                    gq[i] += rm * query[i];
                    gv[i] += rs * sk[i];
                }
            }
            for (int i = 0; i < N; i++) g[i] *= scale;
        }
        return loss;
    }

    protected override void Predict(ReadOnlySpan<double> theta, Span<double> f)
    {
        f.Clear();
        for (int h = 0; h < H; h++)
        {
            var thetaH = theta.Slice(h * N, N);
            ReadOnlySpan<double> k = thetaH[..d], q = thetaH.Slice(d, d), v = thetaH.Slice(2 * d, d);
            for (int mu = 0; mu < P; mu++)
            {
                samples.Apply(mu, k, sk);
                f[mu] += AttentionSamples.Dot(q, samples.Query(mu)) * AttentionSamples.Dot(v, sk);
            }
        }
    }

    protected override void UnitJacobian(ReadOnlySpan<double> thetaH, int mu, Span<double> jacobian)
    {
        ReadOnlySpan<double> k = thetaH[..d], q = thetaH.Slice(d, d), v = thetaH.Slice(2 * d, d);
        var query = samples.Query(mu);
        samples.Apply(mu, k, sk);
        samples.Apply(mu, v, sv);
        double s = AttentionSamples.Dot(q, query), m = AttentionSamples.Dot(v, sk);
        for (int i = 0; i < d; i++)
        {
            jacobian[i] = s * sv[i];
            jacobian[d + i] = m * query[i];
            jacobian[2 * d + i] = s * sk[i];
        }
    }

    // r ∇²φ: (K_i, V_j) → r s S_ij, (K_i, Q_j) → r (S V)_i q_j, (V_i, Q_j) → r (S K)_i q_j.
    protected override void UnitSecondOrder(
        ReadOnlySpan<double> thetaH, int mu, ReadOnlySpan<double> r, Span<double> jacobian,
        Span<double> curvature)
    {
        UnitJacobian(thetaH, mu, jacobian);
        var q = thetaH.Slice(d, d);
        var query = samples.Query(mu);
        double rs = r[0] * AttentionSamples.Dot(q, query);
        curvature.Clear();
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++)
            {
                Set(curvature, i, 2 * d + j, rs * samples.At(mu, i, j));
                Set(curvature, i, d + j, r[0] * sv[i] * query[j]);
                Set(curvature, 2 * d + i, d + j, r[0] * sk[i] * query[j]);
            }
        }
    }

    private void Set(Span<double> curvature, int a, int b, double value)
    {
        curvature[a * N + b] = value;
        curvature[b * N + a] = value;
    }
}
