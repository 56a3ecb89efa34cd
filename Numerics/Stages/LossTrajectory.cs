using Verify.Numerics.Flow;
using Verify.Numerics.Integration;

namespace Verify.Numerics.Stages;

/// <summary>
/// Samples of a training run: times t_k &gt; 0 (increasing), losses L_k and optionally the states
/// θ(t_k). Log-spaced times (<see cref="TimeGrid.LogSpaced"/>) suit stage detection.
/// </summary>
public sealed class LossTrajectory
{
    private readonly double[] times, losses;
    private readonly IReadOnlyList<double>[]? states;

    private LossTrajectory(double[] times, double[] losses, IReadOnlyList<double>[]? states)
    {
        this.times = times;
        this.losses = losses;
        this.states = states;
    }

    /// <summary>The sample times.</summary>
    public IReadOnlyList<double> Times => times;

    /// <summary>The losses.</summary>
    public IReadOnlyList<double> Losses => losses;

    /// <summary>The states, or null when not recorded.</summary>
    public IReadOnlyList<IReadOnlyList<double>>? States => states;

    /// <summary>A trajectory from explicit samples (at least 3, finite, times positive and
    /// increasing).</summary>
    public static LossTrajectory Create(IReadOnlyList<double> times, IReadOnlyList<double> losses,
        IReadOnlyList<IReadOnlyList<double>>? states = null)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(losses);
        if (times.Count < 3) throw NumericsErrors.OutOfRange("times.Count", times.Count, "[3, ∞)");
        if (losses.Count != times.Count)
            throw NumericsErrors.DimensionMismatch(nameof(losses), times.Count, losses.Count);
        if (states is not null && states.Count != times.Count)
            throw NumericsErrors.DimensionMismatch(nameof(states), times.Count, states.Count);
        for (var k = 0; k < times.Count; k++)
        {
            if (!double.IsFinite(losses[k])) throw NumericsErrors.NotFiniteValue(nameof(losses), k,
                losses[k]);
            if (!(times[k] > 0 && double.IsFinite(times[k])))
                throw NumericsErrors.Shape(nameof(times), $"times[{k}] = {times[k]}; stages are " +
                    "found in log time, so every time must be positive and finite");
            if (k > 0 && !(times[k] > times[k - 1]))
                throw NumericsErrors.OutputTimesNotIncreasing(k, times[k - 1], times[k]);
        }
        return new LossTrajectory(times.ToArray(), losses.ToArray(), states?.ToArray());
    }

    /// <summary>The recorded states of a run, with L evaluated by <paramref name="model"/>.</summary>
    public static LossTrajectory FromRun(IntegrationResult run, ILossModel model)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(model);
        var losses = run.States.Select(s => model.Loss(s.ToArray())).ToArray();
        return Create(run.Times, losses, run.States);
    }
}
