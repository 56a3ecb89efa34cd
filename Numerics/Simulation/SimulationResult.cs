using Verify.Numerics.Integration;

namespace Verify.Numerics.Simulation;

/// <summary>
/// The immutable outcome of one simulation: the setup and seed that produced it, the
/// integration (with its status, the real reason it stopped and its counters), and the stages
/// of the part of the run that was integrated. A failed integration is a result, not an
/// exception: <see cref="Complete"/> is false and <see cref="Warning"/> says why, and the
/// stages cover only the times reached.
/// </summary>
public sealed class SimulationResult
{
    private readonly SimulatedStage[] stages;

    internal SimulationResult(SimulationSetup setup, int seed, IntegrationResult integration,
        SimulatedStage[] stages, double initialLoss, double finalLoss, string? warning,
        double seconds)
    {
        Setup = setup;
        Seed = seed;
        Integration = integration;
        this.stages = stages;
        InitialLoss = initialLoss;
        FinalLoss = finalLoss;
        Warning = warning;
        Seconds = seconds;
    }

    /// <summary>The setup that was run.</summary>
    public SimulationSetup Setup { get; }

    /// <summary>The seed of the initialisation θ(0) ~ N(0, ε²).</summary>
    public int Seed { get; }

    /// <summary>The integration, with its status, reason and counters.</summary>
    public IntegrationResult Integration { get; }

    /// <summary>True when the integration reached the setup's end time.</summary>
    public bool Complete => Integration.Succeeded;

    /// <summary>Plateaus and drops in time order (empty when fewer than 3 samples were
    /// recorded).</summary>
    public IReadOnlyList<SimulatedStage> Stages => stages;

    /// <summary>L(θ(0)).</summary>
    public double InitialLoss { get; }

    /// <summary>L at the last recorded state with a finite loss.</summary>
    public double FinalLoss { get; }

    /// <summary>
    /// Why the result may mislead, or null: the integration stopped early, or the run ended
    /// while the loss was still falling.
    /// </summary>
    public string? Warning { get; }

    /// <summary>Wall-clock seconds for integration and stage detection.</summary>
    public double Seconds { get; }
}
