namespace Verify.Verification.Checkers;

/// <summary>
/// One Figure 1 setup of the saddle-status claims (PAPER.md §6; issue 5, item 6): a unit, a
/// fixed data set (the paper does not publish its data, so this is our choice, stated), and
/// the embedding of Theorem 1 that matches the plateau seen in the figure.
/// </summary>
/// <param name="Unit">The catalogue unit.</param>
/// <param name="Data">The training data, built from the unit.</param>
/// <param name="Case">"ii" (silent unit, Eq. 5) or "iii" (scaled copy, Eq. 6).</param>
/// <param name="Description">Data and embedding in words.</param>
internal sealed record SaddleSetup(
    string Unit, Func<NumericUnit, UnitData> Data, string Case, string Description);
