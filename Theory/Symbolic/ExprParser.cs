using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Fractions;
using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace Verify.Theory.Symbolic;

/// <summary>
/// Reads the text syntax printed by <see cref="ExprPrinter"/>:
/// <code>
/// sum     := term (('+' | '-') term)*
/// term    := unary (('*' | '/') unary)*
/// unary   := '-' unary | power
/// power   := primary ('^' unary)?                      (right-associative: -x^2 = -(x^2))
/// primary := number | name ['[' int (',' int)* ']'] | function '(' sum ')' | '(' sum ')'
/// </code>
/// Numbers are exact: <c>0.25</c> is 1/4 and <c>1e-3</c> is 1/1000. Names start with a
/// letter and continue with letters, digits or '_'. The function names are reserved.
/// Exponents must fold to a rational constant. Whitespace may appear between tokens.
/// Error columns are 1-based and count characters (a tab is one column).
/// </summary>
/// <remarks>
/// The shapes built are the ones <see cref="ExprPrinter"/> prints, so that
/// parse(print(e)) == e structurally: a − b is Add(a, −b), where −Num(c) is Num(−c),
/// −Mul(Num c, …) is Mul(Num −c, …) and any other −x is Mul(−1, x); a/b is a product
/// with Pow(b, −1) (Pow(c, −e) when b is Pow(c, e)), except that a numeric divisor directly
/// after a numeric factor is folded into it (<c>3/2</c> is Num(3/2)); sums and products are
/// flattened through <see cref="Expr.Sum"/> and <see cref="Expr.Product"/>.
/// </remarks>
public static class ExprParser
{
    // Folding an exponent like 2^2^2^2^2 would otherwise build astronomically large numbers.
    private const int MaxFoldedPower = 4096;

    // A decimal exponent beyond this is almost certainly a typo, and 1e1000000 would
    // allocate a million-digit integer.
    private const int MaxDecimalExponent = 1000;

    private static readonly Parser<char, Expr> Grammar = BuildGrammar();

