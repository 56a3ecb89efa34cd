using Fractions;
using Verify.Theory.Symbolic.Algebra;

namespace Verify.Theory.Symbolic;

/// <summary>
/// The canonical form: every expression maps to one rational function over Q in atoms
/// (symbols, functions of canonical arguments, and roots b^(1/q) of canonical polynomials).
/// <para>What it decides. Polynomials and rational functions over Q: two are identical iff
/// their canonical forms are equal. Non-polynomial atoms: equal canonical forms prove
/// equality; different ones prove nothing, because the only relations between atoms used are
/// the exact rewrites listed on the canonicaliser (sign and positive-factor rules, roots of
/// one base merged). So exp(a)·exp(b) and exp(a + b), or √2·√3 and √6, stay different.</para>
/// <para>Where identities hold. As with any rational-function normal form, cancelling a
/// common factor identifies functions that agree wherever both are defined: x/x is 1, and
/// step(x)/step(x) is 1 although it is undefined for x ≤ 0. A proof by canonical form is a
/// proof on the set where the original expression is defined.</para>
/// </summary>
public static class Canonical
{
    /// <summary>The canonical form as an expression tree: Σ terms, then "/ denominator".</summary>
    public static Expr Simplify(Expr e, Assumptions? assumptions = null) =>
        Convert(e, assumptions).ToExpr();

    /// <summary>True when <paramref name="e"/> is identically zero (canonical form 0).</summary>
    public static bool IsZero(Expr e, Assumptions? assumptions = null) =>
        Convert(e, assumptions).IsZero;

    /// <summary>True when a − b is identically zero.</summary>
    public static bool AreEqual(Expr a, Expr b, Assumptions? assumptions = null) =>
        Convert(a - b, assumptions).IsZero;

    /// <summary>True when the canonical form has no denominator and no non-polynomial atom.</summary>
    public static bool IsPolynomial(Expr e, Assumptions? assumptions = null)
    {
        var r = Convert(e, assumptions);
        return r.IsPolynomial && r.Atoms.All(a => a.IsSymbol);
    }

    /// <summary>The value when <paramref name="e"/> simplifies to a rational constant.</summary>
    public static bool TryGetConstant(Expr e, out Fraction value, Assumptions? assumptions = null)
    {
        var r = Convert(e, assumptions);
        value = r.IsConstant ? r.ConstantValue : Fraction.Zero;
        return r.IsConstant;
    }

    internal static RationalFunction Convert(Expr e, Assumptions? assumptions)
    {
        try
        {
            return WorkBudget.Run(() => new Canonicalizer(assumptions ?? Assumptions.None).Convert(e));
        }
        catch (DivideByZeroException)
        {
            throw Errors.DivisionByZero(e.ToString());
        }
    }
}
