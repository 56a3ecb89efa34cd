using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Data;
using Verify.Numerics.Flow;

namespace Verify.Numerics.Benchmarks;

/// <summary>One Gradient call, compiled symbolic model against the fast path, at H = 50,
/// P = 200, D = 8 (the catalogue's largest compiled size), C = 1.</summary>
[MemoryDiagnoser]
public class GradientBenchmarks
{
    private ILossModel compiled = null!;
    private ILossModel fast = null!;
    private double[] theta = [];
    private double[] gradient = [];

    /// <summary>The unit.</summary>
    [Params("linear-fc", "relu-fc")]
    public string Unit { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var x = DataSets.GaussianInputs(200, Matrix<double>.Build.DenseIdentity(8), 1);
        var data = DataSets.WithLinearTargets(x, DataSets.LinearMap(1, 8, [1.0], 2));
        compiled = LossModels.Create(Unit, 50, data, preferFastPath: false);
        fast = LossModels.Create(Unit, 50, data);
        var random = new Random(3);
        theta = [.. Enumerable.Range(0, fast.Dimension).Select(_ => random.NextDouble() - 0.5)];
        gradient = new double[fast.Dimension];
    }

    [Benchmark(Baseline = true)]
    public double Compiled() => compiled.Gradient(theta, gradient);

    [Benchmark]
    public double FastPath() => fast.Gradient(theta, gradient);
}
