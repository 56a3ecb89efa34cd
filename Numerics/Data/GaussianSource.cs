namespace Verify.Numerics.Data;

/// <summary>
/// Standard normal deviates from a seeded <see cref="Random"/> by the Box–Muller transform.
/// A seeded System.Random is reproducible across runs and platforms, so the same seed gives the
/// same data set bit for bit.
/// </summary>
internal sealed class GaussianSource(int seed)
{
    private readonly Random random = new(seed);
    private double spare;
    private bool hasSpare;

    public double Next()
    {
        if (hasSpare)
        {
            hasSpare = false;
            return spare;
        }
        // u1 in (0, 1] so the logarithm is finite.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var r = Math.Sqrt(-2.0 * Math.Log(u1));
        var angle = 2.0 * Math.PI * u2;
        spare = r * Math.Sin(angle);
        hasSpare = true;
        return r * Math.Cos(angle);
    }
}
