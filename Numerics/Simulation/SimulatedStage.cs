using Verify.Numerics.Stages;

namespace Verify.Numerics.Simulation;

/// <summary>
/// One stage of a simulated run: the detector's <see cref="Stages.Stage"/> (times, loss,
/// effective width at the representative sample, refined fixed point and index) and the
/// effective width at the refined fixed point itself.
/// </summary>
public sealed class SimulatedStage
{
    internal SimulatedStage(Stage stage, int? fixedPointWidth)
    {
        Stage = stage;
        FixedPointWidth = fixedPointWidth;
    }

    /// <summary>The stage as detected.</summary>
    public Stage Stage { get; }

    /// <summary>
    /// The effective width of the refined fixed point (plateaus only). On a plateau the state
    /// still carries the next direction at a small but growing size; at the refined point
    /// that direction is gone, so this is the width of the saddle itself.
    /// </summary>
    public int? FixedPointWidth { get; }
}
