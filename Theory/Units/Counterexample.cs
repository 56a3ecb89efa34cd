using Fractions;
using Verify.Theory.Symbolic;

namespace Verify.Theory.Units;

/// <summary>A point where the two sides of a supposed identity differ.</summary>
/// <param name="Point">The value of every symbol.</param>
/// <param name="Left">The left side's value there.</param>
/// <param name="Right">The right side's value there.</param>
/// <param name="Exact">True when both sides were evaluated exactly over the rationals;
/// false when in double precision, with a relative gap above the tolerance.</param>
internal sealed record Counterexample(
    IReadOnlyList<(Sym Symbol, Fraction Value)> Point, string Left, string Right, bool Exact)
{
    /// <summary>"x[1] = 1/2, u[1] = -1: 3/4 ≠ 1/4 (exact)".</summary>
    public override string ToString() =>
        $"{string.Join(", ", Point.Select(p => $"{p.Symbol.Key} = {p.Value}"))}: " +
        $"{Left} ≠ {Right} ({(Exact ? "exact" : "double precision")})";
}
