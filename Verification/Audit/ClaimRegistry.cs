using Verify.Theory;
using Verify.Verification.Cli;

namespace Verify.Verification.Audit;

/// <summary>The claims an audit can run, each under a unique ID, in catalogue order.</summary>
internal sealed class ClaimRegistry
{
    private readonly Lazy<List<RegisteredClaim>> lazy;

    /// <summary>A registry of <paramref name="claims"/>; throws when an ID repeats.</summary>
    public ClaimRegistry(IEnumerable<RegisteredClaim> claims)
    {
        var list = claims.ToList();
        RequireUnique(list);
        lazy = new Lazy<List<RegisteredClaim>>(list);
    }

    /// <summary>
    /// A registry whose claims are made on first use: the catalogue derives each unit's
    /// traits to decide which claims exist, which commands other than audit never need.
    /// </summary>
    public ClaimRegistry(Func<IEnumerable<RegisteredClaim>> claims) =>
        lazy = new Lazy<List<RegisteredClaim>>(() =>
        {
            var list = claims().ToList();
            RequireUnique(list);
            return list;
        });

    /// <summary>Every registered claim, in catalogue order.</summary>
    public IReadOnlyList<RegisteredClaim> All => lazy.Value;

    private static void RequireUnique(List<RegisteredClaim> list)
    {
        var duplicate = list.GroupBy(c => c.Claim.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"claim ID '{duplicate.Key}' is registered twice", "claims");
        }
    }

    /// <summary>The claims with the given IDs, in the order given; throws a
    /// <see cref="VerifyException"/> naming the first unknown ID.</summary>
    public IReadOnlyList<RegisteredClaim> Select(IEnumerable<string> ids) =>
        [.. ids.Select(id => All.FirstOrDefault(c => c.Claim.Id == id)
            ?? throw CliErrors.UnknownClaim(id, All.Select(c => c.Claim.Id)))];
}
