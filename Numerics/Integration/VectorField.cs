namespace Verify.Numerics.Integration;

/// <summary>
/// The right-hand side of dy/dt = F(t, y): writes F(t, y) into <paramref name="dy"/>.
/// For a gradient flow F = −∇L. Implementations must not allocate per call and must not
/// keep <paramref name="y"/> or <paramref name="dy"/> beyond the call; the integrator reuses
/// both buffers.
/// </summary>
public delegate void VectorField(double t, ReadOnlySpan<double> y, Span<double> dy);
