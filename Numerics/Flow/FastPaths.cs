using Verify.Theory;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;

namespace Verify.Numerics.Flow;

/// <summary>
/// The hand-written models and how a unit is recognised as one of them: a definition gets a
/// fast path only when it is, symbol for symbol, the catalogue unit at the sizes its
/// declaration implies, so a fast path never computes a different φ than the text.
/// </summary>
internal static class FastPaths
{
    public const string LinearFc = "linear-fc";
    public const string ReluFc = "relu-fc";
    public const string Quadratic = "quadratic";
    public const string AttentionSeparate = "linear-attention-separate";
    public const string AttentionMerged = "linear-attention-merged";

    public static IReadOnlyList<string> Names { get; } =
        [LinearFc, ReluFc, Quadratic, AttentionSeparate, AttentionMerged];

    /// <summary>u[1..D] then v (C = 1) or v[1..C], as the catalogue declares a neuron.</summary>
    public static IReadOnlyList<Sym> NeuronParameters(int inputs, int outputs) =>
    [
        .. Enumerable.Range(1, inputs).Select(j => Expr.Symbol("u", j)),
        .. outputs == 1
            ? [Expr.Symbol("v")]
            : Enumerable.Range(1, outputs).Select(c => Expr.Symbol("v", c)),
    ];

    /// <summary>K, Q, V or M (row by row), V, as the catalogue declares a head.</summary>
    public static IReadOnlyList<Sym> HeadParameters(string name, int dimension)
    {
        var range = Enumerable.Range(1, dimension);
        var value = range.Select(i => Expr.Symbol("V", i));
        return name == AttentionSeparate
            ? [.. range.Select(i => Expr.Symbol("K", i)), .. range.Select(i => Expr.Symbol("Q", i)),
                .. value]
            : [.. from i in range from j in range select Expr.Symbol("M", i, j), .. value];
    }

    /// <summary>A neuron fast path from inputs x (P×D) and targets y (P×C).</summary>
    public static ILossModel Neuron(string name, int width, int inputs, double[] x, double[] y)
    {
        int outputs = y.Length / (x.Length / inputs);
        var layout = UnitLayout.For(width, NeuronParameters(inputs, outputs));
        return name switch
        {
            LinearFc => new LinearFcLossModel(layout, width, inputs, x, y),
            ReluFc => new NeuronLossModel<ReluActivation>(layout, width, inputs, x, y),
            Quadratic => new NeuronLossModel<SquareActivation>(layout, width, inputs, x, y),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a neuron fast path"),
        };
    }

    /// <summary>A head fast path from a table of Z[n,i], q[i] per sample.</summary>
    public static ILossModel Head(
        string name, int width, int tokens, int dimension, double[] table, double[] y)
    {
        var samples = new AttentionSamples(table, tokens, dimension);
        var layout = UnitLayout.For(width, HeadParameters(name, dimension));
        return name == AttentionSeparate
            ? new SeparateAttentionLossModel(layout, width, samples, y)
            : new MergedAttentionLossModel(layout, width, samples, y);
    }

    /// <summary>The fast path of <paramref name="unit"/>, or null when it has none.</summary>
    public static ILossModel? TryCreate(UnitDefinition unit, int width, UnitSamples data)
    {
        var match = Match(unit);
        if (match is null) return null;
        var (name, sizes) = match.Value;
        var table = data.InputTable(unit.Inputs);
        var y = data.TargetTable(unit.OutputDimension);
        return name is AttentionSeparate or AttentionMerged
            ? Head(name, width, sizes.Tokens!.Value, sizes.TokenDim!.Value, table, y)
            : Neuron(name, width, unit.Inputs.Count, table, y);
    }

    private static (string Name, UnitSizes Sizes)? Match(UnitDefinition unit)
    {
        if (unit.Constants.Count > 0 || unit.Inputs.Count == 0) return null;
        foreach (var name in Names)
        {
            var sizes = SizesFor(name, unit);
            if (sizes is null) continue;
            UnitForm form;
            try
            {
                form = UnitCatalogue.Build(name, sizes);
            }
            catch (VerifyException)
            {
                // Sizes beyond the catalogue's limit: the text cannot be the catalogue's.
                continue;
            }
            var c = form.Definition;
            if (c.Parameters.SequenceEqual(unit.Parameters) && c.Inputs.SequenceEqual(unit.Inputs)
                && c.Outputs.SequenceEqual(unit.Outputs))
            {
                return (name, sizes);
            }
        }
        return null;
    }

    private static UnitSizes? SizesFor(string name, UnitDefinition unit)
    {
        if (name is AttentionSeparate or AttentionMerged)
        {
            int d = unit.Parameters.Count(p => p.Name == "V");
            if (d == 0 || unit.Inputs.Count % d != 0 || unit.Inputs.Count / d < 2) return null;
            return new UnitSizes { Tokens = unit.Inputs.Count / d - 1, TokenDim = d };
        }
        return new UnitSizes { InputDim = unit.Inputs.Count, OutputDim = unit.OutputDimension };
    }
}
