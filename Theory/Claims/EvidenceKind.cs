namespace Verify.Theory.Claims;

/// <summary>What kind of evidence backs a verdict.</summary>
public enum EvidenceKind
{
    /// <summary>Canonical forms of the identity's components were all zero.</summary>
    SymbolicIdentity,

    /// <summary>An exact point at which the claimed identity fails.</summary>
    Counterexample,

    /// <summary>Random instances compared against a tolerance.</summary>
    RandomInstances,

    /// <summary>The check could not reach a verdict; the summary gives the reason.</summary>
    Inconclusive,
}
