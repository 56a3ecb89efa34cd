namespace Verify.Theory.Symbolic;

/// <summary>Differentiation and substitution on expression trees.</summary>
public static class Calculus
{
    /// <summary>∂e/∂v, not simplified; call <see cref="Canonical.Simplify"/> on the result.</summary>
    public static Expr Differentiate(Expr e, Sym v) => throw new NotImplementedException();

    /// <summary>Replaces every symbol in the map's keys, simultaneously.</summary>
    public static Expr Substitute(Expr e, IReadOnlyDictionary<Sym, Expr> map) => throw new NotImplementedException();
}
