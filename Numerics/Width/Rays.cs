namespace Verify.Numerics.Width;

/// <summary>
/// The number of rays of unit weights, the effective width of Type II growth (PAPER.md §1,
/// ReLU nets): units with non-negligible norm grouped by direction (Theorem 3(iii): proportional
/// units stay proportional, so a ray behaves as one unit).
/// Grouping is greedy by decreasing norm: each unit joins the first existing ray whose direction
/// (that of the ray's largest unit) is within the angle tolerance, else it starts a new ray.
/// Angles are measured to that representative, so a slow chain of small turns does not merge
/// into one ray.
/// </summary>
public static class Rays
{
    /// <summary>Groups unit weight vectors w_h (e.g. the input weights u_h) into rays.</summary>
    public static RayResult Count(IReadOnlyList<IReadOnlyList<double>> units,
        RayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        options ??= RayOptions.Default;
        options.Validate();
        var norms = UnitNorms.Norms(units, nameof(units));
        var max = norms.Length == 0 ? 0 : norms.Max();
        var threshold = options.NormRelativeTolerance * max;
        var cosTol = Math.Cos(options.AngleTolerance);
        var rayOf = Enumerable.Repeat(-1, units.Count).ToArray();
        var directions = new List<double[]>();
        foreach (var h in Enumerable.Range(0, units.Count).OrderByDescending(k => norms[k]))
        {
            if (!(norms[h] > threshold)) continue;
            var dir = units[h].Select(x => x / norms[h]).ToArray();
            for (var r = 0; r < directions.Count; r++)
            {
                var cos = 0.0;
                for (var j = 0; j < dir.Length; j++) cos += dir[j] * directions[r][j];
                if (!options.SignSensitive) cos = Math.Abs(cos);
                if (cos >= cosTol)
                {
                    rayOf[h] = r;
                    break;
                }
            }
            if (rayOf[h] < 0)
            {
                rayOf[h] = directions.Count;
                directions.Add(dir);
            }
        }
        return new RayResult(rayOf, directions.ToArray(), norms, threshold);
    }
}
