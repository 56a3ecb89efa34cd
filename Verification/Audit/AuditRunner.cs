using System.Diagnostics;
using Verify.Theory;
using Verify.Theory.Claims;

namespace Verify.Verification.Audit;

/// <summary>Runs checkers one after another and times each.</summary>
internal static class AuditRunner
{
    /// <summary>
    /// Checks every claim of <paramref name="claims"/>. A checker that throws does not stop
    /// the audit: its claim is recorded as undecided with the failure as the reason.
    /// <paramref name="starting"/> is told of each claim before its check begins.
    /// </summary>
    public static IReadOnlyList<ClaimResult> Run(
        IReadOnlyList<RegisteredClaim> claims, CheckContext context,
        Action<int, Claim>? starting = null)
    {
        var results = new List<ClaimResult>();
        for (int i = 0; i < claims.Count; i++)
        {
            var (claim, checker) = (claims[i].Claim, claims[i].Checker);
            starting?.Invoke(i, claim);
            var clock = Stopwatch.StartNew();
            var judgement = CheckSafely(checker, context);
            results.Add(new ClaimResult(
                claim, judgement.Verdict, judgement.Evidence, clock.Elapsed.TotalSeconds));
        }
        return results;
    }

    private static Judgement CheckSafely(IClaimChecker checker, CheckContext context)
    {
        try
        {
            return checker.Check(context);
        }
        catch (VerifyException e)
        {
            return Failed($"the check stopped: {e.Message}", context);
        }
        // An audit must report every claim, so a checker's own bug becomes its claim's
        // reason instead of ending the run.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed($"the checker failed: {e.GetType().Name}: {e.Message}", context);
        }
    }

    private static Judgement Failed(string reason, CheckContext context) =>
        new(Verdict.Undecided, Evidence.Inconclusive(reason, context.Seed));
}
