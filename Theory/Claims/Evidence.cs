namespace Verify.Theory.Claims;

/// <summary>
/// What a verdict rests on. The fields mirror the JSON report (DESIGN.md): a kind, the
/// number of instances (for a symbolic identity: the number of components, each one exact
/// identity), the largest residual and the tolerance for numerical checks, a counterexample
/// when there is one, and the seed that replays any random choice. <see cref="Summary"/> is
/// the one-line account shown in the audit table.
/// </summary>
/// <param name="Kind">The kind of evidence.</param>
/// <param name="Summary">One line naming the identity, the failure or the reason.</param>
/// <param name="Instances">Instances or identity components checked, when counted.</param>
/// <param name="MaxResidual">Largest residual seen, for numerical checks.</param>
/// <param name="Tolerance">The tolerance the residuals were held to.</param>
/// <param name="Counterexample">A replayable counterexample, when the claim failed.</param>
/// <param name="Seed">The seed of every random choice the check made.</param>
public sealed record Evidence(
    EvidenceKind Kind,
    string Summary,
    int? Instances = null,
    double? MaxResidual = null,
    double? Tolerance = null,
    string? Counterexample = null,
    int? Seed = null)
{
    /// <summary>Every one of <paramref name="components"/> components of
    /// <paramref name="identity"/> has canonical form zero.</summary>
    public static Evidence Identity(string identity, int components) =>
        new(EvidenceKind.SymbolicIdentity,
            $"{identity}: all {components} components have canonical form 0",
            Instances: components);

    /// <summary>The claim fails at an exact point found with <paramref name="seed"/>.</summary>
    public static Evidence Refutation(string summary, string counterexample, int seed) =>
        new(EvidenceKind.Counterexample, summary, Counterexample: counterexample, Seed: seed);

    /// <summary>No verdict could be reached, for <paramref name="reason"/>.</summary>
    public static Evidence Inconclusive(string reason, int? seed = null) =>
        new(EvidenceKind.Inconclusive, reason, Seed: seed);
}
