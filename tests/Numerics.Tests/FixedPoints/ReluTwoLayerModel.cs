using Verify.Numerics.Flow;
using Verify.Numerics.Integration;

namespace Verify.Numerics.Tests.FixedPoints;

/// <summary>
/// Hand-written scalar-output ReLU net f(x) = Σ_h v_h relu(u_hᵀx) over P samples,
/// L = (1/2P) Σ_μ r_μ², r = y − f. Away from kinks (every u_hᵀx_μ ≠ 0):
///   ∂f/∂v_h = relu(z_h),  ∂f/∂u_h = v_h 1[z_h &gt; 0] x,  ∂²f/∂v_h∂u_h = 1[z_h &gt; 0] x,
///   ∇L = −(1/P) Σ r ∂f,  ∇²L = (1/P) Σ (∂f ∂fᵀ − r ∂²f).
/// Layout: unit h holds u_h[1..d] then v_h.
/// </summary>
internal sealed class ReluTwoLayerModel(double[][] x, double[] y, int width) : ILossModel
{
    private readonly int d = x[0].Length;

    public StateLayout Layout { get; } = StateLayout.ForUnits(width, ("u", x[0].Length), ("v", 1));

    public int Dimension => width * (d + 1);

    public int U(int h, int j) => h * (d + 1) + j;

    public int V(int h) => h * (d + 1) + d;

    private double Pre(ReadOnlySpan<double> th, int h, double[] xm)
    {
        var z = 0.0;
        for (var j = 0; j < d; j++) z += th[U(h, j)] * xm[j];
        return z;
    }

    private double Residual(ReadOnlySpan<double> th, int mu)
    {
        var f = 0.0;
        for (var h = 0; h < width; h++) f += th[V(h)] * Math.Max(0, Pre(th, h, x[mu]));
        return y[mu] - f;
    }

    public double Loss(ReadOnlySpan<double> th)
    {
        var sum = 0.0;
        for (var mu = 0; mu < x.Length; mu++) sum += Math.Pow(Residual(th, mu), 2);
        return sum / (2 * x.Length);
    }

    public double Gradient(ReadOnlySpan<double> th, Span<double> grad)
    {
        grad.Clear();
        var jac = new double[Dimension];
        for (var mu = 0; mu < x.Length; mu++)
        {
            var r = Residual(th, mu);
            Jacobian(th, mu, jac);
            for (var i = 0; i < Dimension; i++) grad[i] -= r * jac[i] / x.Length;
        }
        return Loss(th);
    }

    public void Hessian(ReadOnlySpan<double> th, Span<double> hess)
    {
        var n = Dimension;
        hess.Clear();
        var jac = new double[n];
        for (var mu = 0; mu < x.Length; mu++)
        {
            var r = Residual(th, mu);
            Jacobian(th, mu, jac);
            for (var i = 0; i < n; i++)
                for (var k = 0; k < n; k++) hess[i * n + k] += jac[i] * jac[k] / x.Length;
            for (var h = 0; h < width; h++)
            {
                if (Pre(th, h, x[mu]) <= 0) continue;
                for (var j = 0; j < d; j++)
                {
                    hess[V(h) * n + U(h, j)] -= r * x[mu][j] / x.Length;
                    hess[U(h, j) * n + V(h)] -= r * x[mu][j] / x.Length;
                }
            }
        }
    }

    private void Jacobian(ReadOnlySpan<double> th, int mu, double[] jac)
    {
        for (var h = 0; h < width; h++)
        {
            var z = Pre(th, h, x[mu]);
            var on = z > 0 ? 1.0 : 0.0;
            jac[V(h)] = on * z;
            for (var j = 0; j < d; j++) jac[U(h, j)] = on * th[V(h)] * x[mu][j];
        }
    }
}
