using Verify.Numerics.Data;
using Verify.Theory.Flow;
using Verify.Theory.Units;

namespace Verify.Numerics.Flow;

/// <summary>
/// Builds the loss model of H units on a data set: the hand-written matrix-form fast path
/// when the unit has one (linear-fc, relu-fc, quadratic and both linear attentions) and
/// <paramref name="preferFastPath"/> is set, else the model compiled from the unit's
/// symbolic derivatives. Both give the same layout and, to rounding, the same values.
/// </summary>
public static class LossModels
{
    /// <summary>The catalogue units that have a fast path.</summary>
    public static IReadOnlyList<string> FastPathUnits => FastPaths.Names;

    /// <summary>
    /// Catalogue unit <paramref name="unitName"/> on a data set whose inputs are the unit's
    /// x[1..D] and whose targets have its C components; D and C (when the unit has them)
    /// are taken from the data, other sizes from <paramref name="sizes"/> or the defaults.
    /// A fast path works at any D; a compiled unit is limited to
    /// <see cref="UnitSizes.MaxSize"/>.
    /// </summary>
    public static ILossModel Create(
        string unitName, int width, DataSet data, bool preferFastPath = true,
        UnitSizes? sizes = null)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        ArgumentNullException.ThrowIfNull(data);
        CheckWidth(width);
        var samples = UnitSamples.FromDataSet(data);
        if (preferFastPath && unitName is FastPaths.LinearFc or FastPaths.ReluFc
            or FastPaths.Quadratic && sizes is null)
        {
            var x = samples.InputTable(
                [.. Enumerable.Range(1, data.InputDimension).Select(j => Theory.Symbolic.Expr.Symbol("x", j))]);
            return FastPaths.Neuron(unitName, width, data.InputDimension, x,
                samples.TargetTable(data.OutputDimension));
        }
        var defaults = UnitCatalogue.DefaultSizes(unitName);
        var chosen = sizes ?? UnitSizes.Defaults;
        if (defaults.ContainsKey(UnitSize.InputDim) && chosen.InputDim is null)
            chosen = chosen with { InputDim = data.InputDimension };
        if (defaults.ContainsKey(UnitSize.OutputDim) && chosen.OutputDim is null)
            chosen = chosen with { OutputDim = data.OutputDimension };
        return Create(UnitCatalogue.Build(unitName, chosen).Definition, width, samples, preferFastPath);
    }

    /// <summary>
    /// An attention unit on in-context regression sequences
    /// (<see cref="UnitSamples.FromInContextRegression"/>): N is the context length and the
    /// token dimension d = D + 1.
    /// </summary>
    public static ILossModel Create(
        string unitName, int width, InContextRegression data, bool preferFastPath = true)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        ArgumentNullException.ThrowIfNull(data);
        CheckWidth(width);
        var samples = UnitSamples.FromInContextRegression(data);
        int n = data.ContextLength, d = data.Dimension + 1;
        if (preferFastPath && unitName is FastPaths.AttentionSeparate or FastPaths.AttentionMerged)
        {
            var order = Enumerable.Range(1, n)
                .SelectMany(t => Enumerable.Range(1, d).Select(i => Theory.Symbolic.Expr.Symbol("Z", t, i)))
                .Concat(Enumerable.Range(1, d).Select(i => Theory.Symbolic.Expr.Symbol("q", i)))
                .ToList();
            return FastPaths.Head(unitName, width, n, d, samples.InputTable(order),
                samples.TargetTable(1));
        }
        var sizes = new UnitSizes { Tokens = n, TokenDim = d };
        var defaults = UnitCatalogue.DefaultSizes(unitName);
        if (!defaults.ContainsKey(UnitSize.Tokens))
        {
            throw LossModelErrors.NotACatalogueShape(unitName,
                "in-context sequences feed an attention head; choose an attention unit");
        }
        return Create(UnitCatalogue.Build(unitName, sizes).Definition, width, samples, preferFastPath);
    }

    /// <summary>Catalogue unit <paramref name="unitName"/> at <paramref name="sizes"/> on
    /// samples given in its own symbols.</summary>
    public static ILossModel Create(
        string unitName, int width, UnitSamples data, UnitSizes? sizes = null,
        bool preferFastPath = true)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        CheckWidth(width);
        return Create(UnitCatalogue.Build(unitName, sizes).Definition, width, data, preferFastPath);
    }

    /// <summary>
    /// Any unit on samples in its own symbols. The fast path is taken when
    /// <paramref name="unit"/> is a catalogue unit with one, symbol for symbol; otherwise
    /// the unit is compiled (see <see cref="Create(CompiledUnit, int, UnitSamples)"/> to
    /// reuse a compilation).
    /// </summary>
    public static ILossModel Create(
        UnitDefinition unit, int width, UnitSamples data, bool preferFastPath = true)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(data);
        CheckWidth(width);
        if (preferFastPath && FastPaths.TryCreate(unit, width, data) is { } fast) return fast;
        return new CompiledLossModel(CompiledUnit.Create(unit), width, data);
    }

    /// <summary>The compiled model of an already compiled unit.</summary>
    public static ILossModel Create(CompiledUnit unit, int width, UnitSamples data)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(data);
        CheckWidth(width);
        return new CompiledLossModel(unit, width, data);
    }

    private static void CheckWidth(int width)
    {
        if (width < 1) throw LossModelErrors.Width(width);
    }
}
