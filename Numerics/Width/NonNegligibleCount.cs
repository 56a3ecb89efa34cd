namespace Verify.Numerics.Width;

/// <summary>Which of several items (units, heads) have non-negligible norm.</summary>
public sealed class NonNegligibleCount
{
    private readonly double[] norms;
    private readonly bool[] active;

    internal NonNegligibleCount(double[] norms, double threshold)
    {
        this.norms = norms;
        Threshold = threshold;
        active = norms.Select(n => n > threshold).ToArray();
        Count = active.Count(a => a);
    }

    /// <summary>The number of items with norm above <see cref="Threshold"/>.</summary>
    public int Count { get; }

    /// <summary>Each item's norm.</summary>
    public IReadOnlyList<double> Norms => norms;

    /// <summary>Whether each item counts.</summary>
    public IReadOnlyList<bool> IsActive => active;

    /// <summary>The absolute threshold: relative tolerance × the largest norm.</summary>
    public double Threshold { get; }
}
