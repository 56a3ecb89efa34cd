using Verify.Numerics.Integration;

namespace Verify.Numerics.Flow;

/// <summary>
/// The fast path of linear-attention-merged: per head φ = Vᵀ S M q with the token moment S
/// of <see cref="AttentionSamples"/>; linear in u = M (PAPER.md §1). θ_h = (M ∈ R^{d×d}
/// row by row, V ∈ R^d). ∂φ/∂M_ij = (S V)_i q_j, ∂φ/∂V = S M q.
/// </summary>
internal sealed class MergedAttentionLossModel : SampleLossModel
{
    private readonly AttentionSamples samples;
    private readonly int d;
    private readonly double[] mq, smq, sv;

    public MergedAttentionLossModel(
        StateLayout layout, int width, AttentionSamples samples, double[] y)
        : base(layout, width, samples.Dimension * (samples.Dimension + 1), samples.Count, y)
    {
        this.samples = samples;
        d = samples.Dimension;
        mq = new double[d];
        smq = new double[d];
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
            var g = gradient.Slice(h * N, N);
            g.Clear();
            var gm = g[..(d * d)];
            var gv = g.Slice(d * d, d);
            for (int mu = 0; mu < P; mu++)
            {
                var query = samples.Query(mu);
                Forward(thetaH, mu);
                samples.Apply(mu, thetaH.Slice(d * d, d), sv);
                double r = R[mu];
                for (int i = 0; i < d; i++)
                {
                    double rsv = r * sv[i];
                    for (int j = 0; j < d; j++) gm[i * d + j] += rsv * query[j];
                    gv[i] += r * smq[i];
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
            for (int mu = 0; mu < P; mu++)
            {
                Forward(thetaH, mu);
                f[mu] += AttentionSamples.Dot(thetaH.Slice(d * d, d), smq);
            }
        }
    }

    protected override void UnitJacobian(ReadOnlySpan<double> thetaH, int mu, Span<double> jacobian)
    {
        var query = samples.Query(mu);
        Forward(thetaH, mu);
        samples.Apply(mu, thetaH.Slice(d * d, d), sv);
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++) jacobian[i * d + j] = sv[i] * query[j];
            jacobian[d * d + i] = smq[i];
        }
    }

    // r ∇²φ: (M_ij, V_k) → r S_ki q_j; M–M and V–V vanish (φ is bilinear).
    protected override void UnitSecondOrder(
        ReadOnlySpan<double> thetaH, int mu, ReadOnlySpan<double> r, Span<double> jacobian,
        Span<double> curvature)
    {
        UnitJacobian(thetaH, mu, jacobian);
        var query = samples.Query(mu);
        curvature.Clear();
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++)
            {
                for (int k = 0; k < d; k++)
                {
                    double value = r[0] * samples.At(mu, k, i) * query[j];
                    curvature[(i * d + j) * N + d * d + k] = value;
                    curvature[(d * d + k) * N + i * d + j] = value;
                }
            }
        }
    }

    // mq = M q_μ, smq = S_μ M q_μ.
    private void Forward(ReadOnlySpan<double> thetaH, int mu)
    {
        var query = samples.Query(mu);
        for (int i = 0; i < d; i++) mq[i] = AttentionSamples.Dot(thetaH.Slice(i * d, d), query);
        samples.Apply(mu, mq, smq);
    }
}
