using System.Globalization;

namespace Verify.Numerics.Integration;

/// <summary>
/// The bookkeeping every integrator shares: requested outputs, located events, counters and
/// the final result. Keeping it in one place keeps the Runge–Kutta and gradient-descent runs
/// reporting the same things the same way.
/// </summary>
internal sealed class RunRecorder
{
    private readonly FlowProblem problem;
    private readonly IReadOnlyList<double> outputTimes;
    private readonly List<double> times = [];
    private readonly List<double[]> states = [];
    private readonly List<EventOccurrence> events = [];
    private readonly string method;
    private readonly double endTime;

    public RunRecorder(FlowProblem problem, IntegrationOptions options, double endTime, string method)
    {
        this.problem = problem;
        this.method = method;
        this.endTime = endTime;
        outputTimes = options.OutputTimes;
    }

    public long Accepted;
    public long Rejected;
    public long Evaluations;

    private int nextOutput;

    public StateLayout Layout => problem.Layout;

    /// <summary>The next requested output time, or +∞ when all are recorded.</summary>
    public double NextOutputTime => nextOutput < outputTimes.Count ? outputTimes[nextOutput]
        : double.PositiveInfinity;

    public void RecordOutput(double t, ReadOnlySpan<double> y)
    {
        times.Add(t);
        states.Add(y.ToArray());
        nextOutput++;
    }

    public void RecordEvent(string name, double t, ReadOnlySpan<double> y) =>
        events.Add(new EventOccurrence(name, t, y.ToArray()));

    public IntegrationResult Completed(double t, ReadOnlySpan<double> y, double lastStep) =>
        Finish(IntegrationStatus.Completed, Say($"reached the end time {endTime:R}"), t, y, null, lastStep);

    public IntegrationResult Event(string name, double t, ReadOnlySpan<double> y,
        double lastStep) =>
        Finish(IntegrationStatus.Event, Say($"terminal event '{name}' at t = {t:R}"), t, y, null, lastStep);

    public IntegrationResult MaxSteps(long maxSteps, double t, ReadOnlySpan<double> y,
        double lastStep) =>
        Finish(IntegrationStatus.MaxSteps,
            Say($"used all {maxSteps} steps (MaxSteps) at t = {t:R} before the end time {endTime:R}") +
                "; raise MaxSteps or loosen the tolerances", t, y, null, lastStep);

    public IntegrationResult StepTooSmall(double t, ReadOnlySpan<double> y, double h) =>
        Finish(IntegrationStatus.StepTooSmall,
            Say($"the step size {h:R} needed at t = {t:R} is below the resolution of t") +
                "; the solution may blow up or the field may be singular there", t, y, null, h);

    public IntegrationResult NonFinite(NumericalFailure failure, double t, ReadOnlySpan<double> y,
        double h) =>
        Finish(IntegrationStatus.NonFinite, $"non-finite {failure}", t, y, failure, h);

    public IntegrationResult Diverged(NumericalFailure failure, double bound,
        ReadOnlySpan<double> y, double h) =>
        Finish(IntegrationStatus.Diverged,
            Say($"{failure} exceeds the divergence bound {bound:R}"), failure.Time, y, failure, h);

    private static string Say(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private IntegrationResult Finish(
        IntegrationStatus status, string reason, double t, ReadOnlySpan<double> y,
        NumericalFailure? failure, double lastStep) =>
        new(method, status, reason, problem.StartTime, t, y.ToArray(), times.ToArray(),
            states.ToArray(),
            events.ToArray(), failure, Accepted, Rejected, Evaluations, lastStep);
}
