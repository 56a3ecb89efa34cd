using Fractions;
using Verify.Theory.Symbolic.Algebra;

namespace Verify.Theory.Symbolic;

/// <summary>
/// The canonical form: every expression maps to a unique rational function over Q in atoms
/// (symbols, and non-polynomial functions of canonical arguments). Two polynomial or
/// rational expressions are identical iff their canonical forms are equal; with
/// non-polynomial atoms, equal canonical forms prove equality and the rewrites listed on
/// the canonicaliser are the only relations between atoms that are used.
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
            return new Canonicalizer(assumptions ?? Assumptions.None).Convert(e);
        }
        catch (DivideByZeroException)
        {
            throw Errors.DivisionByZero(e.ToString());
        }
    }
}
