using Verify.Theory.Claims;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// A claim checked in stages, e.g. the exact symbolic stage of Theorem 1 and a numeric stage
/// on trained fixed points (issue 5). Every stage runs, in order, so that a control shows
/// both its exact counterexample and the flow leaving the set. The verdict:
/// <list type="bullet">
/// <item>no stage refutes: the strongest verdict wins (proved over supported over
///   undecided);</item>
/// <item>some stage refutes and no stage proves or supports: refuted, with the first
///   refutation's evidence;</item>
/// <item>one stage refutes while another proves or supports: the stages disagree, which
///   means a checker is wrong; the claim is undecided (so it fails whatever its expected
///   verdict) and the summary starts with "STAGES DISAGREE".</item>
/// </list>
/// The evidence of every stage that ran is kept in the summary, the deciding stage's first;
/// a numeric residual and tolerance fill the deciding evidence's empty fields.
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
        var judgements = Stages.Select(s => s.Check(context)).ToList();
        if (judgements.Count == 1) return judgements[0];
        var refutation = judgements.FirstOrDefault(j => j.Verdict == Verdict.Refuted);
        var best = refutation ?? judgements.OrderBy(j => Rank(j.Verdict)).First();
        var others = judgements.Where(j => !ReferenceEquals(j, best))
            .Select(j => $"{VerdictNames.Name(j.Verdict)}: {j.Evidence.Summary}");
        var summary = string.Join(" | ", [best.Evidence.Summary, .. others]);
        var numeric = judgements.FirstOrDefault(j => j.Evidence.MaxResidual is not null)?.Evidence;
        var evidence = best.Evidence with
        {
            Summary = summary,
            MaxResidual = best.Evidence.MaxResidual ?? numeric?.MaxResidual,
            Tolerance = best.Evidence.Tolerance ?? numeric?.Tolerance,
        };
        bool agreeing = judgements.Any(j => j.Verdict is Verdict.Proved or Verdict.Supported);
        if (refutation is not null && agreeing)
        {
            return new Judgement(Verdict.Undecided, evidence with
            {
                Summary = $"STAGES DISAGREE (a checker is wrong): refuted: {summary}",
            });
        }
        return best with { Evidence = evidence };
    }

    private static int Rank(Verdict v) => v switch
    {
        Verdict.Proved => 0,
        Verdict.Supported => 1,
        _ => 2,
    };
}
