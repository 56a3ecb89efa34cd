using Fractions;

namespace Verify.Theory.Symbolic.Algebra;

/// <summary>
/// Exact division and greatest common divisors of multivariate polynomials over Q, by
/// recursion on the variables: a polynomial is seen as univariate in one atom with
/// coefficients in the remaining ones, and the gcd is the gcd of contents times the
/// primitive pseudo-remainder sequence (Knuth, TAOCP vol. 2, §4.6.1, Algorithm E).
/// </summary>
internal static class PolynomialAlgebra
{
    /// <summary>a / b, which must be exact.</summary>
    public static Polynomial Divide(Polynomial a, Polynomial b)
    {
        if (TryDivide(a, b, out var q)) return q;
        throw new InvalidOperationException($"({b}) does not divide ({a})");
    }

    /// <summary>The quotient when b divides a exactly in Q[atoms].</summary>
    public static bool TryDivide(Polynomial a, Polynomial b, out Polynomial quotient)
    {
        if (b.IsZero) throw new DivideByZeroException();
        quotient = Polynomial.Zero;
        if (a.IsZero) return true;
        if (b.IsConstant)
        {
            quotient = a.Scale(Fraction.One / b.ConstantValue);
            return true;
        }
        if (b.IsMonomial)
        {
            var (m, c) = b.Terms[0];
            if (!a.Terms.All(t => m.Divides(t.Monomial))) return false;
            quotient = a.Unshift(m).Scale(Fraction.One / c);
            return true;
        }
        // Multivariate long division by leading terms: exact iff the remainder is zero.
        var lm = b.LeadingMonomial;
        var lc = b.LeadingCoefficient;
        var r = a;
        var q = new List<(Monomial, Fraction)>();
        while (!r.IsZero)
        {
            var (rm, rc) = r.Terms[0];
            if (!lm.Divides(rm)) return false;
            var t = Polynomial.Term(rm / lm, rc / lc);
            q.Add((rm / lm, (rc / lc).Reduce()));
            r -= t * b;
        }
        quotient = Polynomial.FromTerms(q);
        return true;
    }

    /// <summary>The monic gcd (leading coefficient 1); gcd(0, 0) = 0.</summary>
    public static Polynomial Gcd(Polynomial a, Polynomial b)
    {
        if (a.IsZero) return Monic(b);
        if (b.IsZero) return Monic(a);
        if (a.IsConstant || b.IsConstant) return Polynomial.One;
        if (a.Equals(b)) return Monic(a);
        if (a.IsMonomial || b.IsMonomial)
        {
            // A monomial's divisors are monomials: gcd = the monomial content of both.
            return Polynomial.Term(Monomial.Gcd(a.MonomialContent(), b.MonomialContent()), Fraction.One);
        }
        // gcd(m·a′, m′·b′) = gcd(m, m′)·gcd(a′, b′) when a′, b′ have no monomial factor.
        var ma = a.MonomialContent();
        var mb = b.MonomialContent();
        if (!ma.IsOne || !mb.IsOne)
        {
            var inner = Gcd(a.Unshift(ma), b.Unshift(mb));
            return inner.Shift(Monomial.Gcd(ma, mb));
        }
        // A divisor of the other is the gcd; trial division is far cheaper than a PRS.
        if (b.Terms.Length <= a.Terms.Length && TryDivide(a, b, out _)) return Monic(b);
        if (a.Terms.Length <= b.Terms.Length && TryDivide(b, a, out _)) return Monic(a);

        var inA = a.Atoms.ToHashSet();
        var inB = b.Atoms.ToHashSet();
        if (inA.FirstOrDefault(t => !inB.Contains(t)) is { } onlyA) return Gcd(Content(a, onlyA), b);
        if (inB.FirstOrDefault(t => !inA.Contains(t)) is { } onlyB) return Gcd(a, Content(b, onlyB));
        // The main variable of the least degree gives the shortest remainder sequence.
        var x = inA.OrderBy(t => Math.Max(a.DegreeIn(t), b.DegreeIn(t))).ThenBy(t => t).First();
        var ca = Content(a, x);
        var cb = Content(b, x);
        var content = Gcd(ca, cb);
        var pa = Divide(a, ca);
        var pb = Divide(b, cb);
        if (pa.DegreeIn(x) < pb.DegreeIn(x)) (pa, pb) = (pb, pa);
        while (!pb.IsZero && pb.DegreeIn(x) > 0)
        {
            var r = PseudoRemainder(pa, pb, x);
            pa = pb;
            pb = r.IsZero ? r : PrimitivePart(r, x);
        }
        // A non-zero remainder of degree 0 in x means the primitive parts are coprime.
        var g = pb.IsZero ? PrimitivePart(pa, x) : Polynomial.One;
        return Monic(content * g);
    }

    /// <summary>gcd of the coefficients of <paramref name="p"/> seen as a polynomial in x.</summary>
    public static Polynomial Content(Polynomial p, Atom x)
    {
        var g = Polynomial.Zero;
        foreach (var c in p.CoefficientsIn(x))
        {
            if (c.IsZero) continue;
            g = Gcd(g, c);
            if (g.IsConstant) return Polynomial.One;
        }
        return g;
    }

    /// <summary>p over its content in x, with coprime integer coefficients.</summary>
    public static Polynomial PrimitivePart(Polynomial p, Atom x)
    {
        var q = Divide(p, Content(p, x));
        return q.Scale(Fraction.One / q.RationalContent());
    }

    /// <summary>
    /// prem(a, b) in x: lc(b)^(deg a − deg b + 1)·a = q·b + r with deg r &lt; deg b.
    /// </summary>
    public static Polynomial PseudoRemainder(Polynomial a, Polynomial b, Atom x)
    {
        int db = b.DegreeIn(x);
        var bc = b.CoefficientsIn(x);
        var lc = bc[db];
        var r = a;
        int dr;
        while (!r.IsZero && (dr = r.DegreeIn(x)) >= db)
        {
            var lr = r.CoefficientsIn(x)[dr];
            var shift = Polynomial.Term(Monomial.Of(x, dr - db), Fraction.One);
            r = lc * r - lr * shift * b;
        }
        return r;
    }

    /// <summary>p scaled so that its leading coefficient is 1.</summary>
    public static Polynomial Monic(Polynomial p) =>
        p.IsZero ? p : p.Scale(Fraction.One / p.LeadingCoefficient);
}
