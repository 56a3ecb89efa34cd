using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Data;
using Verify.Theory.Symbolic;

namespace Verify.Numerics.Flow;

/// <summary>
/// Training data in the unit's own symbols: for each input symbol of a unit (x[j] of a
/// neuron, Z[n,i] and q[i] of an attention head) its value in every sample μ = 1..P, the
/// targets y_μ ∈ R^C, and the values of fixed symbols shared by all samples (W[i,j] of
/// deep-linear-3). Immutable: everything is copied in.
/// </summary>
public sealed class UnitSamples
{
    private readonly Dictionary<Sym, double[]> inputs;
    private readonly Dictionary<Sym, double> fixedValues;
    private readonly double[] targets;

    private UnitSamples(
        Dictionary<Sym, double[]> inputs, Dictionary<Sym, double> fixedValues, double[] targets,
        int count, int outputs)
    {
        this.inputs = inputs;
        this.fixedValues = fixedValues;
        this.targets = targets;
        Count = count;
        OutputDimension = outputs;
    }

    /// <summary>P, the number of samples.</summary>
    public int Count { get; }

    /// <summary>C, the number of target components.</summary>
    public int OutputDimension { get; }

    /// <summary>The input symbols that have values.</summary>
    public IReadOnlyCollection<Sym> Symbols => inputs.Keys;

    /// <summary>
    /// Samples from per-symbol values: <paramref name="inputs"/> maps each input symbol to
    /// its P values, <paramref name="targets"/> is P×C, <paramref name="fixedValues"/> gives
    /// the fixed symbols. Throws <see cref="NumericsException"/> for a length that is not P
    /// or a value that is not finite.
    /// </summary>
    public static UnitSamples Create(
        IReadOnlyDictionary<Sym, double[]> inputs, Matrix<double> targets,
        IReadOnlyDictionary<Sym, double>? fixedValues = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        int p = targets.RowCount, c = targets.ColumnCount;
        if (p == 0 || c == 0) throw LossModelErrors.NoSamples();
        var y = new double[p * c];
        for (int mu = 0; mu < p; mu++)
        {
            for (int k = 0; k < c; k++)
            {
                var t = targets[mu, k];
                if (!double.IsFinite(t)) throw LossModelErrors.NotFinite("targets", mu * c + k, t);
                y[mu * c + k] = t;
            }
        }
        var copy = new Dictionary<Sym, double[]>();
        foreach (var (s, values) in inputs)
        {
            if (values.Length != p) throw LossModelErrors.SampleCount(s.Key, p, values.Length);
            for (int mu = 0; mu < p; mu++)
            {
                if (!double.IsFinite(values[mu]))
                    throw LossModelErrors.NotFinite(s.Key, mu, values[mu]);
            }
            copy[s] = (double[])values.Clone();
        }
        var fixedCopy = new Dictionary<Sym, double>();
        foreach (var (s, value) in fixedValues ?? new Dictionary<Sym, double>())
        {
            if (!double.IsFinite(value)) throw LossModelErrors.NotFinite(s.Key, 0, value);
            fixedCopy[s] = value;
        }
        return new UnitSamples(copy, fixedCopy, y, p, c);
    }

    /// <summary>A data set's inputs as <paramref name="inputName"/>[1..D] (column j − 1 is
    /// x[j]) and its targets.</summary>
    public static UnitSamples FromDataSet(DataSet data, string inputName = "x")
    {
        ArgumentNullException.ThrowIfNull(data);
        var map = new Dictionary<Sym, double[]>();
        for (int j = 0; j < data.InputDimension; j++)
            map[Expr.Symbol(inputName, j + 1)] = data.Inputs.Column(j).ToArray();
        return Create(map, data.Targets);
    }

    /// <summary>
    /// In-context regression sequences as the inputs of an attention head with N context
    /// tokens of dimension d = D + 1: Z[n,i] is entry i of the embedded token n, (x_n; y_n),
    /// and q[i] is entry i of the embedded query, (x_q; 0)
    /// (<see cref="InContextRegression.Embedding"/>); the target is the query's label.
    /// </summary>
    public static UnitSamples FromInContextRegression(InContextRegression data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int p = data.Count, n = data.ContextLength, d = data.Dimension + 1;
        var map = new Dictionary<Sym, double[]>();
        for (int t = 1; t <= n; t++)
        {
            for (int i = 1; i <= d; i++) map[Expr.Symbol("Z", t, i)] = new double[p];
        }
        for (int i = 1; i <= d; i++) map[Expr.Symbol("q", i)] = new double[p];
        var y = Matrix<double>.Build.Dense(p, 1);
        for (int mu = 0; mu < p; mu++)
        {
            var e = data.Embedding(mu);
            for (int i = 1; i <= d; i++)
            {
                for (int t = 1; t <= n; t++) map[Expr.Symbol("Z", t, i)][mu] = e[i - 1, t - 1];
                map[Expr.Symbol("q", i)][mu] = e[i - 1, n];
            }
            y[mu, 0] = data.QueryTarget(mu);
        }
        return Create(map, y);
    }

    /// <summary>The P values of input <paramref name="symbol"/> (a copy).</summary>
    public double[] Values(Sym symbol) => inputs.TryGetValue(symbol, out var v)
        ? (double[])v.Clone()
        : throw LossModelErrors.MissingInput(symbol.Key);

    /// <summary>Target component <paramref name="c"/> (0-based) of sample
    /// <paramref name="mu"/> (0-based).</summary>
    public double Target(int mu, int c) => targets[mu * OutputDimension + c];

    /// <summary>The inputs in the order <paramref name="order"/>, P×k row-major.</summary>
    internal double[] InputTable(IReadOnlyList<Sym> order)
    {
        var table = new double[Count * order.Count];
        for (int k = 0; k < order.Count; k++)
        {
            if (!inputs.TryGetValue(order[k], out var v))
                throw LossModelErrors.MissingInput(order[k].Key);
            for (int mu = 0; mu < Count; mu++) table[mu * order.Count + k] = v[mu];
        }
        return table;
    }

    /// <summary>The values of the fixed symbols <paramref name="order"/>.</summary>
    internal double[] FixedTable(IReadOnlyList<Sym> order)
    {
        var table = new double[order.Count];
        for (int k = 0; k < order.Count; k++)
        {
            table[k] = fixedValues.TryGetValue(order[k], out var v)
                ? v
                : throw LossModelErrors.MissingFixed(order[k].Key);
        }
        return table;
    }

    /// <summary>The targets, P×C row-major, checked against the unit's C.</summary>
    internal double[] TargetTable(int unitOutputs) => unitOutputs == OutputDimension
        ? (double[])targets.Clone()
        : throw LossModelErrors.Outputs(unitOutputs, OutputDimension);
}
