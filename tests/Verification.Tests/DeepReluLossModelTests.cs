using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

public sealed class DeepReluLossModelTests
{
    private static DeepReluLossModel Model(int seed, out double[] theta)
    {
        var rng = new Random(seed);
        var x = NumericUnit.Gaussians(5 * 2, rng);
        var y = NumericUnit.Gaussians(5, rng);
        var model = new DeepReluLossModel(3, 2, x, y);
        theta = NumericUnit.Gaussians(model.Dimension, rng);
        return model;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void BackpropGradientEqualsCentralDifferencesOfTheLoss(int seed)
    {
        var model = Model(seed, out var theta);
        var g = new double[model.Dimension];

        double loss = model.Gradient(theta, g);

        // ∂L/∂θ_i = (L(θ + εe_i) − L(θ − εe_i))/2ε + O(ε²) away from kinks.
        Assert.Equal(model.Loss(theta), loss, 14);
        for (int i = 0; i < model.Dimension; i++)
        {
            const double eps = 1e-6;
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[i] += eps;
            minus[i] -= eps;
            double fd = (model.Loss(plus) - model.Loss(minus)) / (2 * eps);
            Assert.True(Math.Abs(fd - g[i]) <= 1e-7 * Math.Max(1, Math.Abs(g[i])),
                $"seed {seed}, {model.Layout.Dimension} components, θ[{i}]: backprop {g[i]}, " +
                $"differences {fd}");
        }
    }

    [Fact]
    public void HessianIsSymmetricAndMatchesDifferencesOfTheGradient()
    {
        var model = Model(7, out var theta);
        int n = model.Dimension;
        var h = new double[n * n];

        model.Hessian(theta, h);

        // H[i, k] = ∂²L/∂θ_i∂θ_k: symmetric, and column k is the derivative of ∇L along e_k.
        var plus = (double[])theta.Clone();
        var gPlus = new double[n];
        var g = new double[n];
        model.Gradient(theta, g);
        plus[0] += 1e-7;
        model.Gradient(plus, gPlus);
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < n; k++) Assert.Equal(h[i * n + k], h[k * n + i], 12);
            Assert.True(Math.Abs((gPlus[i] - g[i]) / 1e-7 - h[i * n]) < 1e-5);
        }
    }
}
