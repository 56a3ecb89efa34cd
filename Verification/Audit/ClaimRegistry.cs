using Verify.Theory;
using Verify.Verification.Cli;

namespace Verify.Verification.Audit;

/// <summary>The claims an audit can run, each under a unique ID, in catalogue order.</summary>
internal sealed class ClaimRegistry
{
    private readonly List<RegisteredClaim> claims;

    public ClaimRegistry(IEnumerable<RegisteredClaim> claims)
    {
        this.claims = [.. claims];
        var duplicate = this.claims.GroupBy(c => c.Claim.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"claim ID '{duplicate.Key}' is registered twice", nameof(claims));
        }
    }

    /// <summary>Every registered claim, in catalogue order.</summary>
    public IReadOnlyList<RegisteredClaim> All => claims;

    /// <summary>The claims with the given IDs, in the order given; throws a
    /// <see cref="VerifyException"/> naming the first unknown ID.</summary>
    public IReadOnlyList<RegisteredClaim> Select(IEnumerable<string> ids) =>
        [.. ids.Select(id => claims.FirstOrDefault(c => c.Claim.Id == id)
            ?? throw CliErrors.UnknownClaim(id, claims.Select(c => c.Claim.Id)))];
}
