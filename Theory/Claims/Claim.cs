namespace Verify.Theory.Claims;

/// <summary>
/// One claim of the catalogue (<c>theorems.md</c>) as data: a stable ID, the statement in
/// our words, its hypotheses, how it is checked and the verdict it should receive. A
/// negative control (ID prefixed <c>X-</c>) is a false statement expected to be
/// <see cref="Verdict.Refuted"/>; a checker that accepts it is broken.
/// </summary>
/// <param name="Id">Stable identifier, e.g. <c>T3.i[relu-fc]</c> (PAPER.md, Theorem 3(i)).</param>
/// <param name="Statement">What is claimed, in one sentence.</param>
/// <param name="Hypotheses">Unit, width, data and any other assumption.</param>
/// <param name="Method">How the claim is checked.</param>
/// <param name="ExpectedVerdict">The verdict a correct checker reaches.</param>
public sealed record Claim(
    string Id,
    string Statement,
    string Hypotheses,
    CheckMethod Method,
    Verdict ExpectedVerdict)
{
    /// <summary>True for a negative control, a claim known to be false.</summary>
    public bool IsControl => Id.StartsWith("X-", StringComparison.Ordinal);
}
