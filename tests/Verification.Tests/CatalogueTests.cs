using Verify.Theory.Claims;
using Verify.Verification.Audit;

namespace Verify.Verification.Tests;

public sealed class CatalogueTests
{
    // The catalogue table of theorems.md: the first table whose first header cell is "ID".
    private static List<(string Id, string Expected)> TheoremsMdRows()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "theorems.md"));
        var rows = new List<(string, string)>();
        bool inTable = false;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (!trimmed.StartsWith('|'))
            {
                if (inTable) break;
                continue;
            }
            var cells = trimmed.Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToList();
            if (!inTable)
            {
                inTable = cells[0] == "ID";
                continue;
            }
            if (cells[0].StartsWith('-')) continue; // the |---|---| line
            rows.Add((cells[0], cells[^1]));
        }
        return rows;
    }

    [Fact]
    public void TheoremsMdListsExactlyTheRegisteredClaims()
    {
        var documented = TheoremsMdRows().Select(r => r.Id).ToList();
        var registered = Catalogue.Registry.All.Select(c => c.Claim.Id).ToList();

        Assert.NotEmpty(documented);
        Assert.Equal(documented.Count, documented.Distinct().Count());
        Assert.Empty(registered.Except(documented)); // every registered claim is documented
        Assert.Empty(documented.Except(registered)); // every documented claim is registered
    }

    [Fact]
    public void TheoremsMdStatesTheRegisteredExpectedVerdicts()
    {
        var documented = TheoremsMdRows().ToDictionary(r => r.Id, r => r.Expected);

        foreach (var c in Catalogue.Registry.All.Select(r => r.Claim))
            Assert.Equal(VerdictNames.Name(c.ExpectedVerdict), documented[c.Id]);
    }

    [Fact]
    public void EveryControlIsExpectedToBeRefuted()
    {
        var controls = Catalogue.Registry.All.Select(r => r.Claim).Where(c => c.IsControl).ToList();

        Assert.NotEmpty(controls);
        Assert.All(controls, c => Assert.Equal(Verdict.Refuted, c.ExpectedVerdict));
    }
}
