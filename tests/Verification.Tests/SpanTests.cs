using Fractions;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

public sealed class SpanTests
{
    private static IReadOnlyList<Fraction> V(params int[] xs) =>
        [.. xs.Select(x => new Fraction(x))];

    [Fact]
    public void ExactCombinationIsInTheSpan()
    {
        // (3, 5, 1) = 1·(1, 2, 0) + 1·(2, 3, 1)
        Assert.Equal(Fraction.Zero, Span.OffSpanExact(V(3, 5, 1), [V(1, 2, 0), V(2, 3, 1)]));
    }

    [Fact]
    public void VectorOffTheSpanHasAPositiveRemainder()
    {
        Assert.True(Span.OffSpanExact(V(0, 0, 1), [V(1, 2, 0), V(2, 4, 0)]).IsPositive);
    }

    [Fact]
    public void DoubleRemainderIsTheOrthogonalPart()
    {
        // (1, 1) off span{(1, 0)}: orthogonal part 1, relative to max(1, √2).
        double off = Span.OffSpanRelative([1.0, 1.0], [[1.0, 0.0]]);

        Assert.Equal(1 / Math.Sqrt(2), off, 12);
    }
}
