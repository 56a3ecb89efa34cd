using System.Collections.Immutable;

namespace Verify.Theory.Symbolic;

/// <summary>
/// How both printers read the sign of a term of a sum: "a − 3·b" is Add(a, Mul(−3, b)), so
/// a product whose first factor is a negative number prints as a subtraction of its
/// magnitude.
/// </summary>
internal static class SignedTerm
{
    /// <summary>True when the first factor of <paramref name="m"/> is a negative number.</summary>
    public static bool IsNegated(Mul m) => m.Factors[0] is Num n && n.Value.IsNegative;

    /// <summary>The factors of −<paramref name="m"/>: the leading number made positive.</summary>
    public static ImmutableArray<Expr> Magnitude(Mul m) =>
        m.Factors.SetItem(0, new Num(-((Num)m.Factors[0]).Value));
}
