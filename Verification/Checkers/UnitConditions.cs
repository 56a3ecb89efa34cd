using Verify.Theory.Units;

namespace Verify.Verification.Checkers;

/// <summary>
/// The traits of a catalogue unit that decide which cases of Theorems 1 and 3 apply
/// (PAPER.md §2–3): a zero map u₀ = 0, homogeneity of some degree over a field, linearity
/// in u. <see cref="Derive"/> takes them from <see cref="TraitDeriver"/>, never from a
/// declaration; a test may build other conditions to show that a wrong trait is caught.
/// </summary>
/// <param name="Unit">The catalogue name.</param>
/// <param name="ZeroMap">φ(z; 0) ≡ 0 was proved (the only zero map the deriver proves).</param>
/// <param name="Degree">k with φ(z; αu) = α^k φ(z; u), or null.</param>
/// <param name="Field">Where α ranges when <paramref name="Degree"/> is known.</param>
/// <param name="LinearInU">φ(u + u′) = φ(u) + φ(u′) was proved.</param>
internal sealed record UnitConditions(
    string Unit, bool ZeroMap, int? Degree, HomogeneityField? Field, bool LinearInU)
{
    /// <summary>The conditions proved by the trait deriver for the unit at default sizes.</summary>
    public static UnitConditions Derive(string unit)
    {
        var t = TraitDeriver.Derive(UnitCatalogue.Build(unit));
        bool homogeneous = t.Homogeneous.Decision == Decision.Yes;
        return new UnitConditions(
            unit,
            t.ZeroMap.Decision == Decision.Yes,
            homogeneous ? t.HomogeneityDegree : null,
            homogeneous ? t.HomogeneityField : null,
            t.LinearInU.Decision == Decision.Yes);
    }

    /// <summary>"degree k over R" / "over R>=0".</summary>
    public string Homogeneity => Degree is int k
        ? $"degree {k} over {(Field == HomogeneityField.NonNegative ? "R>=0" : "R")}"
        : "not homogeneous";
}
