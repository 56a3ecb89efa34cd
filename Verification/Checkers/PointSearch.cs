using Fractions;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Checkers;

/// <summary>
/// Searches rational points for a counterexample and shrinks the one found (as FsCheck
/// shrinks): every coordinate is replaced, one at a time, by the first value of
/// <see cref="Simple"/> that comes before its own and keeps the point a counterexample,
/// until no coordinate changes. The first point tried sets every coordinate to 1, then
/// points are drawn from the seed, so a run replays exactly from the printed seed.
/// </summary>
internal static class PointSearch
{
    /// <summary>Values from simplest to least simple; shrinking moves left only.</summary>
    private static readonly Fraction[] Simple =
    [
        0, 1, -1, new(1, 2), new(-1, 2), 2, -2, new(3, 2), new(-3, 2), 3, -3,
    ];

    private const int MaxShrinkPasses = 8;

    /// <summary>
    /// The first point of <paramref name="attempts"/> at which <paramref name="test"/>
    /// returns a finding, shrunk; null when none. Symbols in <paramref name="positive"/>
    /// only take positive values.
    /// </summary>
    public static (Dictionary<Sym, Fraction> Point, T Finding, int Shrinks)? Find<T>(
        IReadOnlyList<Sym> symbols, IReadOnlySet<Sym> positive,
        Func<IReadOnlyDictionary<Sym, Fraction>, T?> test, int seed, int attempts)
        where T : class
    {
        var random = new Random(seed);
        for (int k = 0; k < attempts; k++)
        {
            var point = symbols.ToDictionary(
                s => s, s => k == 0 ? Fraction.One : Draw(random, positive.Contains(s)));
            if (Safe(test, point) is not { } found) continue;
            int shrinks = 0;
            for (int pass = 0; pass < MaxShrinkPasses; pass++)
            {
                bool changed = false;
                foreach (var s in symbols)
                {
                    int rank = Rank(point[s]);
                    for (int j = 0; j < rank; j++)
                    {
                        var candidate = Simple[j];
                        if (positive.Contains(s) && !candidate.IsPositive) continue;
                        var old = point[s];
                        point[s] = candidate;
                        if (Safe(test, point) is { } smaller)
                        {
                            found = smaller;
                            shrinks++;
                            changed = true;
                            break;
                        }
                        point[s] = old;
                    }
                }
                if (!changed) break;
            }
            return (point, found, shrinks);
        }
        return null;
    }

    /// <summary>"a = 1, b = -1/2" in the order of <paramref name="symbols"/>.</summary>
    public static string Describe(IReadOnlyDictionary<Sym, Fraction> point,
        IEnumerable<Sym>? symbols = null) =>
        string.Join(", ", (symbols ?? point.Keys).Where(point.ContainsKey)
            .Select(s => $"{s.Key} = {point[s]}"));

    private static int Rank(Fraction f)
    {
        int i = Array.IndexOf(Simple, f);
        return i < 0 ? Simple.Length : i;
    }

    // Halves in [-3, 3]; zero included, since kinks are part of the domain.
    private static Fraction Draw(Random random, bool positive) => positive
        ? new Fraction(random.Next(1, 7), 2)
        : new Fraction(random.Next(-6, 7), 2);

    // A test that fails to evaluate (a division by zero at this point) finds nothing here.
    private static T? Safe<T>(Func<IReadOnlyDictionary<Sym, Fraction>, T?> test,
        Dictionary<Sym, Fraction> point) where T : class
    {
        try
        {
            return test(point);
        }
        catch (Theory.VerifyException)
        {
            return null;
        }
    }
}
