namespace Verify.Theory;

/// <summary>
/// The one family of exceptions the checker throws for bad input or an impossible
/// request. Messages name the input, the position when there is one, and what to do.
/// Build them through <see cref="Errors"/>.
/// </summary>
public class VerifyException : Exception
{
    public VerifyException(string message) : base(message) { }
    public VerifyException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>Text that does not parse: the column (1-based) and what was expected there.</summary>
public sealed class ParseException : VerifyException
{
    public ParseException(string source, int column, string expected, string found)
        : base(Format(source, column, expected, found))
    {
        Source = source;
        Column = column;
        Expected = expected;
        Found = found;
    }

    /// <summary>The text that was parsed.</summary>
    public new string Source { get; }

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

/// <summary>A symbolic operation that is not defined for its input (e.g. a symbolic exponent,
/// an exact value of tanh at a non-zero rational, a division by an expression equal to zero).</summary>
public sealed class SymbolicException(string message) : VerifyException(message);
