using Verify.Numerics.FixedPoints;
using Verify.Numerics.Flow;
using Verify.Numerics.Integration;
using Verify.Numerics.Stages;

namespace Verify.Numerics.Simulation;

/// <summary>
/// Everything one reproduction of a Figure 1 experiment (PAPER.md §6) needs: the loss model on
/// its data, the initial scale ε, how the effective width is measured, the symmetries that
/// explain zero modes, and how long and how accurately to integrate. Built by
/// <see cref="SimulationSetups.Create"/>; immutable (use <c>with</c> to change an option).
/// </summary>
public sealed record SimulationSetup
{
    /// <summary>The architecture's catalogue name, e.g. "linear-fc".</summary>
    public required string Arch { get; init; }

    /// <summary>The data set in words: inputs, targets, sizes and the seed that made them.</summary>
    public required string Data { get; init; }

    /// <summary>The number of units H (neurons, kernels or heads).</summary>
    public required int Width { get; init; }

    /// <summary>The initial scale ε: every parameter starts i.i.d. N(0, ε²).</summary>
    public required double InitScale { get; init; }

    /// <summary>The kind of width growth the paper expects (PAPER.md §1).</summary>
    public required GrowthType Growth { get; init; }

    /// <summary>How <see cref="EffectiveWidth"/> measures, in words, with its thresholds.</summary>
    public required string WidthMeasure { get; init; }

    /// <summary>
    /// The absolute floor below which a mode or unit counts as zero: ten times its expected
    /// size at initialisation, so that weights still at the O(ε) scale never count while
    /// learned O(1) weights always do.
    /// </summary>
    public required double WidthFloor { get; init; }

    /// <summary>The loss model of <see cref="Width"/> units on the data.</summary>
    public required ILossModel Model { get; init; }

    /// <summary>The effective width of a state θ.</summary>
    public required Func<IReadOnlyList<double>, int> EffectiveWidth { get; init; }

    /// <summary>Options of each plateau's fixed-point refinement, with the symmetries.</summary>
    public required FixedPointOptions FixedPoint { get; init; }

    /// <summary>Integration options: tolerances, step budget, log-spaced output times.</summary>
    public required IntegrationOptions Integration { get; init; }

    /// <summary>The time to integrate to (long enough for the flow to converge).</summary>
    public required double EndTime { get; init; }

    /// <summary>The plateau-detection thresholds.</summary>
    public StageOptions Stages { get; init; } = StageOptions.Default;

    /// <summary>What the paper reports for this architecture (PAPER.md §6), for comparison.</summary>
    public required string Expected { get; init; }
}
