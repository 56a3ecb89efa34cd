using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verify.Theory.Symbolic;
using Verify.Theory.Tests.Generators;

namespace Verify.Theory.Tests;

/// <summary>
/// Laws that tie the symbolic core to arithmetic, over random expressions from
/// <see cref="ExprGenerators"/>: derivatives against central differences, the canonical
/// form against the original expression, compiled code against the interpreter.
/// </summary>
public sealed class SymbolicPropertyTests
{
    // Points stay where every kink argument, divisor and root base is at least this far
    // from zero and no intermediate value is large, so that a central difference with
    // step H is accurate to about H² and cannot straddle a kink.
    private const double Margin = 1e-2, Largest = 1e4, H = 1e-6;

    private static Gen<Dictionary<Sym, double>> Points { get; } =
        Gen.ArrayOf(Gen.Choose(-2000, 2000).Select(i => i / 1000.0), ExprGenerators.VariablePool.Count)
            .Select(a => ExprGenerators.VariablePool.Select((s, i) => (s, a[i])).ToDictionary(p => p.s, p => p.Item2));

    /// <summary>True when e is smooth and moderate near the point (see <see cref="Margin"/>).</summary>
    private static bool Regular(Expr e, IReadOnlyDictionary<Sym, double> point)
    {
        double value = Evaluator.Evaluate(e, point);
        if (!double.IsFinite(value) || Math.Abs(value) > Largest) return false;
        bool nearSingular = e switch
        {
            Call c when c.Function is Fn.Relu or Fn.Step or Fn.Abs or Fn.Sign or Fn.Log or Fn.Sqrt =>
                Math.Abs(Evaluator.Evaluate(c.Argument, point)) < Margin,
            Pow p when p.Exponent.IsNegative || p.Exponent.Denominator != 1 =>
                Math.Abs(Evaluator.Evaluate(p.Base, point)) < Margin,
            _ => false,
        };
        return !nearSingular && e.Children.All(child => Regular(child, point));
    }

    [Property(Arbitrary = [typeof(ExprGenerators)], MaxTest = 400)]
    public Property Derivatives_agree_with_central_differences_away_from_kinks(Expr e)
    {
        var free = Calculus.FreeSymbols(e);
        if (free.Count == 0) return true.Classify(true, "constant");
        return Prop.ForAll(Points.ToArbitrary(), Gen.Elements(free.ToArray()).ToArbitrary(),
            (point, v) =>
            {
                var derivative = Calculus.Differentiate(e, v);
                if (!Regular(e, point) || !Regular(derivative, point))
                    return true.Classify(true, "near a kink, pole or overflow");
                double x = point[v];
                // f'(x) ≈ (f(x + h) − f(x − h)) / 2h, error O(h² f''')
                double fd = (At(e, point, v, x + H) - At(e, point, v, x - H)) / (2 * H);
                double exact = Evaluator.Evaluate(derivative, point);
                // An expanded canonical form can be ill-conditioned in floating point (terms
                // of size 1e200 that cancel); its value is compared only where it is regular.
                var simplified = Canonical.Simplify(derivative);
                double canonical = Regular(simplified, point) ? Evaluator.Evaluate(simplified, point) : exact;
                double tolerance = 1e-5 * (1 + Math.Abs(exact));
                bool agree = Math.Abs(fd - exact) <= tolerance
                    && Math.Abs(canonical - exact) <= 1e-9 * (1 + Math.Abs(exact));
                return agree
                    .Label($"d/d{v.Key} {e} at {v.Key}={x}: exact {exact}, canonical {canonical}, "
                        + $"difference quotient {fd}")
                    .Classify(exact == 0, "zero derivative");
            });
    }

    private static double At(Expr e, Dictionary<Sym, double> point, Sym v, double x) =>
        Evaluator.Evaluate(e, s => s.Equals(v) ? x : point[s]);

    [Property(Arbitrary = [typeof(ExprGenerators)], MaxTest = 300)]
    public Property Canonical_form_has_the_value_of_the_expression(Expr e)
    {
        return Prop.ForAll(Points.ToArbitrary(), point =>
        {
            Expr canonical;
            try
            {
                canonical = Canonical.Simplify(e);
            }
            catch (SymbolicException)
            {
                return true.Classify(true, "undefined");
            }
            if (!Regular(e, point) || !Regular(canonical, point))
                return true.Classify(true, "near a kink, pole or overflow");
            double a = Evaluator.Evaluate(e, point), b = Evaluator.Evaluate(canonical, point);
            // Rewriting reorders floating-point operations; values are at most 1e4.
            return (Math.Abs(a - b) <= 1e-9 * (1 + Math.Abs(a))).Label($"{e} = {a} but {canonical} = {b}");
        });
    }

    [Property(Arbitrary = [typeof(ExprGenerators)], MaxTest = 200)]
    public Property Compiled_code_equals_the_interpreter(Expr e, Expr f)
    {
        var variables = ExprGenerators.VariablePool;
        var compiled = Compiler.Compile([e, f, e * f], variables);
        return Prop.ForAll(Points.ToArbitrary(), point =>
        {
            var inputs = variables.Select(s => point[s]).ToArray();
            var outputs = new double[3];
            compiled.Evaluate(inputs, outputs);
            var expected = new[] { e, f, e * f }.Select(g => Evaluator.Evaluate(g, point)).ToArray();
            bool same = outputs.Zip(expected).All(p =>
                p.First.Equals(p.Second) || Math.Abs(p.First - p.Second) <= 1e-15 * Math.Abs(p.Second));
            return same.Label($"compiled {string.Join(", ", outputs)} vs interpreted {string.Join(", ", expected)}");
        });
    }
}
