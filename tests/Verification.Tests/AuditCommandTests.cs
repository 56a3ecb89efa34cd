using System.Text.Json;
using Verify.Theory.Claims;
using Verify.Verification.Audit;

namespace Verify.Verification.Tests;

public sealed class AuditCommandTests
{
    private static ClaimRegistry Registry(params RegisteredClaim[] claims) => new(claims);

    [Fact]
    public void UnknownClaimIdExitsTwoAndNamesIt()
    {
        var run = CliRun.Of("audit", "--claims", "T3.i[relu-fc],T9.z");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'T9.z'", run.Error);
        Assert.Contains("T3.i[relu-fc]", run.Error); // the known IDs are listed as the remedy
        Assert.False(run.ShowsStackTrace);
    }

    [Fact]
    public void EveryExpectationMetExitsZero()
    {
        var registry = Registry(
            FixedChecker.Claim("A", Verdict.Proved, Verdict.Proved),
            FixedChecker.Claim("X-A", Verdict.Refuted, Verdict.Refuted));

        var run = CliRun.Of(registry, "audit", "--seed", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 of 2 claims reached their expected verdict", run.Output);
    }

    [Fact]
    public void ClaimMissingItsExpectedVerdictExitsOne()
    {
        // A deliberately wrong expectation: the checker proves what the catalogue calls false.
        var registry = Registry(
            FixedChecker.Claim("A", Verdict.Proved, Verdict.Proved),
            FixedChecker.Claim("X-A", Verdict.Refuted, Verdict.Proved));

        var run = CliRun.Of(registry, "audit");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("missed: X-A", run.Output);
    }

    [Fact]
    public void ThrowingCheckerIsUndecidedAndTheAuditGoesOn()
    {
        var failing = new RegisteredClaim(
            new Claim("B", "s", "h", CheckMethod.SymbolicIdentity, Verdict.Proved),
            new FixedChecker(Verdict.Proved, fail: true));
        var registry = Registry(failing, FixedChecker.Claim("A", Verdict.Proved, Verdict.Proved));

        var run = CliRun.Of(registry, "audit");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("undecided", run.Output);
        Assert.Contains("deliberate failure", run.Output);
        Assert.Contains("1 of 2 claims", run.Output);
    }

    [Fact]
    public void TablePrintsVerdictsInLowerCase()
    {
        var registry = Registry(FixedChecker.Claim("A", Verdict.Supported, Verdict.Supported));

        var run = CliRun.Of(registry, "audit");

        Assert.Contains("supported", run.Output);
        Assert.DoesNotContain("Supported", run.Output);
    }

    [Fact]
    public void ClaimsOptionRunsOnlyTheListedIds()
    {
        var registry = Registry(
            FixedChecker.Claim("A", Verdict.Proved, Verdict.Proved),
            FixedChecker.Claim("B", Verdict.Proved, Verdict.Refuted));

        var run = CliRun.Of(registry, "audit", "--claims", "A");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 of 1 claims", run.Output);
    }

    [Fact]
    public void JsonFileHoldsOneObjectPerClaimWithTheEvidenceFields()
    {
        var path = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.json");
        var refutation = Evidence.Refutation("a ≠ b", "a = 1 at b = 2", seed: 5);
        var registry = Registry(
            FixedChecker.Claim("A", Verdict.Proved, Verdict.Proved),
            new RegisteredClaim(
                new Claim("X-A", "s", "h", CheckMethod.SymbolicIdentity, Verdict.Refuted),
                new FixedChecker(Verdict.Refuted, refutation)));
        try
        {
            var run = CliRun.Of(registry, "audit", "--seed", "5", "--json", path);

            Assert.Equal(0, run.ExitCode);
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var items = doc.RootElement.EnumerateArray().ToList();
            Assert.Equal(["A", "X-A"], items.Select(i => i.GetProperty("id").GetString()));
            foreach (var item in items)
            {
                foreach (var key in new[] { "id", "expected", "verdict", "evidence", "seconds" })
                    Assert.True(item.TryGetProperty(key, out _), $"missing {key}");
                var evidence = item.GetProperty("evidence");
                foreach (var key in new[]
                    { "kind", "instances", "max_residual", "tolerance", "counterexample", "seed" })
                    Assert.True(evidence.TryGetProperty(key, out _), $"missing evidence.{key}");
                Assert.Equal(JsonValueKind.Number, item.GetProperty("seconds").ValueKind);
            }
            Assert.Equal("proved", items[0].GetProperty("verdict").GetString());
            var first = items[0].GetProperty("evidence");
            Assert.Equal("symbolic identity", first.GetProperty("kind").GetString());
            Assert.Equal(1, first.GetProperty("instances").GetInt32());
            var control = items[1].GetProperty("evidence");
            Assert.Equal("refuted", items[1].GetProperty("expected").GetString());
            Assert.Equal("a = 1 at b = 2", control.GetProperty("counterexample").GetString());
            Assert.Equal(5, control.GetProperty("seed").GetInt32());
            Assert.Equal(JsonValueKind.Null, control.GetProperty("max_residual").ValueKind);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void JsonIntoAMissingDirectoryExitsTwoBeforeChecking()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}", "a.json");
        var registry = Registry(FixedChecker.Claim("A", Verdict.Proved, Verdict.Proved));

        var run = CliRun.Of(registry, "audit", "--json", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("--seed", "many")]
    [InlineData("--no-such-option")]
    public void BadOptionExitsTwoWithoutStackTrace(params string[] options)
    {
        var run = CliRun.Of(["audit", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error);
        Assert.False(run.ShowsStackTrace);
    }
}
