namespace Verify.Numerics.Stages;

/// <summary>The stages of one trajectory, in time order, with the detection's evidence.</summary>
public sealed class StageResult
{
    private readonly Stage[] stages;
    private readonly double[] relativeRate;

    internal StageResult(Stage[] stages, double[] relativeRate, StageOptions options)
    {
        this.stages = stages;
        this.relativeRate = relativeRate;
        Options = options;
    }

    /// <summary>Plateaus and drops, alternating, covering the whole trajectory.</summary>
    public IReadOnlyList<Stage> Stages => stages;

    /// <summary>The plateaus only.</summary>
    public IReadOnlyList<Stage> Plateaus => stages.Where(s => s.Kind == StageKind.Plateau).ToArray();

    /// <summary>|dL/d ln t| / S at each sample (the quantity thresholded).</summary>
    public IReadOnlyList<double> RelativeRate => relativeRate;

    /// <summary>The thresholds used.</summary>
    public StageOptions Options { get; }
}
