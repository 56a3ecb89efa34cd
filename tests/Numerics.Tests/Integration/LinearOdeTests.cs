using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Integration;
using Xunit.Abstractions;

namespace Verify.Numerics.Tests.Integration;

/// <summary>Oracle (b): y′ = A y with symmetric A against exp(At) y₀ by
/// eigendecomposition.</summary>
public sealed class LinearOdeTests(ITestOutputHelper output)
{
    [Fact]
    public void Symmetric_linear_ode_matches_the_matrix_exponential()
    {
        // Arrange: a random symmetric A with eigenvalues of both signs, built as (B + Bᵀ)/2.
        const int n = 6;
        var rng = new Random(5);
        var b = Matrix<double>.Build.Dense(n, n, (_, _) => rng.NextDouble() - 0.5);
        var a = (b + b.Transpose()) * 0.5;
        var aRows = a.ToRowArrays();
        var y0 = Enumerable.Range(0, n).Select(i => Math.Cos(i + 1.0)).ToArray();
        var problem = FlowProblem.Create((_, y, dy) =>
        {
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++) sum += aRows[i][j] * y[j];
                dy[i] = sum;
            }
        }, y0);
        var times = TimeGrid.Linear(0.5, 8, 16);

        // Act
        var result = Integrator.DormandPrince(problem, 8, new IntegrationOptions
        {
            RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-13, OutputTimes = times, });

        // Assert: exp(At) = Q diag(e^{λt}) Qᵀ from MathNet's symmetric eigendecomposition.
        var evd = a.Evd(Symmetricity.Symmetric);
        var q = evd.EigenVectors;
        var lambda = evd.EigenValues.Real();
        Assert.True(lambda.Minimum() < 0 && lambda.Maximum() > 0);
        var worst = 0.0;
        for (var k = 0; k < times.Length; k++)
        {
            var expAt = q * Matrix<double>.Build.DenseOfDiagonalVector(lambda.Map(l
                => Math.Exp(l * times[k]))) * q.Transpose();
            var exact = expAt * Vector<double>.Build.DenseOfArray(y0);
            var got = Vector<double>.Build.DenseOfEnumerable(result.States[k]);
            worst = Math.Max(worst, (got - exact).L2Norm() / exact.L2Norm());
        }
        output.WriteLine($"max relative error {worst:E2}; {result}");
        Assert.Equal(IntegrationStatus.Completed, result.Status);
        Assert.True(worst < 1e-9, $"max relative error {worst:E3}");
    }
}
