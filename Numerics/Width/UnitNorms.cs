namespace Verify.Numerics.Width;

/// <summary>
/// Counts of non-negligible units and heads, the effective width of Type III growth
/// (PAPER.md §1: quadratic nets, linear attention with separate key and query, where units
/// leave zero one at a time, Proposition 5). An item counts when its norm exceeds
/// relativeTolerance × the largest norm; an all-zero set counts 0.
/// </summary>
public static class UnitNorms
{
    /// <summary>Units whose parameter vector θ_h = (u_h, v_h) has non-negligible norm.</summary>
    public static NonNegligibleCount NonZeroUnits(IReadOnlyList<IReadOnlyList<double>> units,
        double relativeTolerance = 1e-3) =>
        Build(Norms(units, nameof(units)), relativeTolerance);

    /// <summary>
    /// Heads whose contribution (the head's output over the data set, flattened, e.g.
    /// V_h·φ(Z_μ; K_h, Q_h) for every μ) has non-negligible norm.
    /// </summary>
    public static NonNegligibleCount ActiveHeads(
        IReadOnlyList<IReadOnlyList<double>> contributions, double relativeTolerance = 1e-3) =>
        Build(Norms(contributions, nameof(contributions)), relativeTolerance);

    private static NonNegligibleCount Build(double[] norms, double relativeTolerance)
    {
        if (!(relativeTolerance >= 0 && relativeTolerance < 1))
            throw NumericsErrors.OutOfRange(nameof(relativeTolerance), relativeTolerance, "[0, 1)");
        var max = norms.Length == 0 ? 0 : norms.Max();
        return new NonNegligibleCount(norms, relativeTolerance * max);
    }

    internal static double[] Norms(IReadOnlyList<IReadOnlyList<double>> vectors, string what)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var norms = new double[vectors.Count];
        for (var h = 0; h < vectors.Count; h++)
        {
            var sum = 0.0;
            for (var j = 0; j < vectors[h].Count; j++)
            {
                var x = vectors[h][j];
                if (!double.IsFinite(x)) throw NumericsErrors.NotFiniteValue($"{what}[{h}]", j, x);
                sum += x * x;
            }
            norms[h] = Math.Sqrt(sum);
            if (h > 0 && vectors[h].Count != vectors[0].Count)
                throw NumericsErrors.Shape(what, $"item {h} has {vectors[h].Count} entries but " +
                    $"item 0 has {vectors[0].Count}; give vectors of one length");
        }
        return norms;
    }
}
