namespace Verify.Numerics.Flow;

/// <summary>σ(a) = a², the quadratic unit (PAPER.md §4, Eq. 14 with Z(x) = x xᵀ).</summary>
internal readonly struct SquareActivation : IActivation
{
    public static double Value(double a) => a * a;

    public static double Slope(double a) => 2 * a;

    public static double Curvature(double a) => 2.0;
}
