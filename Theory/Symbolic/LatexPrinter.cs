namespace Verify.Theory.Symbolic;

/// <summary>Prints expressions as LaTeX math.</summary>
public static class LatexPrinter
{
    public static string ToLatex(Expr e) => throw new NotImplementedException();
}
