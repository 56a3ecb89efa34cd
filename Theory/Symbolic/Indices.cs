using System.Collections;
using System.Collections.Immutable;

namespace Verify.Theory.Symbolic;

/// <summary>The integer indices of a variable, compared by value.</summary>
public readonly struct Indices : IEquatable<Indices>, IComparable<Indices>, IReadOnlyList<int>
{
    private readonly ImmutableArray<int> items;

    public Indices(IEnumerable<int> items) => this.items = [.. items];

    public static Indices None => new([]);

    public int Count => items.IsDefault ? 0 : items.Length;
    public int this[int i] => items[i];

    public bool Equals(Indices other) => this.SequenceEqual(other);
    public override bool Equals(object? obj) => obj is Indices o && Equals(o);
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var i in this) h.Add(i);
        return h.ToHashCode();
    }

    /// <summary>Lexicographic, shorter first on a common prefix.</summary>
    public int CompareTo(Indices other)
    {
        for (int k = 0; k < Math.Min(Count, other.Count); k++)
        {
            int c = this[k].CompareTo(other[k]);
            if (c != 0) return c;
        }
        return Count.CompareTo(other.Count);
    }

    public IEnumerator<int> GetEnumerator() =>
        ((IEnumerable<int>)(items.IsDefault ? ImmutableArray<int>.Empty : items)).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static bool operator ==(Indices a, Indices b) => a.Equals(b);
    public static bool operator !=(Indices a, Indices b) => !a.Equals(b);
    public override string ToString() => string.Join(",", this);
}
