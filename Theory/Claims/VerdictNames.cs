namespace Verify.Theory.Claims;

/// <summary>
/// The lower-case names of verdicts (<c>proved</c>, <c>supported</c>, <c>refuted</c>,
/// <c>undecided</c>) used in tables, JSON reports and <c>theorems.md</c>.
/// </summary>
public static class VerdictNames
{
    /// <summary>The lower-case name of <paramref name="verdict"/>.</summary>
    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Proved => "proved",
        Verdict.Supported => "supported",
        Verdict.Refuted => "refuted",
        Verdict.Undecided => "undecided",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>Reads a lower-case verdict name; false for anything else.</summary>
    public static bool TryParse(string name, out Verdict verdict)
    {
        foreach (var candidate in Enum.GetValues<Verdict>())
        {
            if (Name(candidate) == name)
            {
                verdict = candidate;
                return true;
            }
        }
        verdict = default;
        return false;
    }
}
