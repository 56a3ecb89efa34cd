using Fractions;

namespace Verify.Theory.Symbolic;

/// <summary>
/// The one convention at kinks, used by every evaluator and by differentiation:
/// step(0) = 0, sign(0) = 0, relu'(z) = step(z), |z|' = sign(z), step' = sign' = 0.
/// Hence relu'(0) = 0 and |·|'(0) = 0, the subgradient that common frameworks apply
/// in full-batch gradient descent.
/// </summary>
public static class Kinks
{
    // NaN stays NaN, so that a non-finite state is never hidden behind a kink.
    public static double Step(double z) => z > 0 ? 1.0 : z <= 0 ? 0.0 : double.NaN;
    public static double Relu(double z) => z > 0 ? z : z <= 0 ? 0.0 : double.NaN;
    public static double Sign(double z) => z > 0 ? 1.0 : z < 0 ? -1.0 : z == 0 ? 0.0 : double.NaN;
    public static double Abs(double z) => Math.Abs(z);

    public static Fraction Step(Fraction z) => z.IsPositive ? Fraction.One : Fraction.Zero;
    public static Fraction Relu(Fraction z) => z.IsPositive ? z : Fraction.Zero;
    public static Fraction Sign(Fraction z) =>
        z.IsPositive ? Fraction.One : z.IsNegative ? Fraction.MinusOne : Fraction.Zero;
    public static Fraction Abs(Fraction z) => z.IsNegative ? -z : z;
}
