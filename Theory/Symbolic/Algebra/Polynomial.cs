using System.Collections.Immutable;
using System.Numerics;
using Fractions;

namespace Verify.Theory.Symbolic.Algebra;

/// <summary>
/// A multivariate polynomial over Q in atoms. Invariant of construction: terms are sorted by
/// descending monomial order and no coefficient is zero, so equal polynomials are equal
/// term by term.
/// </summary>
internal sealed class Polynomial : IEquatable<Polynomial>
{
    private readonly ImmutableArray<(Monomial Monomial, Fraction Coefficient)> terms;

    // Beyond this many term products one multiplication takes tens of seconds.
    private const long MaxTermProducts = 4_000_000;

    private Polynomial(ImmutableArray<(Monomial, Fraction)> sortedTerms) => terms = sortedTerms;

    public static Polynomial Zero { get; } = new([]);
    public static Polynomial One { get; } = Constant(Fraction.One);

    public static Polynomial Constant(Fraction c) =>
        c.IsZero ? Zero : new([(Monomial.One, c)]);

    public static Polynomial Of(Atom a) => new([(Monomial.Of(a), Fraction.One)]);

    public static Polynomial Term(Monomial m, Fraction c) => c.IsZero ? Zero : new([(m, c)]);

    /// <summary>Collects terms (equal monomials added) into canonical order.</summary>
    public static Polynomial FromTerms(IEnumerable<(Monomial, Fraction)> terms)
    {
        var sum = new Dictionary<Monomial, Fraction>();
        foreach (var (m, c) in terms)
        {
            sum[m] = sum.TryGetValue(m, out var old) ? old + c : c;
        }
        var list = sum.Where(kv => !kv.Value.IsZero)
            .Select(kv => (kv.Key, kv.Value.Reduce()))
            .ToList();
        list.Sort((a, b) => b.Item1.CompareTo(a.Item1));
        return new([.. list]);
    }

    public ImmutableArray<(Monomial Monomial, Fraction Coefficient)> Terms => terms;
    public bool IsZero => terms.Length == 0;
    public bool IsConstant => terms.Length == 0 || (terms.Length == 1 && terms[0].Monomial.IsOne);
    public bool IsMonomial => terms.Length == 1;

    /// <summary>The constant value; only for <see cref="IsConstant"/> polynomials.</summary>
    public Fraction ConstantValue => terms.Length == 0 ? Fraction.Zero : terms[0].Coefficient;

    /// <summary>Leading coefficient in the monomial order (0 for the zero polynomial).</summary>
    public Fraction LeadingCoefficient => terms.Length == 0 ? Fraction.Zero : terms[0].Coefficient;

    public Monomial LeadingMonomial => terms.Length == 0 ? Monomial.One : terms[0].Monomial;

    public IEnumerable<Atom> Atoms => terms.SelectMany(t => t.Monomial.Factors.Select(f => f.Atom)).Distinct();

    public static Polynomial operator +(Polynomial a, Polynomial b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        WorkBudget.Charge(a.terms.Length + b.terms.Length);
        var list = ImmutableArray.CreateBuilder<(Monomial, Fraction)>(a.terms.Length + b.terms.Length);
        int i = 0, j = 0;
        while (i < a.terms.Length || j < b.terms.Length)
        {
            int c = i == a.terms.Length ? -1
                : j == b.terms.Length ? 1
                : a.terms[i].Monomial.CompareTo(b.terms[j].Monomial);
            if (c > 0) list.Add(a.terms[i++]);
            else if (c < 0) list.Add(b.terms[j++]);
            else
            {
                var s = a.terms[i].Coefficient + b.terms[j].Coefficient;
                if (!s.IsZero) list.Add((a.terms[i].Monomial, s.Reduce()));
                i++;
                j++;
            }
        }
        return new(list.ToImmutable());
    }

    public static Polynomial operator -(Polynomial a) => a.Scale(Fraction.MinusOne);
    public static Polynomial operator -(Polynomial a, Polynomial b) => a + (-b);

