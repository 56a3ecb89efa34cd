namespace Verify.Theory.Claims;

/// <summary>
/// The names of evidence kinds as they appear in reports ("symbolic identity", …).
/// </summary>
public static class EvidenceKindNames
{
    /// <summary>The report name of <paramref name="kind"/>.</summary>
    public static string Name(EvidenceKind kind) => kind switch
    {
        EvidenceKind.SymbolicIdentity => "symbolic identity",
        EvidenceKind.Counterexample => "counterexample",
        EvidenceKind.RandomInstances => "random instances",
        EvidenceKind.Inconclusive => "inconclusive",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
