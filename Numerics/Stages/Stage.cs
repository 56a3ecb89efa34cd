using Verify.Numerics.FixedPoints;

namespace Verify.Numerics.Stages;

/// <summary>One plateau or drop of a trajectory.</summary>
public sealed class Stage
{
    internal Stage(StageKind kind, double startTime, double endTime, double startLoss,
        double endLoss, double time, double loss, int sample, int? effectiveWidth,
        FixedPointResult? fixedPoint)
    {
        Kind = kind;
        StartTime = startTime;
        EndTime = endTime;
        StartLoss = startLoss;
        EndLoss = endLoss;
        Time = time;
        Loss = loss;
        Sample = sample;
        EffectiveWidth = effectiveWidth;
        FixedPoint = fixedPoint;
    }

    /// <summary>Plateau or drop.</summary>
    public StageKind Kind { get; }

    /// <summary>The time of the stage's first sample.</summary>
    public double StartTime { get; }

    /// <summary>The time of the stage's last sample.</summary>
    public double EndTime { get; }

    /// <summary>L at <see cref="StartTime"/>.</summary>
    public double StartLoss { get; }

    /// <summary>L at <see cref="EndTime"/>.</summary>
    public double EndLoss { get; }

    /// <summary>
    /// The representative time: for a plateau the most stationary sample (smallest
    /// |dL/d ln t| / S), for a drop the steepest one.
    /// </summary>
    public double Time { get; }

    /// <summary>The loss level: L at <see cref="Time"/>.</summary>
    public double Loss { get; }

    /// <summary>The 0-based sample index of <see cref="Time"/>.</summary>
    public int Sample { get; }

    /// <summary>The caller's width function at the representative state (plateaus with states
    /// and a width function only).</summary>
    public int? EffectiveWidth { get; }

    /// <summary>The fixed point refined from the representative state (plateaus with states and a
    /// loss model only); its <see cref="FixedPointResult.Spectrum"/> gives the index.</summary>
    public FixedPointResult? FixedPoint { get; }

    /// <summary>The saddle index of <see cref="FixedPoint"/>, when refined.</summary>
    public int? Index => FixedPoint?.Spectrum?.Index;
}
