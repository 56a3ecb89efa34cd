namespace Verify.Numerics.Width;

/// <summary>The kinks of a one-hidden-layer ReLU net's function along a line.</summary>
public sealed class KinkResult
{
    private readonly double[] kinks, slopeChanges, cancelled;

    internal KinkResult(double[] kinks, double[] slopeChanges, double[] cancelled)
    {
        this.kinks = kinks;
        this.slopeChanges = slopeChanges;
        this.cancelled = cancelled;
    }

    /// <summary>The number of kinks.</summary>
    public int Count => kinks.Length;

    /// <summary>The kinks' parameters s, ascending (each the mean of its merged group).</summary>
    public IReadOnlyList<double> Kinks => kinks;

    /// <summary>‖Δ(df/ds)‖ at each kink.</summary>
    public IReadOnlyList<double> SlopeChanges => slopeChanges;

    /// <summary>Breakpoints where the units' slope changes cancelled (not kinks).</summary>
    public IReadOnlyList<double> Cancelled => cancelled;
}
