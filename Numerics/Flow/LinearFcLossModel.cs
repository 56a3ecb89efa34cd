using Verify.Numerics.Integration;

namespace Verify.Numerics.Flow;

/// <summary>
/// The fast path of linear-fc, φ_c = v_c·uᵀx. The network is f = W x with
/// W = Σ_h v_h u_hᵀ (C×D), so the loss depends on the data only through the moments
/// Σ_xx = (1/P)Σ x xᵀ, Σ_yx = (1/P)Σ y xᵀ and tr Σ_yy (PAPER.md §4, Eq. 9; DESIGN.md,
/// "Speed by doing less work"): a call costs O(H·C·D + C·D²), whatever P. Per unit θ_h is
/// (u_h ∈ R^D, v_h ∈ R^C).
/// </summary>
internal sealed class LinearFcLossModel : ILossModel
{
    private readonly int h, d, c, n;
    private readonly double[] sxx, syx;
    private readonly double traceYY;
    private readonly double[] w, wsxx, e, sxxU;

    public LinearFcLossModel(StateLayout layout, int width, int inputs, double[] x, double[] y)
    {
        Layout = layout;
        h = width;
        d = inputs;
        int p = x.Length / inputs;
        c = y.Length / p;
        n = d + c;
        sxx = new double[d * d];
        syx = new double[c * d];
        for (int mu = 0; mu < p; mu++)
        {
            var xm = x.AsSpan(mu * d, d);
            var ym = y.AsSpan(mu * c, c);
            for (int i = 0; i < d; i++)
            {
                for (int j = 0; j < d; j++) sxx[i * d + j] += xm[i] * xm[j];
            }
            for (int k = 0; k < c; k++)
            {
                traceYY += ym[k] * ym[k];
                for (int j = 0; j < d; j++) syx[k * d + j] += ym[k] * xm[j];
            }
        }
        for (int i = 0; i < sxx.Length; i++) sxx[i] /= p;
        for (int i = 0; i < syx.Length; i++) syx[i] /= p;
        traceYY /= p;
        w = new double[c * d];
        wsxx = new double[c * d];
        e = new double[c * d];
        sxxU = new double[width * d];
    }

    public StateLayout Layout { get; }

    public int Dimension => h * n;

    public double Loss(ReadOnlySpan<double> theta)
    {
        Check("theta", theta.Length, Dimension);
        return Forward(theta);
    }

    /// <summary>With E = Σ_yx − W Σ_xx: ∇_u_h L = −Eᵀ v_h, ∇_v_h L = −E u_h (Eq. 9).</summary>
    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Check("theta", theta.Length, Dimension);
        Check("gradient", gradient.Length, Dimension);
        double loss = Forward(theta);
        for (int k = 0; k < h; k++)
        {
            var u = theta.Slice(k * n, d);
            var v = theta.Slice(k * n + d, c);
            var gu = gradient.Slice(k * n, d);
            var gv = gradient.Slice(k * n + d, c);
            gu.Clear();
            for (int a = 0; a < c; a++)
            {
                var ea = e.AsSpan(a * d, d);
                double va = v[a], s = 0;
                for (int j = 0; j < d; j++)
                {
                    gu[j] -= ea[j] * va;
                    s += ea[j] * u[j];
                }
                gv[a] = -s;
            }
        }
        return loss;
    }

    /// <summary>
    /// L is quadratic in W with ∂²L/∂W_aj∂W_bk = δ_ab Σ_xx[j,k], and W is bilinear in
    /// (u_h, v_h) with ∂²W_aj/∂u_h[j]∂v_h[a] = 1, so
    /// H[u_h, u_h′] = (v_h·v_h′) Σ_xx, H[u_h[j], v_h′[a]] = v_h[a](Σ_xx u_h′)_j − δ_hh′ E_aj,
    /// H[v_h, v_h′] = (u_hᵀ Σ_xx u_h′) I.
    /// </summary>
    public void Hessian(ReadOnlySpan<double> theta, Span<double> hessian)
    {
        int dim = Dimension;
        Check("theta", theta.Length, dim);
        Check("hessian", hessian.Length, dim * dim);
        Forward(theta);
        for (int k = 0; k < h; k++)
        {
            var u = theta.Slice(k * n, d);
            for (int i = 0; i < d; i++)
            {
                double s = 0;
                for (int j = 0; j < d; j++) s += sxx[i * d + j] * u[j];
                sxxU[k * d + i] = s;
            }
        }
        for (int k = 0; k < h; k++)
        {
            var uk = theta.Slice(k * n, d);
            var vk = theta.Slice(k * n + d, c);
            for (int l = 0; l < h; l++)
            {
                var vl = theta.Slice(l * n + d, c);
                double vv = 0, uSu = 0;
                for (int a = 0; a < c; a++) vv += vk[a] * vl[a];
                for (int j = 0; j < d; j++) uSu += uk[j] * sxxU[l * d + j];
                for (int i = 0; i < n; i++)
                {
                    var row = hessian.Slice((k * n + i) * dim + l * n, n);
                    if (i < d)
                    {
                        for (int j = 0; j < d; j++) row[j] = vv * sxx[i * d + j];
                        for (int a = 0; a < c; a++)
                        {
                            row[d + a] = vk[a] * sxxU[l * d + i] - (k == l ? e[a * d + i] : 0);
                        }
                    }
                    else
                    {
                        int a = i - d;
                        for (int j = 0; j < d; j++)
                            row[j] = vl[a] * sxxU[k * d + j] - (k == l ? e[a * d + j] : 0);
                        for (int b = 0; b < c; b++) row[d + b] = a == b ? uSu : 0;
                    }
                }
            }
        }
    }

    // W = Σ_h v_h u_hᵀ, E = Σ_yx − W Σ_xx, and
    // L = ½ tr Σ_yy − ⟨W, Σ_yx⟩ + ½ ⟨W Σ_xx, W⟩ (the mean of ½‖y − Wx‖² expanded).
    private double Forward(ReadOnlySpan<double> theta)
    {
        Array.Clear(w);
        for (int k = 0; k < h; k++)
        {
            var u = theta.Slice(k * n, d);
            var v = theta.Slice(k * n + d, c);
            for (int a = 0; a < c; a++)
            {
                var wa = w.AsSpan(a * d, d);
                double va = v[a];
                for (int j = 0; j < d; j++) wa[j] += va * u[j];
            }
        }
        double cross = 0, quad = 0;
        for (int a = 0; a < c; a++)
        {
            for (int j = 0; j < d; j++)
            {
                double s = 0;
                for (int i = 0; i < d; i++) s += w[a * d + i] * sxx[i * d + j];
                wsxx[a * d + j] = s;
                e[a * d + j] = syx[a * d + j] - s;
                cross += w[a * d + j] * syx[a * d + j];
                quad += w[a * d + j] * s;
            }
        }
        // The expanded form cancels at a perfect fit and can round to −1e-16; a squared loss
        // is never negative, so round-off below zero is reported as zero.
        return Math.Max(0.0, 0.5 * traceYY - cross + 0.5 * quad);
    }

    private static void Check(string what, int actual, int expected)
    {
        if (actual != expected) throw LossModelErrors.Length(what, expected, actual);
    }
}
