using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verify.Numerics.Integration;

namespace Verify.Numerics.Tests.Integration;

/// <summary>Laws of the adaptive integrator over random scalar linear problems.</summary>
public sealed class ScalarLinearPropertyTests
{
    // y′ = λy, y(0) = y₀ (magnitudes from 1e-200 to 1e200, both signs), λ ∈ [−5, 2], T ∈ (0, 4].
    private static readonly Gen<(double Lambda, double Y0, double T)> Cases =
        from lambda in Gen.Choose(-500, 200)
        from exponent in Gen.Elements(-200, -30, -1, 0, 1, 30, 200)
        from mantissa in Gen.Choose(-9, 9).Where(m => m != 0)
        from t in Gen.Choose(1, 400)
        select (lambda / 100.0, mantissa * Math.Pow(10, exponent), t / 100.0);

    [Property(MaxTest = 200)]
    public Property Pure_relative_tolerance_gives_relative_accuracy_at_any_magnitude()
    {
        // Law: with atol = 0 and rtol = 1e-9, |y(T) − y₀e^{λT}| ≤ 1e-6·|y₀e^{λT}|, whatever the
        // scale
        // of y₀ (the weighted norm of HNW eq. II.4.11 is scale-invariant when atol = 0). The
        // default
        // divergence bound 1e100 would stop the 1e200 cases, so it is lifted here.
        var options = new IntegrationOptions
        {
            RelativeTolerance = 1e-9, AbsoluteTolerance = 0, DivergenceBound = double.MaxValue,
        };
        return Prop.ForAll(Arb.From(Cases), c =>
        {
            var problem = FlowProblem.Create((_, y, dy) => dy[0] = c.Lambda * y[0], [c.Y0]);
            var result = Integrator.DormandPrince(problem, c.T, options);
            var exact = c.Y0 * Math.Exp(c.Lambda * c.T);
            var rel = Math.Abs(result.State[0] - exact) / Math.Abs(exact);
            return (result.Status == IntegrationStatus.Completed && rel <= 1e-6)
                .Label($"λ = {c.Lambda}, y₀ = {c.Y0:R}, T = {c.T}: relative error {rel:E2}, {result.Status}")
                .Classify(Math.Abs(c.Y0) < 1e-20 || Math.Abs(c.Y0) > 1e20, "extreme magnitude")
                .Classify(c.Lambda > 0, "growing");
        });
    }
}
