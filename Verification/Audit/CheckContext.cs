namespace Verify.Verification.Audit;

/// <summary>The options of one audit run that every checker sees.</summary>
/// <param name="Quick">Spend less effort (fewer random points); verdicts must not change.</param>
/// <param name="Seed">Seed of every random choice, printed so that any failure replays.</param>
internal sealed record CheckContext(bool Quick, int Seed);