    /// <summary>
    /// Parses <paramref name="text"/> into an expression.
    /// </summary>
    /// <exception cref="ParseException">
    /// The text is not an expression; the exception gives the 1-based column of the first
    /// character that could not be read, what was expected there and what was found.
    /// </exception>
    public static Expr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Result<char, Expr> result;
        try
        {
            result = Grammar.Parse(text);
        }
        catch (Failure f)
        {
            throw new ParseException(text, f.Offset + 1, f.Expected, Found(text, f.Offset, f.End));
        }
        if (result.Success) return result.Value;
        var error = result.Error!;
        string found = error.EOF || error.ErrorOffset >= text.Length
            ? EndOfInput
            : Quote(text[error.ErrorOffset].ToString());
        throw new ParseException(
            text, error.ErrorOffset + 1, DescribeExpected(error.Expected), found);
    }

    private const string EndOfInput = "end of input";

    private static string Quote(string s) => $"'{s}'";

    private static string Found(string text, int offset, int end)
    {
        if (offset >= text.Length) return EndOfInput;
        return Quote(text[offset..Math.Min(end, text.Length)].TrimEnd());
    }

    private static string DescribeExpected(IEnumerable<Expected<char>> expected)
    {
        var items = new List<string>();
        bool eof = false;
        foreach (var e in expected)
        {
            if (e.IsEof)
            {
                eof = true;
            }
            else if (e.Label is { } label)
            {
                if (!items.Contains(label)) items.Add(label);
            }
            else if (e.Tokens is { IsDefaultOrEmpty: false } tokens)
            {
                var s = Quote(new string(tokens.AsSpan()));
                if (!items.Contains(s)) items.Add(s);
            }
        }
        // End of input reads best last: "'+', '-' or end of input".
        if (eof) items.Add(EndOfInput);
        return items.Count switch
        {
            0 => "an expression",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1],
        };
    }

    private static Parser<char, T> Tok<T>(Parser<char, T> p) => p.Before(SkipWhitespaces);

    private static Parser<char, char> Sym(char c) => Tok(Char(c));

    private static Parser<char, Expr> BuildGrammar()
    {
        Parser<char, Expr>? sum = null;
        var sumRef = Rec(() => sum!);

        var digits = Token(char.IsAsciiDigit).AtLeastOnceString().Labelled("a digit");
        var number = Tok(Map(
            MakeNumber,
            digits,
            Char('.').Then(digits).Optional(),
            // Try: in "2exp(x)" the 'e' starts a name, and the error belongs at column 2.
            Try(Map(
                (at, sign, d) => (at, sign.HasValue && sign.Value == '-', d),
                CurrentOffset,
                CIChar('e').Then(OneOf('+', '-').Optional()),
                digits)).Optional()));

        var name = Tok(Map(
            (first, rest) => first + rest,
            Letter,
            OneOf(LetterOrDigit, Char('_')).ManyString())).Labelled("a name");

        var index = Tok(Map((start, d) => MakeIndex(start, d), CurrentOffset, digits))
            .Labelled("an index");
        var indices = Sym('[')
            .Then(index.SeparatedAtLeastOnce(Sym(',')))
            .Before(Sym(']').Labelled("',' or ']'"));
        var parenthesised = Sym('(')
            .Then(sumRef)
            .Before(Sym(')').Labelled("an operator or ')'"));

        var named = Map((start, n) => (start, n), CurrentOffset, name).Bind(t =>
            FnNames.TryParse(t.n, out var fn)
                ? parenthesised.Select(arg => (Expr)Expr.Apply(fn, arg))
                : OneOf(
                    indices.Select(ix => (Expr)Expr.Symbol(t.n, [.. ix])),
                    Lookahead(Char('(')).Select<Expr>(_ => throw UnknownFunction(t.start, t.n)),
                    Return<Expr>(new Sym(t.n))));

        var primary = OneOf(number, named, parenthesised);

        Parser<char, Located>? unary = null;
        var unaryRef = Rec(() => unary!);
        var exponent = Sym('^').Then(unaryRef);
        var power = Map(
            (b, e) => e.HasValue ? Expr.Power(b, ConstantExponent(e.Value)) : b,
            primary,
            exponent.Optional());
        var unaryBody = OneOf(
            Sym('-').Then(unaryRef).Select(u => Negate(u.Value)),
            power);
        // The look-ahead names the whole set of tokens that can start an operand at once.
        var located = Map(
            (start, e, end) => new Located(e, start, end),
            CurrentOffset,
            unaryBody,
            CurrentOffset);
        // Every level of nesting ("(", unary "-", "^") passes through here; stopping with a
        // ParseException beats a process-killing StackOverflowException on "((((...".
        var stackGuard = CurrentOffset.Select(at => RuntimeHelpers.TryEnsureSufficientExecutionStack()
            ? at
            : throw new Failure(at, at + 1, "an expression nested less deeply"));
        unary = Lookahead(Token(StartsOperand)).Labelled("an expression")
            .Then(stackGuard)
            .Then(located);

        var term = Map(
            (first, rest) => Multiply(first.Value, rest),
            unaryRef,
            Map((op, u) => (op, u), OneOf(Sym('*'), Sym('/')), unaryRef).Many());

        sum = Map(
            (first, rest) => Expr.Sum([first, .. rest.Select(SignedTerm)]),
            term,
            Map((op, e) => (op, e), OneOf(Sym('+'), Sym('-')), term).Many());

        return SkipWhitespaces.Then(sumRef).Before(End.Labelled("an operator or end of input"));
    }

    private static Expr SignedTerm((char op, Expr e) t) => t.op == '-' ? Negate(t.e) : t.e;

    private static bool StartsOperand(char c) =>
        char.IsAsciiDigit(c) || char.IsLetter(c) || c is '(' or '-';

    /// <summary>An operand with the offsets where its text starts and ends.</summary>
    private sealed record Located(Expr Value, int Start, int End);

    /// <summary>A grammatical error found while building a value, thrown out of the
    /// combinators and turned into a <see cref="ParseException"/> by <see cref="Parse"/>.</summary>
    private sealed class Failure(int offset, int end, string expected) : Exception(expected)
    {
        public int Offset { get; } = offset;
        public int End { get; } = end;
        public string Expected { get; } = expected;
    }

    private static Failure UnknownFunction(int start, string name) => new(
        start, start + name.Length,
        "a function name (" + string.Join(", ", FnNames.All) + ") before '('");

    private static Expr MakeNumber(
        string whole,
        Maybe<string> fraction,
        Maybe<(int at, bool negative, string digits)> exponent)
    {
        string decimals = fraction.HasValue ? fraction.Value : "";
        var mantissa = BigInteger.Parse(whole + decimals, CultureInfo.InvariantCulture);
        int scale = -decimals.Length;
        if (exponent.HasValue)
        {
            var (at, negative, digits) = exponent.Value;
            var magnitude = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
            if (magnitude > MaxDecimalExponent)
            {
                throw new Failure(
                    at, at + 1 + (negative ? 1 : 0) + digits.Length,
                    $"a decimal exponent between -{MaxDecimalExponent} and {MaxDecimalExponent}");
            }
            scale += negative ? -(int)magnitude : (int)magnitude;
        }
        var value = scale >= 0
            ? new Fraction(mantissa * BigInteger.Pow(10, scale))
            : new Fraction(mantissa, BigInteger.Pow(10, -scale));
        return new Num(value);
    }

    private static int MakeIndex(int start, string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? i
            : throw new Failure(start, start + digits.Length, $"an index at most {int.MaxValue}");

    /// <summary>−e in the shape the printer writes: constants and leading coefficients
    /// absorb the sign.</summary>
    private static Expr Negate(Expr e) => e switch
    {
        Num n => new Num(-n.Value),
        Mul { Factors: [Num c, ..] } m => new Mul(m.Factors.SetItem(0, new Num(-c.Value))),
        _ => Expr.Product([Expr.Constant(-1), e]),
    };

    private static Expr Multiply(Expr first, IEnumerable<(char op, Located u)> rest)
    {
        var acc = first;
        foreach (var (op, u) in rest)
        {
            if (op == '*')
            {
                acc = Expr.Product([acc, u.Value]);
                continue;
            }
            if (u.Value is Num { Value.IsZero: true })
                throw new Failure(u.Start, u.End, "a non-zero divisor");
            acc = Divide(acc, u.Value);
        }
        return acc;
    }

    private static Expr Divide(Expr acc, Expr divisor)
    {
        if (divisor is Num d)
        {
            // "3/2" is the constant 3/2, and "x*3/2" keeps it as one coefficient.
            if (acc is Num n) return new Num(n.Value / d.Value);
            if (acc is Mul { Factors: [.., Num last] } m)
            {
                var folded = new Num(last.Value / d.Value);
                return new Mul(m.Factors.SetItem(m.Factors.Length - 1, folded));
            }
        }
        var inverse = divisor is Pow p
            ? Expr.Power(p.Base, -p.Exponent)
            : new Pow(divisor, Fraction.MinusOne);
        return Expr.Product([acc, inverse]);
    }

    private static Fraction ConstantExponent(Located e)
    {
        if (Fold(e.Value, out bool tooLarge) is { } value) return value;
        string expected = tooLarge
            ? $"a rational constant exponent (integer powers inside it at most {MaxFoldedPower})"
            : "a rational constant exponent";
        throw new Failure(e.Start, e.End, expected);
    }

    /// <summary>The exact value of a constant built from numbers, sums, products and
    /// integer powers; null when the tree holds anything else.</summary>
    private static Fraction? Fold(Expr e, out bool tooLarge)
    {
        tooLarge = false;
        switch (e)
        {
            case Num n:
                return n.Value;
            case Add a:
            {
                var total = Fraction.Zero;
                foreach (var t in a.Terms)
                {
                    if (Fold(t, out tooLarge) is not { } v) return null;
                    total += v;
                }
                return total;
            }
            case Mul m:
            {
                var product = Fraction.One;
                foreach (var f in m.Factors)
                {
                    if (Fold(f, out tooLarge) is not { } v) return null;
                    product *= v;
                }
                return product;
            }
            case Pow p when p.Exponent.Denominator == 1:
            {
                if (Fold(p.Base, out tooLarge) is not { } b) return null;
                if (BigInteger.Abs(p.Exponent.Numerator) > MaxFoldedPower)
                {
                    tooLarge = true;
                    return null;
                }
                int k = (int)p.Exponent.Numerator;
                if (b.IsZero && k < 0) return null;
                var magnitude = Fraction.Pow(b, Math.Abs(k));
                return k < 0 ? magnitude.Reciprocal() : magnitude;
            }
            default:
                return null;
        }
    }
}
