using Verify.Theory.Claims;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// A claim checked in stages, e.g. the exact symbolic stage of Theorem 1 now and a numeric
/// stage on trained fixed points later (issue 5). Stages run in order; a refutation ends
/// the check at once. Otherwise the strongest verdict wins (proved over supported over
/// undecided), and the evidence of every stage that ran is kept in the summary, the
/// winning stage's evidence first.
/// </summary>
internal sealed class StagedChecker(IReadOnlyList<IClaimChecker> stages) : IClaimChecker
{
    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IClaimChecker> Stages { get; } = stages.Count > 0
        ? stages
        : throw new ArgumentException("a staged checker needs at least one stage", nameof(stages));

    /// <summary>A checker of one stage, to which later stages can be added.</summary>
    public static StagedChecker Of(params IClaimChecker[] stages) => new(stages);

    /// <summary>This checker with <paramref name="stage"/> run after the existing ones.</summary>
    public StagedChecker Then(IClaimChecker stage) => new([.. Stages, stage]);

    /// <inheritdoc/>
    public Judgement Check(CheckContext context)
    {
        var judgements = new List<Judgement>();
        foreach (var stage in Stages)
        {
            var j = stage.Check(context);
            if (j.Verdict == Verdict.Refuted) return j;
            judgements.Add(j);
        }
        if (judgements.Count == 1) return judgements[0];
        var best = judgements.OrderBy(j => Rank(j.Verdict)).First();
        var others = judgements.Where(j => !ReferenceEquals(j, best))
            .Select(j => $"{VerdictNames.Name(j.Verdict)}: {j.Evidence.Summary}");
        var summary = string.Join(" | ", [best.Evidence.Summary, .. others]);
        return best with { Evidence = best.Evidence with { Summary = summary } };
    }

    private static int Rank(Verdict v) => v switch
    {
        Verdict.Proved => 0,
        Verdict.Supported => 1,
        _ => 2,
    };
}
