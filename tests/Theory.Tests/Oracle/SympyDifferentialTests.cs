using FsCheck;
using FsCheck.Fluent;
using Verify.Theory.Symbolic;
using Verify.Theory.Tests.Generators;

namespace Verify.Theory.Tests.Oracle;

/// <summary>
/// Differential test against SymPy: on random polynomials and rational functions our
/// canonical forms and derivatives must equal SymPy's exactly, checked both ways (SymPy
/// finds cancel(ours − theirs) = 0, and our canonical form of SymPy's text is ours).
/// </summary>
public sealed class SympyDifferentialTests
{
    private const int CasesPerKind = 160;

    [SympyFact]
    public void Expansions_and_derivatives_equal_sympys_on_random_polynomials_and_rational_functions()
    {
        var expressions = ExprGenerators.Polynomial.Sample(CasesPerKind, new Rnd(20261203UL), 50)
            .Concat(ExprGenerators.RationalFunction.Sample(CasesPerKind, new Rnd(31UL), 30))
            .Where(Defined)
            .ToList();
        Assert.True(expressions.Count >= 300, $"only {expressions.Count} defined cases");

        var cases = expressions.Select(e =>
        {
            var variables = Calculus.FreeSymbols(e);
            return new SympyOracle.Case(
                e.ToString(),
                Canonical.Simplify(e).ToString(),
                variables.Select(v => v.Key).ToList(),
                variables.ToDictionary(v => v.Key,
                    v => Canonical.Simplify(Calculus.Differentiate(e, v)).ToString()));
        }).ToList();

        var answers = SympyOracle.Run(cases);

        int derivativesCompared = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            var (ours, theirs) = (cases[i], answers[i]);
            Assert.True(theirs.Agrees, $"SymPy disagrees on {ours.Expr}: ours {ours.Ours}, SymPy {theirs.Canonical}");
            Assert.Equal(ours.Ours, Canonical.Simplify(ExprParser.Parse(theirs.Canonical)).ToString());
            foreach (var v in ours.Variables)
            {
                Assert.Equal(ours.Derivatives[v],
                    Canonical.Simplify(ExprParser.Parse(theirs.Derivatives[v])).ToString());
                derivativesCompared++;
            }
        }
        // The comparison is only worth something if the cases are not trivial.
        Assert.True(derivativesCompared >= 300, $"only {derivativesCompared} derivatives compared");
        Assert.Contains(cases, c => c.Ours.Contains('/') && c.Ours.Contains('('));
    }

    private static bool Defined(Expr e)
    {
        try
        {
            Canonical.Simplify(e);
            return true;
        }
        catch (SymbolicException)
        {
            return false;
        }
    }
}
