namespace Verify.Numerics.Integration;

/// <summary>
/// Output-time grids. Plateaus of gradient flows from small initialisation last ∝ ln(1/ε) or
/// ∝ 1/ε and the interesting drops span decades, so log-spaced grids are the default choice.
/// </summary>
public static class TimeGrid
{
    /// <summary>
    /// <paramref name="count"/> times from <paramref name="first"/> to <paramref name="last"/>
    /// (both included) equally spaced in log t: t_k = first·(last/first)^{k/(count−1)}.
    /// The end points are exact.
    /// </summary>
    public static double[] LogSpaced(double first, double last, int count)
    {
        if (!(first > 0 && double.IsFinite(first)))
            throw NumericsErrors.NotPositive(nameof(first), first);
        if (!(last > first && double.IsFinite(last)))
            throw NumericsErrors.OutOfRange(nameof(last), last, $"({first:R}, ∞)");
        if (count < 2) throw NumericsErrors.OutOfRange(nameof(count), count, "[2, ∞)");
        var grid = new double[count];
        var logFirst = Math.Log(first);
        var step = (Math.Log(last) - logFirst) / (count - 1);
        for (var k = 0; k < count; k++) grid[k] = Math.Exp(logFirst + k * step);
        grid[0] = first;
        grid[^1] = last;
        return grid;
    }

    /// <summary>Log-spaced times with <paramref name="perDecade"/> points per factor of
    /// 10.</summary>
    public static double[] LogSpacedPerDecade(double first, double last, int perDecade)
    {
        if (perDecade < 1) throw NumericsErrors.NotPositiveCount(nameof(perDecade), perDecade);
        if (!(first > 0 && last > first))
            throw NumericsErrors.OutOfRange(nameof(last), last, "(first, ∞) with first > 0");
        var count = (int)Math.Ceiling(Math.Log10(last / first) * perDecade) + 1;
        return LogSpaced(first, last, Math.Max(count, 2));
    }

    /// <summary><paramref name="count"/> equally spaced times from first to last, both
    /// included.</summary>
    public static double[] Linear(double first, double last, int count)
    {
        if (!(last > first)) throw NumericsErrors.OutOfRange(nameof(last), last, $"({first:R}, ∞)");
        if (count < 2) throw NumericsErrors.OutOfRange(nameof(count), count, "[2, ∞)");
        var grid = new double[count];
        for (var k = 0; k < count; k++) grid[k] = first + (last - first) * k / (count - 1);
        grid[^1] = last;
        return grid;
    }
}
