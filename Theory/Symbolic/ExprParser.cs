namespace Verify.Theory.Symbolic;

/// <summary>Reads the text syntax printed by <see cref="ExprPrinter"/>.</summary>
public static class ExprParser
{
    /// <summary>Parses <paramref name="text"/>; throws <see cref="ParseException"/> with the column.</summary>
    public static Expr Parse(string text) => throw new NotImplementedException();
}
