namespace Verify.Theory.Units;

/// <summary>One derived trait of a unit: the decision and how it was reached (the identity
/// proved, the counterexample found, or why neither was possible).</summary>
/// <param name="Decision">Proved, disproved or undecided.</param>
/// <param name="How">The evidence in words, with the identity or the point.</param>
public sealed record Trait(Decision Decision, string How);
