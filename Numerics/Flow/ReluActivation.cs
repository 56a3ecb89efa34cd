using Verify.Theory.Symbolic;

namespace Verify.Numerics.Flow;

/// <summary>relu, with the kink convention of <see cref="Kinks"/>: relu′ = step,
/// step(0) = 0, step′ = 0, NaN kept.</summary>
internal readonly struct ReluActivation : IActivation
{
    public static double Value(double a) => Kinks.Relu(a);

    public static double Slope(double a) => Kinks.Step(a);

    // step′ = 0 everywhere (Kinks), NaN kept so that a non-finite state shows.
    public static double Curvature(double a) => double.IsNaN(a) ? double.NaN : 0.0;
}
