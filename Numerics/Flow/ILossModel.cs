using Verify.Numerics.Integration;

namespace Verify.Numerics.Flow;

/// <summary>
/// A training loss over a flat parameter vector θ (all units' parameters, laid out by
/// <see cref="Layout"/>), with its exact gradient and Hessian. Gradient flow is
/// θ̇ = −∇L(θ) (DESIGN.md); fixed points, saddle indices and stages are computed from this
/// interface, so a compiled symbolic model and a hand-written fast path are interchangeable.
/// Implementations allocate nothing per call and are not thread-safe.
/// </summary>
public interface ILossModel
{
    /// <summary>Names of θ's components and the unit each belongs to.</summary>
    StateLayout Layout { get; }

    /// <summary>The length of θ.</summary>
    int Dimension { get; }

    /// <summary>L(θ) = (1/2P) Σ_μ ‖y_μ − f(x_μ; θ)‖².</summary>
    double Loss(ReadOnlySpan<double> theta);

    /// <summary>Writes ∇L(θ) into <paramref name="gradient"/> and returns L(θ).</summary>
    double Gradient(ReadOnlySpan<double> theta, Span<double> gradient);

    /// <summary>Writes ∇²L(θ), row-major Dimension × Dimension, into <paramref name="hessian"/>.</summary>
    void Hessian(ReadOnlySpan<double> theta, Span<double> hessian);
}
