using System.Collections.Immutable;

namespace Verify.Theory.Symbolic.Algebra;

/// <summary>
/// A product of atoms to positive integer powers, atoms in increasing order. The empty
/// monomial is 1. Ordered graded-lexicographically: higher total degree first, then the
/// larger exponent of the earliest atom first (so x^2 &gt; x·y &gt; y^2 &gt; x &gt; 1).
/// </summary>
internal sealed class Monomial : IEquatable<Monomial>, IComparable<Monomial>
{
    private readonly ImmutableArray<(Atom Atom, int Exponent)> factors;
    private readonly int hash;

    private Monomial(ImmutableArray<(Atom, int)> factors)
    {
        this.factors = factors;
        var h = new HashCode();
        foreach (var (a, e) in factors)
        {
            h.Add(a);
            h.Add(e);
            Degree += e;
        }
        hash = h.ToHashCode();
    }

    public static Monomial One { get; } = new([]);

    public static Monomial Of(Atom a, int exponent = 1) =>
        exponent == 0 ? One : new([(a, exponent)]);

    public ImmutableArray<(Atom Atom, int Exponent)> Factors => factors;
    public int Degree { get; }
    public bool IsOne => factors.Length == 0;

    public int ExponentOf(Atom a)
    {
        foreach (var (b, e) in factors)
        {
            if (b.Equals(a)) return e;
        }
        return 0;
    }

    public static Monomial operator *(Monomial x, Monomial y)
    {
        if (x.IsOne) return y;
        if (y.IsOne) return x;
        return Merge(x, y, (a, b) => a + b);
    }

    /// <summary>x / y; y must divide x.</summary>
    public static Monomial operator /(Monomial x, Monomial y)
    {
        if (y.IsOne) return x;
        var r = Merge(x, y, (a, b) => a - b);
        foreach (var (_, e) in r.factors)
        {
            if (e < 0) throw new InvalidOperationException($"{y} does not divide {x}");
        }
        return r;
    }

    public bool Divides(Monomial x)
    {
        foreach (var (a, e) in factors)
        {
            if (x.ExponentOf(a) < e) return false;
        }
        return true;
    }

    /// <summary>The greatest common divisor: each atom to its smaller exponent.</summary>
    public static Monomial Gcd(Monomial x, Monomial y)
    {
        var b = ImmutableArray.CreateBuilder<(Atom, int)>();
        foreach (var (a, e) in x.factors)
        {
            int f = y.ExponentOf(a);
            if (f > 0) b.Add((a, Math.Min(e, f)));
        }
        return b.Count == 0 ? One : new(b.ToImmutable());
    }

    /// <summary>This monomial with atom <paramref name="a"/> removed.</summary>
    public Monomial Without(Atom a)
    {
        int i = IndexOf(a);
        return i < 0 ? this : factors.Length == 1 ? One : new(factors.RemoveAt(i));
    }

    /// <summary>The atoms for which <paramref name="keep"/> holds.</summary>
    public Monomial Where(Func<Atom, bool> keep)
    {
        var b = factors.Where(f => keep(f.Atom)).ToImmutableArray();
        return b.Length == factors.Length ? this : b.Length == 0 ? One : new(b);
    }

    private int IndexOf(Atom a)
    {
        for (int i = 0; i < factors.Length; i++)
        {
            if (factors[i].Atom.Equals(a)) return i;
        }
        return -1;
    }

    private static Monomial Merge(Monomial x, Monomial y, Func<int, int, int> combine)
    {
        var b = ImmutableArray.CreateBuilder<(Atom, int)>(x.factors.Length + y.factors.Length);
        int i = 0, j = 0;
        while (i < x.factors.Length || j < y.factors.Length)
        {
            int c = i == x.factors.Length ? 1
                : j == y.factors.Length ? -1
                : x.factors[i].Atom.CompareTo(y.factors[j].Atom);
            if (c < 0) b.Add(x.factors[i++]);
            else if (c > 0) b.Add((y.factors[j].Atom, combine(0, y.factors[j++].Exponent)));
            else
            {
                int e = combine(x.factors[i].Exponent, y.factors[j].Exponent);
                if (e != 0) b.Add((x.factors[i].Atom, e));
                i++;
                j++;
            }
        }
        return b.Count == 0 ? One : new(b.ToImmutable());
    }

    public int CompareTo(Monomial? other)
    {
        if (other is null) return 1;
        if (Degree != other.Degree) return Degree.CompareTo(other.Degree);
        int n = Math.Min(factors.Length, other.factors.Length);
        for (int k = 0; k < n; k++)
        {
            int c = factors[k].Atom.CompareTo(other.factors[k].Atom);
            // The monomial holding the earlier atom is the larger one.
            if (c != 0) return -c;
            if (factors[k].Exponent != other.factors[k].Exponent)
                return factors[k].Exponent.CompareTo(other.factors[k].Exponent);
        }
        return factors.Length.CompareTo(other.factors.Length);
    }

    public bool Equals(Monomial? other) =>
        other is not null && hash == other.hash && factors.SequenceEqual(other.factors);

    public override bool Equals(object? obj) => obj is Monomial m && Equals(m);
    public override int GetHashCode() => hash;

    public override string ToString() =>
        IsOne
            ? "1"
            : string.Join("*", factors.Select(f => f.Exponent == 1 ? f.Atom.Key : $"{f.Atom.Key}^{f.Exponent}"));
}
