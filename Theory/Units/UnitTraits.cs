namespace Verify.Theory.Units;

/// <summary>
/// The traits of a unit φ(z; u)·v that decide which embeddings and invariant manifolds
/// exist (PAPER.md §2 and §3) and how its dynamics start (§4), each derived by
/// <see cref="TraitDeriver"/> from the unit's text, never declared.
/// </summary>
public sealed class UnitTraits
{
    internal UnitTraits(
        Trait zeroMap, Trait homogeneous, int? degree, HomogeneityField? field,
        Trait linearInU, int? lowestOrder, string lowestOrderHow)
    {
        ZeroMap = zeroMap;
        Homogeneous = homogeneous;
        HomogeneityDegree = degree;
        HomogeneityField = field;
        LinearInU = linearInU;
        LowestOrder = lowestOrder;
        LowestOrderHow = lowestOrderHow;
    }

    /// <summary>Is there a u₀ with φ(z; u₀) ≡ 0 (Theorems 1(ii) and 3(ii))?</summary>
    public Trait ZeroMap { get; }

    /// <summary>Is φ(z; αu) = α^k φ(z; u) for some degree k (Theorems 1(iii), 3(iii))?</summary>
    public Trait Homogeneous { get; }

    /// <summary>k when <see cref="Homogeneous"/> is proved; null otherwise.</summary>
    public int? HomogeneityDegree { get; }

    /// <summary>Where α ranges when <see cref="Homogeneous"/> is proved; null otherwise.</summary>
    public HomogeneityField? HomogeneityField { get; }

    /// <summary>Is φ additive in u, φ(u + u′) = φ(u) + φ(u′) (Theorems 1(iv), 3(iv))?</summary>
    public Trait LinearInU { get; }

    /// <summary>The lowest order k at which φ(z; tu) does not vanish as t → 0 (PAPER.md §4,
    /// "Other activations"); null when undecided.</summary>
    public int? LowestOrder { get; }

    /// <summary>How <see cref="LowestOrder"/> was found, or why it was not.</summary>
    public string LowestOrderHow { get; }
}
