using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Flow;
using Verify.Numerics.Integration;

namespace Verify.Numerics.Tests.FixedPoints;

/// <summary>
/// Hand-written two-layer linear net f(x) = Σ_h v_h u_hᵀx = Wx through its moments:
/// L = ½ tr(WΣ_xxWᵀ) − tr(Σ_yxWᵀ) + ½ tr Σ_yy, which equals (1/2P)Σ‖y − Wx‖². With
/// E = Σ_yx − WΣ_xx:
///   ∂L/∂u_h = −Eᵀv_h,  ∂L/∂v_h = −E u_h,
///   ∂²L/∂u_h∂u_k = (v_hᵀv_k) Σ_xx,  ∂²L/∂v_h∂v_k = (u_hᵀΣ_xx u_k) I,
///   ∂²L/∂v_h,i∂u_k,b = v_k,i (Σ_xx u_h)_b − δ_hk E_ib.
/// Layout: unit h holds u_h[1..d] then v_h[1..m].
/// </summary>
internal sealed class LinearTwoLayerModel : ILossModel
{
    private readonly Matrix<double> sxx, syx;
    private readonly double trYY;
    private readonly int d, m, width;

    public LinearTwoLayerModel(Matrix<double> sigmaXX, Matrix<double> sigmaYX, double traceYY,
        int width)
    {
        sxx = sigmaXX;
        syx = sigmaYX;
        trYY = traceYY;
        d = sxx.RowCount;
        m = syx.RowCount;
        this.width = width;
        Layout = StateLayout.ForUnits(width, ("u", d), ("v", m));
    }

    /// <summary>Whitened inputs and targets y = diag(s)x: Σ_xx = I, Σ_yx = diag(s), tr Σ_yy = Σs².</summary>
    public static LinearTwoLayerModel Whitened(double[] s, int width) => new(
        Matrix<double>.Build.DenseIdentity(s.Length),
        Matrix<double>.Build.DenseOfDiagonalArray(s), s.Sum(x => x * x), width);

    public StateLayout Layout { get; }

    public int Dimension => width * (d + m);

    public int U(int h, int j) => h * (d + m) + j;

    public int V(int h, int i) => h * (d + m) + d + i;

    public Matrix<double> EndToEnd(ReadOnlySpan<double> th)
    {
        var w = Matrix<double>.Build.Dense(m, d);
        for (var h = 0; h < width; h++)
            for (var i = 0; i < m; i++)
                for (var j = 0; j < d; j++) w[i, j] += th[V(h, i)] * th[U(h, j)];
        return w;
    }

    public double Loss(ReadOnlySpan<double> th)
    {
        var w = EndToEnd(th);
        return 0.5 * (w * sxx * w.Transpose()).Trace() - (syx * w.Transpose()).Trace() + 0.5 * trYY;
    }

    public double Gradient(ReadOnlySpan<double> th, Span<double> grad)
    {
        var w = EndToEnd(th);
        var e = syx - w * sxx;
        for (var h = 0; h < width; h++)
        {
            for (var j = 0; j < d; j++)
            {
                var sum = 0.0;
                for (var i = 0; i < m; i++) sum += e[i, j] * th[V(h, i)];
                grad[U(h, j)] = -sum;
            }
            for (var i = 0; i < m; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < d; j++) sum += e[i, j] * th[U(h, j)];
                grad[V(h, i)] = -sum;
            }
        }
        return Loss(th);
    }

    public void Hessian(ReadOnlySpan<double> th, Span<double> hess)
    {
        var n = Dimension;
        hess.Clear();
        var e = syx - EndToEnd(th) * sxx;
        for (var h = 0; h < width; h++)
        {
            var sxxUh = new double[d];
            for (var a = 0; a < d; a++)
                for (var b = 0; b < d; b++) sxxUh[a] += sxx[a, b] * th[U(h, b)];
            for (var k = 0; k < width; k++)
            {
                double vv = 0, uSu = 0;
                for (var i = 0; i < m; i++) vv += th[V(h, i)] * th[V(k, i)];
                for (var a = 0; a < d; a++) uSu += sxxUh[a] * th[U(k, a)];
                for (var a = 0; a < d; a++)
                    for (var b = 0; b < d; b++) hess[U(h, a) * n + U(k, b)] = vv * sxx[a, b];
                for (var i = 0; i < m; i++) hess[V(h, i) * n + V(k, i)] = uSu;
                for (var i = 0; i < m; i++)
                {
                    for (var b = 0; b < d; b++)
                    {
                        var x = th[V(k, i)] * sxxUh[b] - (h == k ? e[i, b] : 0);
                        hess[V(h, i) * n + U(k, b)] = x;
                        hess[U(k, b) * n + V(h, i)] = x;
                    }
                }
            }
        }
    }
}
