using Verify.Numerics.Flow;

namespace Verify.Numerics.Tests.FixedPoints;

/// <summary>The hand-written oracle models: gradients and Hessians against central
/// differences.</summary>
public sealed class TestModelTests
{
    public static TheoryData<string> Models => new() { "linear", "relu" };

    private static ILossModel Build(string name) => name == "linear"
        ? new LinearTwoLayerModel(
            MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(
                new[,] { { 1.5, 0.3, 0.0 }, { 0.3, 1.0, 0.2 }, { 0.0, 0.2, 0.7 } }),
            MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(
                new[,] { { 1.0, -0.4, 0.2 }, { 0.3, 0.8, -0.5 } }), 3.0, 2)
        : new ReluTwoLayerModel(
            [[1.0, 0.2], [0.3, -1.1], [-0.7, 0.9], [0.5, 0.5], [-1.2, -0.4]],
            [0.8, -0.3, 0.4, 0.6, 0.1], 2);

    [Theory]
    [MemberData(nameof(Models))]
    public void Gradient_and_Hessian_match_central_differences(string name)
    {
        // Arrange: a generic point (no ReLU pre-activation near 0 for these data).
        var model = Build(name);
        var n = model.Dimension;
        var rng = new Random(5);
        var theta = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        var g = new double[n];
        var h = new double[n * n];
        const double eps = 1e-6;

        // Act
        model.Gradient(theta, g);
        model.Hessian(theta, h);

        // Assert: ∂L/∂θ_i ≈ (L(θ + εe_i) − L(θ − εe_i))/2ε, and H e_i likewise from ∇L (O(ε²)).
        var gp = new double[n];
        var gm = new double[n];
        for (var i = 0; i < n; i++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[i] += eps;
            minus[i] -= eps;
            Assert.Equal((model.Loss(plus) - model.Loss(minus)) / (2 * eps), g[i], 1e-7);
            model.Gradient(plus, gp);
            model.Gradient(minus, gm);
            for (var k = 0; k < n; k++) Assert.Equal((gp[k] - gm[k]) / (2 * eps), h[k * n + i], 1e-7);
        }
    }
}
