namespace Verify.Numerics.Integration;

/// <summary>One located event: which event, when, and the (interpolated) state then.</summary>
/// <param name="Name">The event's name.</param>
/// <param name="Time">The located time.</param>
/// <param name="State">The state at <paramref name="Time"/> (dense output for Runge–Kutta,
/// the iterate for gradient descent).</param>
public sealed record EventOccurrence(string Name, double Time, IReadOnlyList<double> State);
