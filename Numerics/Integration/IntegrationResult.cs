namespace Verify.Numerics.Integration;

/// <summary>
/// The immutable outcome of one run: why it stopped, where it got to, the recorded outputs and
/// events, and what it cost. Numerical failures (NaN, divergence, a vanishing step) are results,
/// not exceptions: check <see cref="Status"/>.
/// </summary>
public sealed class IntegrationResult
{
    private readonly double[] state;

    internal IntegrationResult(
        string method, IntegrationStatus status, string reason, double startTime, double endTime,
        double[] state, double[] times, double[][] states, EventOccurrence[] events,
        NumericalFailure? failure, long acceptedSteps, long rejectedSteps, long fieldEvaluations,
        double lastStep)
    {
        Method = method;
        Status = status;
        Reason = reason;
        StartTime = startTime;
        EndTime = endTime;
        this.state = state;
        Times = times;
        States = states;
        Events = events;
        Failure = failure;
        AcceptedSteps = acceptedSteps;
        RejectedSteps = rejectedSteps;
        FieldEvaluations = fieldEvaluations;
        LastStep = lastStep;
    }

    /// <summary>The method, e.g. "Dormand–Prince 5(4)" or "gradient descent (η = 0.01)".</summary>
    public string Method { get; }

    /// <summary>Why the run stopped.</summary>
    public IntegrationStatus Status { get; }

    /// <summary>The reason in words, with the time and location of any failure.</summary>
    public string Reason { get; }

    /// <summary>True when the run reached its end time or a terminal event.</summary>
    public bool Succeeded => Status is IntegrationStatus.Completed or IntegrationStatus.Event;

    /// <summary>The start time t₀.</summary>
    public double StartTime { get; }

    /// <summary>The time the run got to: t_end, the event time, or the last accepted
    /// step.</summary>
    public double EndTime { get; }

    /// <summary>The state at <see cref="EndTime"/>.</summary>
    public IReadOnlyList<double> State => state;

    /// <summary>
    /// The times at which states were recorded: the requested output times reached before the
    /// run stopped (for gradient descent, the time of the iterate recorded for each).
    /// </summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>The recorded states, one per entry of <see cref="Times"/>.</summary>
    public IReadOnlyList<IReadOnlyList<double>> States { get; }

    /// <summary>Located events, in time order.</summary>
    public IReadOnlyList<EventOccurrence> Events { get; }

    /// <summary>Where the run failed, for <see cref="IntegrationStatus.NonFinite"/> and
    /// <see cref="IntegrationStatus.Diverged"/>; null otherwise.</summary>
    public NumericalFailure? Failure { get; }

    /// <summary>Accepted steps (gradient-descent iterations).</summary>
    public long AcceptedSteps { get; }

    /// <summary>Steps rejected by the error control or for non-finite values.</summary>
    public long RejectedSteps { get; }

    /// <summary>Calls of the vector field, including those of the starting-step estimate.</summary>
    public long FieldEvaluations { get; }

    /// <summary>The size of the last step attempted.</summary>
    public double LastStep { get; }

    /// <summary>A copy of the final state.</summary>
    public double[] CopyState() => (double[])state.Clone();

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Method}: {Status} at t = {EndTime:R} ({Reason}); {AcceptedSteps} steps, " +
        $"{RejectedSteps} rejected, {FieldEvaluations} field evaluations";
}
