using Verify.Numerics.FixedPoints;
using Verify.Numerics.Flow;

namespace Verify.Numerics.Stages;

/// <summary>
/// Plateaus and drops of a loss curve (PAPER.md §4, §6): plateaus last ∝ ln(1/ε) and sit
/// decades apart, so stationarity is judged in log time. D_k = dL/d ln t by the three-point
/// formula on the non-uniform grid x = ln t; S_k = (L_k − L_min) + f·(L_max − L_min) is the
/// drop still to come (floored); sample k is stationary when |D_k| ≤ τ·S_k. Maximal runs of
/// stationary samples spanning at least MinLogDuration in ln t are plateaus; neighbouring
/// plateaus whose loss differs by at most MinRelativeDrop·S are merged; what lies between is a
/// drop. See <see cref="StageOptions"/> for the thresholds and why.
/// </summary>
public static class StageDetector
{
    /// <summary>
    /// The stages of <paramref name="trajectory"/>. When it carries states, each plateau's
    /// representative state gives <paramref name="width"/> (if given) and, with a
    /// <paramref name="model"/>, the refined nearest fixed point and its index.
    /// </summary>
    public static StageResult Detect(LossTrajectory trajectory, StageOptions? options = null,
        Func<IReadOnlyList<double>, int>? width = null, ILossModel? model = null,
        FixedPointOptions? fixedPointOptions = null)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        options ??= StageOptions.Default;
        options.Validate();
        var t = trajectory.Times;
        var loss = trajectory.Losses;
        var n = t.Count;
        var x = t.Select(v => Math.Log(v)).ToArray();
        var rate = RelativeRate(x, loss, options.FloorFraction);

        var runs = new List<(int Start, int End)>();
        for (var k = 0; k < n;)
        {
            if (!(rate[k] <= options.PlateauThreshold)) { k++; continue; }
            var end = k;
            while (end + 1 < n && rate[end + 1] <= options.PlateauThreshold) end++;
            if (x[end] - x[k] >= options.MinLogDuration) runs.Add((k, end));
            k = end + 1;
        }
        var lMin = loss.Min();
        var floor = options.FloorFraction * (loss.Max() - lMin);
        for (var i = runs.Count - 1; i > 0; i--)
        {
            var (a, b) = (runs[i - 1], runs[i]);
            var scale = loss[a.End] - lMin + floor;
            if (Math.Abs(loss[a.End] - loss[b.Start]) <= options.MinRelativeDrop * scale)
            {
                runs[i - 1] = (a.Start, b.End);
                runs.RemoveAt(i);
            }
        }

        var stages = new List<Stage>();
        var next = 0;
        foreach (var (start, end) in runs)
        {
            if (start > next) stages.Add(Drop(t, loss, rate, next, start));
            stages.Add(Plateau(trajectory, rate, start, end, width, model, fixedPointOptions));
            next = end;
        }
        if (next < n - 1 || runs.Count == 0) stages.Add(Drop(t, loss, rate, next, n - 1));
        return new StageResult(stages.ToArray(), rate, options);
    }

    // |D_k| / S_k. Three-point derivative on a non-uniform grid (exact for quadratics):
    // D_k = −h₂/(h₁(h₁+h₂)) L_{k−1} + (h₂−h₁)/(h₁h₂) L_k + h₁/(h₂(h₁+h₂)) L_{k+1}, h₁ = x_k − x_{k−1},
    // h₂ = x_{k+1} − x_k; one-sided differences at the ends.
    private static double[] RelativeRate(double[] x, IReadOnlyList<double> loss, double floorFraction)
    {
        var n = x.Length;
        var lMin = loss.Min();
        var floor = floorFraction * (loss.Max() - lMin);
        var rate = new double[n];
        for (var k = 0; k < n; k++)
        {
            double d;
            if (k == 0) d = (loss[1] - loss[0]) / (x[1] - x[0]);
            else if (k == n - 1) d = (loss[k] - loss[k - 1]) / (x[k] - x[k - 1]);
            else
            {
                double h1 = x[k] - x[k - 1], h2 = x[k + 1] - x[k];
                d = -h2 / (h1 * (h1 + h2)) * loss[k - 1] + (h2 - h1) / (h1 * h2) * loss[k]
                    + h1 / (h2 * (h1 + h2)) * loss[k + 1];
            }
            var s = loss[k] - lMin + floor;
            // A constant curve (range 0) is stationary everywhere.
            rate[k] = s > 0 ? Math.Abs(d) / s : 0;
        }
        return rate;
    }

    private static Stage Drop(IReadOnlyList<double> t, IReadOnlyList<double> loss, double[] rate,
        int start, int end)
    {
        var k = start;
        for (var i = start; i <= end; i++) if (rate[i] > rate[k]) k = i;
        return new Stage(StageKind.Drop, t[start], t[end], loss[start], loss[end], t[k], loss[k], k,
            null, null);
    }

    private static Stage Plateau(LossTrajectory trajectory, double[] rate, int start, int end,
        Func<IReadOnlyList<double>, int>? width, ILossModel? model, FixedPointOptions? fpOptions)
    {
        var t = trajectory.Times;
        var loss = trajectory.Losses;
        var k = start;
        for (var i = start; i <= end; i++) if (rate[i] < rate[k]) k = i;
        int? w = null;
        FixedPointResult? fp = null;
        if (trajectory.States is { } states)
        {
            if (width is not null) w = width(states[k]);
            if (model is not null) fp = FixedPointSolver.Refine(model, states[k].ToArray(), fpOptions);
        }
        return new Stage(StageKind.Plateau, t[start], t[end], loss[start], loss[end], t[k], loss[k],
            k, w, fp);
    }
}