    public static Polynomial operator *(Polynomial a, Polynomial b)
    {
        if (a.IsZero || b.IsZero) return Zero;
        if (a.IsConstant) return b.Scale(a.ConstantValue);
        if (b.IsConstant) return a.Scale(b.ConstantValue);
        long work = (long)a.terms.Length * b.terms.Length;
        if (work > MaxTermProducts) throw Errors.ExpressionTooLarge(work);
        WorkBudget.Charge(work);
        var products = new List<(Monomial, Fraction)>(a.terms.Length * b.terms.Length);
        foreach (var (ma, ca) in a.terms)
        {
            foreach (var (mb, cb) in b.terms) products.Add((ma * mb, ca * cb));
        }
        return FromTerms(products);
    }

    public Polynomial Scale(Fraction c)
    {
        if (c.IsZero) return Zero;
        if (c == Fraction.One) return this;
        return new(terms.Select(t => (t.Monomial, (t.Coefficient * c).Reduce())).ToImmutableArray());
    }

    /// <summary>Multiplies every term by a monomial (order is preserved).</summary>
    public Polynomial Shift(Monomial m) =>
        m.IsOne ? this : new(terms.Select(t => (t.Monomial * m, t.Coefficient)).ToImmutableArray());

    /// <summary>Divides every term by a monomial that divides all of them.</summary>
    public Polynomial Unshift(Monomial m) =>
        m.IsOne ? this : new(terms.Select(t => (t.Monomial / m, t.Coefficient)).ToImmutableArray());

    public Polynomial Pow(int k)
    {
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k));
        var result = One;
        var b = this;
        while (k > 0)
        {
            if ((k & 1) == 1) result *= b;
            k >>= 1;
            if (k > 0) b *= b;
        }
        return result;
    }

    /// <summary>The monomial dividing every term, with each atom to its least exponent.</summary>
    public Monomial MonomialContent()
    {
        if (terms.Length == 0) return Monomial.One;
        var g = terms[0].Monomial;
        for (int i = 1; i < terms.Length && !g.IsOne; i++) g = Monomial.Gcd(g, terms[i].Monomial);
        return g;
    }

    /// <summary>
    /// The positive rational c with this = c·q and q having coprime integer coefficients:
    /// gcd of the numerators over the lcm of the denominators.
    /// </summary>
    public Fraction RationalContent()
    {
        if (terms.Length == 0) return Fraction.One;
        BigInteger num = BigInteger.Zero, den = BigInteger.One;
        foreach (var (_, c) in terms)
        {
            num = BigInteger.GreatestCommonDivisor(num, c.Numerator);
            den = den / BigInteger.GreatestCommonDivisor(den, c.Denominator) * c.Denominator;
        }
        return new Fraction(num, den);
    }

    /// <summary>Highest power of <paramref name="x"/> (0 when absent).</summary>
    public int DegreeIn(Atom x)
    {
        int d = 0;
        foreach (var (m, _) in terms) d = Math.Max(d, m.ExponentOf(x));
        return d;
    }

    public bool Contains(Atom x) => terms.Any(t => t.Monomial.ExponentOf(x) > 0);

    /// <summary>This polynomial as Σ_k c_k x^k with coefficients free of x; index k holds c_k.</summary>
    public Polynomial[] CoefficientsIn(Atom x)
    {
        var buckets = new List<(Monomial, Fraction)>[DegreeIn(x) + 1];
        for (int k = 0; k < buckets.Length; k++) buckets[k] = [];
        foreach (var (m, c) in terms)
        {
            int k = m.ExponentOf(x);
            buckets[k].Add((m.Without(x), c));
        }
        return buckets.Select(b => SortedPolynomial(b)).ToArray();
    }

    // Removing one atom from every term of a sorted list can reorder it, so sort again.
    private static Polynomial SortedPolynomial(List<(Monomial, Fraction)> terms)
    {
        terms.Sort((a, b) => b.Item1.CompareTo(a.Item1));
        return new([.. terms]);
    }

    public bool Equals(Polynomial? other) =>
        other is not null && (ReferenceEquals(this, other) || terms.SequenceEqual(other.terms));

    public override bool Equals(object? obj) => obj is Polynomial p && Equals(p);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var t in terms) h.Add(t);
        return h.ToHashCode();
    }

    public override string ToString() =>
        IsZero ? "0" : string.Join(" + ", terms.Select(t => $"{t.Coefficient}*{t.Monomial}"));
}
