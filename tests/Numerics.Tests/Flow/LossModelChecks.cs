using System.Collections.Concurrent;
using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Flow;
using Verify.Theory.Flow;
using Verify.Theory.Units;

namespace Verify.Numerics.Tests.Flow;

/// <summary>
/// Independent references for the loss-model tests: random data in a unit's own symbols,
/// five-point central differences of the loss and of the gradient, and norms. The stencil
/// (−f(2δ) + 8f(δ) − 8f(−δ) + f(−2δ)) / 12δ is exact for polynomials of degree ≤ 4 in one
/// coordinate, which covers the loss of every polynomial unit tested here along a
/// coordinate (φ is at most quadratic in each single parameter).
/// </summary>
internal static class LossModelChecks
{
    private static readonly ConcurrentDictionary<string, (UnitDefinition, CompiledUnit)> Units = [];

    /// <summary>The catalogue unit and its compilation, compiled once per test run.</summary>
    public static (UnitDefinition Unit, CompiledUnit Compiled) Catalogue(string name, UnitSizes sizes)
    {
        return Units.GetOrAdd($"{name} {sizes}", _ =>
        {
            var unit = UnitCatalogue.Build(name, sizes).Definition;
            return (unit, CompiledUnit.Create(unit));
        });
    }

    /// <summary>N(0, 1) values for every input of <paramref name="unit"/> and every
    /// target.</summary>
    public static UnitSamples RandomSamples(UnitDefinition unit, int count, int seed)
    {
        var random = new Random(seed);
        var inputs = unit.Inputs.ToDictionary(
            s => s, _ => Enumerable.Range(0, count).Select(_ => Gaussian(random)).ToArray());
        var targets = Matrix<double>.Build.Dense(
            count, unit.OutputDimension, (_, _) => Gaussian(random));
        return UnitSamples.Create(inputs, targets);
    }

    /// <summary>θ with N(0, scale²) entries.</summary>
    public static double[] RandomTheta(int dimension, double scale, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, dimension).Select(_ => scale * Gaussian(random))];
    }

    /// <summary>∂L/∂θ_i by the five-point stencil with step <paramref name="step"/>.</summary>
    public static double[] FiniteGradient(ILossModel model, double[] theta, double step)
    {
        var g = new double[theta.Length];
        var t = (double[])theta.Clone();
        for (int i = 0; i < theta.Length; i++)
        {
            double L(double offset)
            {
                t[i] = theta[i] + offset;
                return model.Loss(t);
            }
            g[i] = (-L(2 * step) + 8 * L(step) - 8 * L(-step) + L(-2 * step)) / (12 * step);
            t[i] = theta[i];
        }
        return g;
    }

    /// <summary>∂²L/∂θ_i∂θ_j by the five-point stencil applied to the gradient, row-major.</summary>
    public static double[] FiniteHessian(ILossModel model, double[] theta, double step)
    {
        int n = theta.Length;
        var hessian = new double[n * n];
        var t = (double[])theta.Clone();
        var g = new double[n];
        for (int j = 0; j < n; j++)
        {
            foreach (var (offset, weight) in
                     new[] { (2.0, -1.0), (1.0, 8.0), (-1.0, -8.0), (-2.0, 1.0) })
            {
                t[j] = theta[j] + offset * step;
                model.Gradient(t, g);
                for (int i = 0; i < n; i++) hessian[i * n + j] += weight * g[i] / (12 * step);
            }
            t[j] = theta[j];
        }
        return hessian;
    }

    public static double[] Gradient(ILossModel model, double[] theta)
    {
        var g = new double[model.Dimension];
        model.Gradient(theta, g);
        return g;
    }

    public static double[] Hessian(ILossModel model, double[] theta)
    {
        var h = new double[model.Dimension * model.Dimension];
        model.Hessian(theta, h);
        return h;
    }

    public static double Norm(IReadOnlyList<double> a) => Math.Sqrt(a.Sum(x => x * x));

    public static double Distance(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        Math.Sqrt(a.Zip(b, (x, y) => (x - y) * (x - y)).Sum());

    /// <summary>The mean squared target, the natural size of L and ∇L at θ = 0.</summary>
    public static double TargetScale(UnitSamples data)
    {
        double sum = 0;
        for (int mu = 0; mu < data.Count; mu++)
        {
            for (int c = 0; c < data.OutputDimension; c++) sum += data.Target(mu, c) * data.Target(mu, c);
        }
        return sum / data.Count;
    }

    public static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
