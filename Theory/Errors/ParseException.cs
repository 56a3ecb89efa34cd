namespace Verify.Theory;

/// <summary>Text that does not parse: the column (1-based) and what was expected there.</summary>
public sealed class ParseException : VerifyException
{
    public ParseException(string source, int column, string expected, string found)
        : base(Format(source, column, expected, found))
    {
        Text = source;
        Column = column;
        Expected = expected;
        Found = found;
    }

    /// <summary>The text that was parsed.</summary>
    public string Text { get; }

    /// <summary>1-based column of the first character that could not be read.</summary>
    public int Column { get; }

    /// <summary>What the parser expected at <see cref="Column"/>.</summary>
    public string Expected { get; }

    /// <summary>What it found there ("end of input" at the end).</summary>
    public string Found { get; }

    private static string Format(string source, int column, string expected, string found) =>
        $"cannot parse expression at column {column}: expected {expected}, found {found}\n" +
        $"  {source}\n  {new string(' ', Math.Max(0, column - 1))}^";
}
