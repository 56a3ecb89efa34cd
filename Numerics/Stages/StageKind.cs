namespace Verify.Numerics.Stages;

/// <summary>The kind of a stage of training.</summary>
public enum StageKind
{
    /// <summary>The loss is stationary in log time (near a fixed point, PAPER.md §4).</summary>
    Plateau,

    /// <summary>The loss falls between plateaus (an escape along a new direction).</summary>
    Drop,
}
