using Verify.Theory.Claims;

namespace Verify.Verification.Tests;

public sealed class VerdictNamesTests
{
    [Fact]
    public void EveryVerdictHasALowerCaseNameThatReadsBack()
    {
        foreach (var v in Enum.GetValues<Verdict>())
        {
            var name = VerdictNames.Name(v);

            Assert.Equal(name.ToLowerInvariant(), name);
            Assert.True(VerdictNames.TryParse(name, out var back));
            Assert.Equal(v, back);
        }
    }

    [Fact]
    public void CapitalisedNamesAreNotVerdicts() =>
        Assert.False(VerdictNames.TryParse("Proved", out _));
}
