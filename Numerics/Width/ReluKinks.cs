namespace Verify.Numerics.Width;

/// <summary>
/// Kinks of f(x) = Σ_h v_h relu(u_hᵀx + c_h) along the line x(s) = a + s·b: where the function
/// restricted to the line is not differentiable. Unit h's pre-activation z_h(s) = u_hᵀa + c_h +
/// s·u_hᵀb crosses zero at s_h = −(u_hᵀa + c_h)/(u_hᵀb), where df/ds jumps by v_h|u_hᵀb| (up
/// when z_h turns on, and the same sign when it turns off, since then u_hᵀb &lt; 0).
/// Units with negligible ‖v_h‖·‖u_h‖ and units whose pre-activation is constant on the line
/// (|u_hᵀb| ≤ 1e-14·‖u_h‖‖b‖) are ignored; breakpoints closer than the merge tolerance form one
/// group (chained), and a group whose slope changes cancel is not a kink.
/// </summary>
public static class ReluKinks
{
    private const double ParallelCut = 1e-14;

    /// <summary>Counts the kinks along x(s) = a + s·b.</summary>
    /// <param name="inputWeights">u_h, one per unit.</param>
    /// <param name="outputWeights">v_h, one per unit (length 1 for scalar output).</param>
    /// <param name="a">A point on the line.</param>
    /// <param name="b">The line's direction.</param>
    /// <param name="options">Tolerances and the range of s.</param>
    /// <param name="biases">c_h, or null for a net without biases (PAPER.md §1).</param>
    public static KinkResult AlongLine(IReadOnlyList<IReadOnlyList<double>> inputWeights,
        IReadOnlyList<IReadOnlyList<double>> outputWeights, IReadOnlyList<double> a,
        IReadOnlyList<double> b, KinkOptions? options = null, IReadOnlyList<double>? biases = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        options ??= KinkOptions.Default;
        options.Validate();
        var uNorm = UnitNorms.Norms(inputWeights, nameof(inputWeights));
        var vNorm = UnitNorms.Norms(outputWeights, nameof(outputWeights));
        var units = inputWeights.Count;
        if (outputWeights.Count != units)
            throw NumericsErrors.DimensionMismatch(nameof(outputWeights), units, outputWeights.Count);
        if (biases is not null && biases.Count != units)
            throw NumericsErrors.DimensionMismatch(nameof(biases), units, biases.Count);
        var d = units == 0 ? a.Count : inputWeights[0].Count;
        if (a.Count != d) throw NumericsErrors.DimensionMismatch(nameof(a), d, a.Count);
        if (b.Count != d) throw NumericsErrors.DimensionMismatch(nameof(b), d, b.Count);
        var bNorm = Math.Sqrt(b.Sum(x => x * x));

        var scale = Enumerable.Range(0, units).Select(h => uNorm[h] * vNorm[h]).DefaultIfEmpty(0).Max();
        var breaks = new List<(double S, int Unit, double UB)>();
        for (var h = 0; h < units; h++)
        {
            if (!(uNorm[h] * vNorm[h] > options.UnitRelativeTolerance * scale)) continue;
            double ua = biases?[h] ?? 0, ub = 0;
            for (var j = 0; j < d; j++)
            {
                ua += inputWeights[h][j] * a[j];
                ub += inputWeights[h][j] * b[j];
            }
            if (Math.Abs(ub) <= ParallelCut * uNorm[h] * bNorm) continue;
            var s = -ua / ub;
            if (s >= options.Start && s <= options.End) breaks.Add((s, h, ub));
        }
        breaks.Sort((p, q) => p.S.CompareTo(q.S));

        var kinks = new List<double>();
        var slopes = new List<double>();
        var cancelled = new List<double>();
        var m = units == 0 ? 0 : outputWeights[0].Count;
        for (var start = 0; start < breaks.Count;)
        {
            var end = start + 1;
            while (end < breaks.Count && breaks[end].S - breaks[end - 1].S <= options.MergeTolerance)
                end++;
            // Δ(df/ds) = Σ_{h in group} v_h |u_hᵀb|.
            var jump = new double[m];
            double largest = 0, sSum = 0;
            for (var k = start; k < end; k++)
            {
                var (s, h, ub) = breaks[k];
                sSum += s;
                for (var i = 0; i < m; i++) jump[i] += outputWeights[h][i] * Math.Abs(ub);
                largest = Math.Max(largest, vNorm[h] * Math.Abs(ub));
            }
            var size = Math.Sqrt(jump.Sum(x => x * x));
            var where = sSum / (end - start);
            if (size > options.SlopeRelativeTolerance * largest)
            {
                kinks.Add(where);
                slopes.Add(size);
            }
            else cancelled.Add(where);
            start = end;
        }
        return new KinkResult(kinks.ToArray(), slopes.ToArray(), cancelled.ToArray());
    }
}
