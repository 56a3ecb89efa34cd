namespace Verify.Numerics.Width;

/// <summary>The numerical rank of a matrix and the numbers that decided it.</summary>
public sealed class RankResult
{
    private readonly double[] singularValues;

    internal RankResult(double[] singularValues, int rank, int thresholdRank, double threshold,
        double largestGap, int largestGapIndex, RankRule rule)
    {
        this.singularValues = singularValues;
        Rank = rank;
        ThresholdRank = thresholdRank;
        Threshold = threshold;
        LargestGap = largestGap;
        LargestGapIndex = largestGapIndex;
        Rule = rule;
    }

    /// <summary>The singular values, descending.</summary>
    public IReadOnlyList<double> SingularValues => singularValues;

    /// <summary>The numerical rank.</summary>
    public int Rank { get; }

    /// <summary>#{σ_i &gt; rtol·σ₁}, before the gap rule.</summary>
    public int ThresholdRank { get; }

    /// <summary>The absolute threshold rtol·σ₁.</summary>
    public double Threshold { get; }

    /// <summary>The largest ratio σ_i/σ_{i+1} for 1 ≤ i ≤ ThresholdRank, i &lt; n (1 when
    /// none; +∞ when σ_{i+1} = 0).</summary>
    public double LargestGap { get; }

    /// <summary>The 1-based i of <see cref="LargestGap"/> (0 when none).</summary>
    public int LargestGapIndex { get; }

    /// <summary>Which rule set <see cref="Rank"/>.</summary>
    public RankRule Rule { get; }
}
