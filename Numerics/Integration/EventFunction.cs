namespace Verify.Numerics.Integration;

/// <summary>
/// An event function g(t, y): the integrator reports the times where g changes sign.
/// It must be continuous in t along the solution for the bracketing root finder to converge.
/// </summary>
public delegate double EventFunction(double t, ReadOnlySpan<double> y);
