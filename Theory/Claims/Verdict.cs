namespace Verify.Theory.Claims;

/// <summary>
/// The outcome of checking a claim (DESIGN.md, "Evidence and verdicts"). Every check ends in
/// exactly one of these, always together with its <see cref="Evidence"/>.
/// </summary>
public enum Verdict
{
    /// <summary>An exact symbolic identity or exact construction establishes the claim.</summary>
    Proved,

    /// <summary>The claim held on random instances or a fitted law; not a proof.</summary>
    Supported,

    /// <summary>A counterexample that anyone can replay shows the claim is false.</summary>
    Refuted,

    /// <summary>Neither proved nor refuted; the evidence says why.</summary>
    Undecided,
}
