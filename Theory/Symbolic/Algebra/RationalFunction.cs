using Fractions;

namespace Verify.Theory.Symbolic.Algebra;

/// <summary>
/// N/D in lowest terms: gcd(N, D) = 1 and D has leading coefficient 1 (and D = 1 when
/// N = 0). This representation is unique, so two rational functions are equal as functions
/// of their atoms iff their numerators and denominators are equal.
/// </summary>
internal sealed class RationalFunction : IEquatable<RationalFunction>
{
    private RationalFunction(Polynomial numerator, Polynomial denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    public Polynomial Numerator { get; }
    public Polynomial Denominator { get; }

    public static RationalFunction Zero { get; } = new(Polynomial.Zero, Polynomial.One);
    public static RationalFunction One { get; } = new(Polynomial.One, Polynomial.One);

    public static RationalFunction Constant(Fraction c) => new(Polynomial.Constant(c), Polynomial.One);
    public static RationalFunction Of(Polynomial p) => new(p, Polynomial.One);
    public static RationalFunction Of(Atom a) => new(Polynomial.Of(a), Polynomial.One);

    public bool IsZero => Numerator.IsZero;
    public bool IsPolynomial => Denominator.IsConstant;
    public bool IsConstant => Numerator.IsConstant && Denominator.IsConstant;
    public Fraction ConstantValue => Numerator.ConstantValue;

    /// <summary>n/d reduced to lowest terms with a monic denominator.</summary>
    public static RationalFunction Create(Polynomial n, Polynomial d)
    {
        if (d.IsZero) throw new DivideByZeroException();
        if (n.IsZero) return Zero;
        if (d.IsConstant) return new(n.Scale(Fraction.One / d.ConstantValue), Polynomial.One);
        var g = PolynomialAlgebra.Gcd(n, d);
        if (!g.IsConstant)
        {
            n = PolynomialAlgebra.Divide(n, g);
            d = PolynomialAlgebra.Divide(d, g);
        }
        var lc = d.LeadingCoefficient;
        return new(n.Scale(Fraction.One / lc), d.Scale(Fraction.One / lc));
    }

    // Henrici's addition: with g = gcd(d1, d2), n1/d1 + n2/d2 = N/(d1·d2/g) where
    // N = n1·(d2/g) + n2·(d1/g), and the only common factor left is gcd(N, g). This keeps
    // every gcd as small as the denominators' common part (Knuth, TAOCP vol. 2, §4.5.1).
    public static RationalFunction operator +(RationalFunction a, RationalFunction b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        if (a.Denominator.Equals(b.Denominator))
            return Create(a.Numerator + b.Numerator, a.Denominator);
        var g = PolynomialAlgebra.Gcd(a.Denominator, b.Denominator);
        if (g.IsConstant)
        {
            return Normalised(a.Numerator * b.Denominator + b.Numerator * a.Denominator,
                a.Denominator * b.Denominator);
        }
        var da = PolynomialAlgebra.Divide(a.Denominator, g);
        var db = PolynomialAlgebra.Divide(b.Denominator, g);
        var n = a.Numerator * db + b.Numerator * da;
        if (n.IsZero) return Zero;
        var d = da * b.Denominator;
        var h = PolynomialAlgebra.Gcd(n, g);
        if (!h.IsConstant)
        {
            n = PolynomialAlgebra.Divide(n, h);
            d = PolynomialAlgebra.Divide(d, h);
        }
        return Normalised(n, d);
    }

    public static RationalFunction operator -(RationalFunction a) =>
        new(-a.Numerator, a.Denominator);

    public static RationalFunction operator -(RationalFunction a, RationalFunction b) => a + (-b);

    // Henrici's multiplication: cancel n1 against d2 and n2 against d1 before multiplying;
    // the product of the reduced parts is in lowest terms.
    public static RationalFunction operator *(RationalFunction a, RationalFunction b)
    {
        if (a.IsZero || b.IsZero) return Zero;
        if (a.IsPolynomial && b.IsPolynomial) return new(a.Numerator * b.Numerator, Polynomial.One);
        var (n1, d2) = Cancel(a.Numerator, b.Denominator);
        var (n2, d1) = Cancel(b.Numerator, a.Denominator);
        return Normalised(n1 * n2, d1 * d2);
    }

    private static (Polynomial, Polynomial) Cancel(Polynomial n, Polynomial d)
    {
        if (d.IsConstant || n.IsConstant) return (n, d);
        var g = PolynomialAlgebra.Gcd(n, d);
        return g.IsConstant ? (n, d) : (PolynomialAlgebra.Divide(n, g), PolynomialAlgebra.Divide(d, g));
    }

    /// <summary>n/d already in lowest terms, scaled so that d is monic.</summary>
    private static RationalFunction Normalised(Polynomial n, Polynomial d)
    {
        if (n.IsZero) return Zero;
        var lc = d.LeadingCoefficient;
        return lc == Fraction.One ? new(n, d) : new(n.Scale(Fraction.One / lc), d.Scale(Fraction.One / lc));
    }

    public RationalFunction Reciprocal()
    {
        if (IsZero) throw new DivideByZeroException();
        return Create(Denominator, Numerator);
    }

    public static RationalFunction operator /(RationalFunction a, RationalFunction b) =>
        a * b.Reciprocal();

    public RationalFunction Scale(Fraction c) =>
        c.IsZero ? Zero : new(Numerator.Scale(c), Denominator);

    public RationalFunction Pow(int k) =>
        k >= 0
            ? new(Numerator.Pow(k), Denominator.Pow(k))
            : Reciprocal().Pow(-k);

    /// <summary>Every atom that occurs, at the top level (not inside call arguments).</summary>
    public IEnumerable<Atom> Atoms => Numerator.Atoms.Concat(Denominator.Atoms).Distinct();

    /// <summary>The expression tree of the canonical form: terms in monomial order, then /D.</summary>
    public Expr ToExpr()
    {
        var n = ToExpr(Numerator);
        if (Denominator.IsConstant) return n;
        if (Denominator.IsMonomial)
        {
            // A monomial divisor prints as a chain "/x/y^2" of its atoms.
            var factors = new List<Expr> { n };
            foreach (var (a, e) in Denominator.LeadingMonomial.Factors) factors.Add(AtomPower(a, -e));
            return Expr.Product(factors);
        }
        return Expr.Product([n, new Pow(ToExpr(Denominator), Fraction.MinusOne)]);
    }

    private static Expr ToExpr(Polynomial p)
    {
        if (p.IsZero) return Expr.Zero;
        return Expr.Sum(p.Terms.Select(t => TermToExpr(t.Monomial, t.Coefficient)));
    }

    private static Expr TermToExpr(Monomial m, Fraction c)
    {
        if (m.IsOne) return new Num(c);
        var factors = new List<Expr>();
        if (c != Fraction.One) factors.Add(new Num(c));
        foreach (var (a, e) in m.Factors) factors.Add(AtomPower(a, e));
        return Expr.Product(factors);
    }

    private static Expr AtomPower(Atom a, int e)
    {
        if (a.IsRoot)
        {
            return new Pow(a.Argument!.ToExpr(), new Fraction(e, a.RootDegree));
        }
        return e == 1 ? a.Expr : new Pow(a.Expr, new Fraction(e));
    }

    public bool Equals(RationalFunction? other) =>
        other is not null && Numerator.Equals(other.Numerator) && Denominator.Equals(other.Denominator);

    public override bool Equals(object? obj) => obj is RationalFunction r && Equals(r);
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);
    public override string ToString() => ToExpr().ToString();
}
