using Verify.Theory.Claims;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// A claim that is the conjunction of several checks (Corollary 2: every construction of
/// Theorem 1 applied to the middle layer): proved when every part is proved, refuted when
/// one part is refuted (its evidence is returned), undecided otherwise.
/// </summary>
internal sealed class ConjunctionChecker(IReadOnlyList<(string Name, IClaimChecker Checker)> parts)
    : IClaimChecker
{
    /// <inheritdoc/>
    public Judgement Check(CheckContext context)
    {
        var results = parts.Select(p => (p.Name, J: p.Checker.Check(context))).ToList();
        if (results.FirstOrDefault(r => r.J.Verdict == Verdict.Refuted) is { J: not null } bad)
            return bad.J with { Evidence = bad.J.Evidence with { Summary = $"{bad.Name}: " +
                $"{bad.J.Evidence.Summary}" } };
        var summary = string.Join(" | ", results.Select(r => $"{r.Name}: {r.J.Evidence.Summary}"));
        if (results.All(r => r.J.Verdict == Verdict.Proved))
        {
            return new Judgement(Verdict.Proved, Evidence.Identity(summary,
                results.Sum(r => r.J.Evidence.Instances ?? 0)) with { Summary = summary });
        }
        return new Judgement(Verdict.Undecided, Evidence.Inconclusive(summary, context.Seed));
    }
}
