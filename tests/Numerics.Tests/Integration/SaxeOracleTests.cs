using Verify.Numerics.Data;
using Verify.Numerics.Integration;
using Xunit.Abstractions;

namespace Verify.Numerics.Tests.Integration;

/// <summary>Oracle (a): Saxe, McClelland &amp; Ganguli (2014), exact two-layer linear
/// dynamics.</summary>
public sealed class SaxeOracleTests(ITestOutputHelper output)
{
    // Time scaling, derived for our loss. Network f(x) = W₂W₁x with W₁ ∈ R^{H×d}, W₂ ∈ R^{m×H},
    // L = ½ mean_n ‖y_n − W₂W₁x_n‖². With Σ_yx = mean y xᵀ and whitened inputs (Σ_xx = I):
    //   −∂L/∂W₁ = W₂ᵀ(Σ_yx − W₂W₁),   −∂L/∂W₂ = (Σ_yx − W₂W₁)W₁ᵀ.
    // One mode Σ_yx = s q rᵀ and an aligned start W₁ = a e₁rᵀ, W₂ = b q e₁ᵀ stay aligned:
    //   ȧ = b(s − ab), ḃ = a(s − ab), so u = ab obeys u̇ = (a² + b²)(s − u),
    // and balanced a = b (preserved: d(a² − b²)/dt = 0) gives u̇ = 2u(s − u) with time unit 1,
    // whose solution is u(t) = s e^{2st} / (e^{2st} − 1 + s/u₀).
    private static double Closed(double s, double u0, double t)
    {
        var e = Math.Exp(2 * s * t);
        return s * e / (e - 1 + s / u0);
    }

    [Fact]
    public void Aligned_balanced_linear_net_follows_the_closed_form_to_1e_8()
    {
        // Arrange: whitened orthogonal inputs (P = d, norm √d) and targets y = s q rᵀ x.
        const int d = 3, m = 2, hidden = 2;
        const double s = 0.8, u0 = 1e-3;
        var x = DataSets.OrthogonalInputs(d, d, Math.Sqrt(d), seed: 11);
        var q = new[] { 0.6, 0.8 };
        var r = new[] { 2.0 / 3, -1.0 / 3, 2.0 / 3 };
        var map = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(m, d, (i, j)
            => s * q[i] * r[j]);
        var data = DataSets.WithLinearTargets(x, map);
        Assert.True((Moments.SigmaZZ(data) - MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(d))
            .InfinityNorm() < 1e-13);

        var net = new LinearNet(data, hidden);
        var theta = new double[net.Dimension];
        var a0 = Math.Sqrt(u0);
        for (var j = 0; j < d; j++) theta[net.W1(0, j)] = a0 * r[j];
        for (var i = 0; i < m; i++) theta[net.W2(i, 0)] = a0 * q[i];
        var times = TimeGrid.LogSpaced(0.1, 30, 25);
        var problem = FlowProblem.Create(net.Field, theta, layout: net.Layout);

        // Act
        var result = Integrator.DormandPrince(problem, 30,
            IntegrationOptions.Tight with { OutputTimes = times });

        // Assert: u = (W₁ r)·(q·W₂ e₁) against the closed form at every output time.
        Assert.Equal(IntegrationStatus.Completed, result.Status);
        var worst = 0.0;
        for (var k = 0; k < times.Length; k++)
        {
            var y = result.States[k];
            double a = 0, b = 0;
            for (var j = 0; j < d; j++) a += y[net.W1(0, j)] * r[j];
            for (var i = 0; i < m; i++) b += y[net.W2(i, 0)] * q[i];
            var exact = Closed(s, u0, times[k]);
            worst = Math.Max(worst, Math.Abs(a * b - exact) / exact);
        }
        output.WriteLine($"max relative error {worst:E2}; {result}");
        Assert.True(worst < 1e-8, $"max relative error {worst:E3}");
        // The run really crossed the plateau: u rose from 1e-3 to s (to 1e-9) over the output grid.
        Assert.True(Closed(s, u0, times[0]) < 2e-3 && Math.Abs(Closed(s, u0,
            times[^1]) - s) < 1e-9);
        // The second unit, started at 0, stays exactly at 0 (0 is invariant for it).
        Assert.All(net.Layout.ComponentsOf(2), i => Assert.Equal(0.0, result.State[i]));
    }

    [Fact]
    public void A_wrong_time_unit_is_detected()
    {
        // The same check must fail if the loss had no ½ (time runs twice as fast): u̇ = 4u(s − u).
        const double s = 0.8, u0 = 1e-3;
        var problem = FlowProblem.Create((_, y, dy) => dy[0] = 4 * y[0] * (s - y[0]), [u0]);
        var result = Integrator.DormandPrince(problem, 5, IntegrationOptions.Tight);
        var error = Math.Abs(result.State[0] - Closed(s, u0, 5)) / Closed(s, u0, 5);
        Assert.True(error > 1e-2);
    }
}
