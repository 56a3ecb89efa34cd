using Fractions;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Checkers;

/// <summary>
/// Searches for an exact rational point at which an expression is not zero. A canonical
/// form that is not zero does not by itself refute an identity (atoms such as relu(z) and
/// z·step(z) are related), so a refutation needs such a point; anyone can replay it.
/// </summary>
internal static class Witness
{
    /// <summary>The point and the non-zero exact value found, or null after
    /// <paramref name="attempts"/> random points drawn with <paramref name="seed"/>.</summary>
    public static (IReadOnlyDictionary<Sym, Expr> Point, Fraction Value)? Find(
        Expr e, int seed, int attempts)
    {
        var symbols = Calculus.FreeSymbols(e);
        var random = new Random(seed);
        for (int k = 0; k < attempts; k++)
        {
            var point = new Dictionary<Sym, Expr>();
            foreach (var s in symbols) point[s] = Expr.Constant(Draw(random));
            // With every symbol replaced, the canonical form is a constant when the
            // functions involved have exact values at rationals (relu, step, abs, sign).
            if (Canonical.Simplify(Calculus.Substitute(e, point)) is Num n && !n.Value.IsZero)
                return (point, n.Value);
        }
        return null;
    }

    /// <summary>"a = 1, b = -1/2" in the order of the point.</summary>
    public static string Describe(IReadOnlyDictionary<Sym, Expr> point) =>
        string.Join(", ", point.Select(kv => $"{kv.Key.Key} = {kv.Value}"));

    // Small integers and halves, zero included: kinks are part of the domain.
    private static Fraction Draw(Random random) => new(random.Next(-6, 7), 2);
}
