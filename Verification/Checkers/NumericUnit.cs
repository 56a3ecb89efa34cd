using System.Collections.Concurrent;
using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Symbolic.Compilation;
using Verify.Theory.Units;

namespace Verify.Verification.Checkers;

/// <summary>
/// A catalogue unit as the numeric stages of Theorems 1 and 3 see it (PAPER.md §2–3): its
/// loss model at any width on random samples, the net's outputs f(x_μ) = Σ_h φ(x_μ; θ_h)
/// computed from φ's own text (not from the loss model, so that "equal outputs" is an
/// independent check), and where u and v of unit h sit in the flat θ. The loss model lays
/// out θ unit by unit, each unit's parameters in the definition's order.
/// </summary>
internal sealed class NumericUnit
{
    private static readonly ConcurrentDictionary<string, NumericUnit> Cache = new();

    private readonly CompiledUnit compiled;
    private readonly CompiledExpressions phi;

    private NumericUnit(string name)
    {
        Name = name;
        Form = UnitCatalogue.Build(name);
        var d = Form.Definition;
        compiled = CompiledUnit.Create(d);
        phi = Compiler.Compile([.. d.Outputs], [.. d.Parameters, .. d.Inputs, .. d.Constants]);
        var index = d.Parameters.Select((p, k) => (p, k)).ToDictionary(t => t.p, t => t.k);
        U = [.. Form.InputWeights.Select(p => index[p])];
        V = [.. Form.OutputWeights.Select(p => index[p])];
    }

    /// <summary>The catalogue name.</summary>
    public string Name { get; }

    /// <summary>The unit at its default sizes.</summary>
    public UnitForm Form { get; }

    /// <summary>n, the parameters of one unit.</summary>
    public int Size => Form.Definition.Parameters.Count;

    /// <summary>Positions of u's components inside one unit's block.</summary>
    public IReadOnlyList<int> U { get; }

    /// <summary>Positions of v's components inside one unit's block.</summary>
    public IReadOnlyList<int> V { get; }

    /// <summary>The unit named <paramref name="name"/>, compiled once per process.</summary>
    public static NumericUnit Of(string name) => Cache.GetOrAdd(name, n => new NumericUnit(n));

    /// <summary>
    /// P samples with every input and fixed symbol N(0, 1) and the targets either N(0, 1)
    /// (<paramref name="teacher"/> null) or the outputs of a net with parameters
    /// <paramref name="teacher"/> (any width).
    /// </summary>
    public UnitData Samples(int count, Random rng, double[]? teacher = null)
    {
        var d = Form.Definition;
        var inputs = d.Inputs.ToDictionary(s => s, _ => Gaussians(count, rng));
        var constants = d.Constants.ToDictionary(s => s, _ => Gaussian(rng));
        var fixedValues = d.Constants.Select(s => constants[s]).ToArray();
        var y = Matrix<double>.Build.Dense(count, d.OutputDimension, (_, _) => Gaussian(rng));
        var data = new UnitData(UnitSamples.Create(inputs, y, constants), fixedValues);
        if (teacher is null) return data;
        var f = Outputs(data, teacher);
        return data with { Samples = UnitSamples.Create(inputs,
            Matrix<double>.Build.Dense(count, d.OutputDimension, (mu, c) => f[mu][c]), constants) };
    }

    /// <summary>The loss model of <paramref name="width"/> units on <paramref name="data"/>
    /// (the fast path when the unit has one).</summary>
    public ILossModel Model(int width, UnitData data) =>
        LossModels.FastPathUnits.Contains(Name)
            ? LossModels.Create(Form.Definition, width, data.Samples)
            : LossModels.Create(compiled, width, data.Samples);

    /// <summary>f(x_μ) = Σ_h φ(x_μ; θ_h) for every sample, θ of any width.</summary>
    public double[][] Outputs(UnitData data, IReadOnlyList<double> theta)
    {
        var d = Form.Definition;
        int n = Size, width = theta.Count / n;
        var columns = d.Inputs.Select(data.Samples.Values).ToArray();
        var args = new double[n + d.Inputs.Count + data.Constants.Count];
        for (int k = 0; k < data.Constants.Count; k++) args[n + d.Inputs.Count + k] = data.Constants[k];
        var result = new double[data.Samples.Count][];
        for (int mu = 0; mu < data.Samples.Count; mu++)
        {
            result[mu] = new double[d.OutputDimension];
            for (int j = 0; j < columns.Length; j++) args[n + j] = columns[j][mu];
            for (int h = 0; h < width; h++)
            {
                for (int k = 0; k < n; k++) args[k] = theta[h * n + k];
                var values = phi.Evaluate(args);
                for (int c = 0; c < values.Length; c++) result[mu][c] += values[c];
            }
        }
        return result;
    }

    /// <summary>A standard normal value (Box–Muller), so that draws replay from a seed.</summary>
    public static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    /// <summary><paramref name="count"/> values N(0, scale²).</summary>
    public static double[] Gaussians(int count, Random rng, double scale = 1) =>
        [.. Enumerable.Range(0, count).Select(_ => scale * Gaussian(rng))];
}
