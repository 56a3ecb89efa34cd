using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verify.Theory.Symbolic;
using Verify.Theory.Tests.Generators;

namespace Verify.Theory.Tests;

/// <summary>Laws of <see cref="Canonical"/> over random expressions.</summary>
public sealed class CanonicalPropertyTests
{
    // Expressions whose canonical form is undefined (1/0, log(−1), √−4) are counted and
    // excluded from the law; Classify shows how many there were.
    private static bool TrySimplify(Expr e, out Expr canonical)
    {
        try
        {
            canonical = Canonical.Simplify(e);
            return true;
        }
        catch (SymbolicException)
        {
            canonical = e;
            return false;
        }
    }

    [Property(Arbitrary = [typeof(ExprGenerators)], MaxTest = 300, Replay = "20261203,1")]
    public Property Parsing_the_printed_text_keeps_the_canonical_form(Expr e)
    {
        bool defined = TrySimplify(e, out var canonical);
        // canon(parse(print(e))) = canon(e)
        bool holds = !defined || Canonical.Simplify(ExprParser.Parse(e.ToString())) == canonical;
        return holds.Label(e.ToString()).Classify(!defined, "undefined").Classify(e is Call or Add or Mul, "compound");
    }

    [Property(Arbitrary = [typeof(ExprGenerators)], MaxTest = 300)]
    public Property Canonical_form_is_idempotent_and_its_text_round_trips(Expr e)
    {
        if (!TrySimplify(e, out var canonical)) return true.Classify(true, "undefined");
        // canon(canon(e)) = canon(e), and parse(print(canon(e))) = canon(e) as trees
        bool idempotent = Canonical.Simplify(canonical) == canonical;
        bool roundTrip = ExprParser.Parse(canonical.ToString()) == canonical;
        return (idempotent && roundTrip).Label($"{e} -> {canonical}");
    }

    [Fact]
    public void Polynomials_equal_as_functions_have_equal_canonical_forms()
    {
        // p·q + r and r + q·p are the same polynomial for any p, q, r.
        var sample = ExprGenerators.Polynomial.Sample(200, new Rnd(7UL), 40).ToList();
        for (int i = 0; i + 2 < sample.Count; i += 3)
        {
            var (p, q, r) = (sample[i], sample[i + 1], sample[i + 2]);
            Assert.Equal(Canonical.Simplify(p * q + r), Canonical.Simplify(r + q * p));
        }
    }
}
