namespace Verify.Theory.Symbolic;

/// <summary>The canonical form.</summary>
public static class Canonical
{
    public static Expr Simplify(Expr e, Assumptions? assumptions = null) => throw new NotImplementedException();
    public static bool IsZero(Expr e, Assumptions? assumptions = null) => throw new NotImplementedException();
    public static bool AreEqual(Expr a, Expr b, Assumptions? assumptions = null) => throw new NotImplementedException();
}
