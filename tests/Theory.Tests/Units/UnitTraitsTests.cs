using Verify.Theory.Units;

namespace Verify.Theory.Tests.Units;

/// <summary>The traits <see cref="TraitDeriver"/> derives for every catalogue unit, against
/// values derived by hand from each unit's formula (PAPER.md §2–§4).</summary>
public sealed class UnitTraitsTests
{
    // degree 0 stands for "not homogeneous" (Decision.No); every trait of every catalogue
    // unit is expected to be decided.
    [Theory]
    // v·uᵀx: φ(0) = 0; φ(αu) = αφ(u) for all α; additive; first order in u.
    [InlineData("linear-fc", Decision.Yes, 1, HomogeneityField.Real, Decision.Yes, 1)]
    // relu(αw) = α·relu(w) only for α ≥ 0 (relu(−w) ≠ −relu(w)); relu(a+b) ≠ relu(a)+relu(b).
    [InlineData("relu-fc", Decision.Yes, 1, HomogeneityField.NonNegative, Decision.No, 1)]
    // tanh(0) = 0; tanh(αw) is no power of α times tanh(w); tanh(tw) = tw + O(t³).
    [InlineData("tanh-fc", Decision.Yes, 0, null, Decision.No, 1)]
    // sigmoid(0) = 1/2 for every u at x = 0, so no u₀ silences the unit; order 0.
    [InlineData("sigmoid-fc", Decision.No, 0, null, Decision.No, 0)]
    // (tw)·tanh(tw) = t²w² + O(t⁴).
    [InlineData("xtanhx-fc", Decision.Yes, 0, null, Decision.No, 2)]
    // (αw)² = α²w² for every real α.
    [InlineData("quadratic", Decision.Yes, 2, HomogeneityField.Real, Decision.No, 2)]
    [InlineData("quadratic-general", Decision.Yes, 2, HomogeneityField.Real, Decision.No, 2)]
    // (αw)³ = α³w³.
    [InlineData("cubic", Decision.Yes, 3, HomogeneityField.Real, Decision.No, 3)]
    // Σ_p v[p]·(u ∗ x)_p is linear in the kernel u.
    [InlineData("linear-conv", Decision.Yes, 1, HomogeneityField.Real, Decision.Yes, 1)]
    [InlineData("relu-conv", Decision.Yes, 1, HomogeneityField.NonNegative, Decision.No, 1)]
    // (Kᵀz)(Qᵀq) is bilinear in (K, Q): degree 2 jointly, not additive in (K, Q).
    [InlineData("linear-attention-separate", Decision.Yes, 2, HomogeneityField.Real, Decision.No, 2)]
    // z_nᵀMq is linear in M.
    [InlineData("linear-attention-merged", Decision.Yes, 1, HomogeneityField.Real, Decision.Yes, 1)]
    // Equal tokens make the softmax uniform for every (K, Q): φ = Vᵀz ≠ 0, so no zero map;
    // at u = 0 the head averages the values: order 0.
    [InlineData("softmax-attention", Decision.No, 0, null, Decision.No, 0)]
    // v·uᵀW₁x is linear in u whatever the fixed W₁.
    [InlineData("deep-linear-3", Decision.Yes, 1, HomogeneityField.Real, Decision.Yes, 1)]
    public void CatalogueUnitHasTheHandDerivedTraits(
        string name, Decision zeroMap, int degree, HomogeneityField? field, Decision linear,
        int lowestOrder)
    {
        var traits = TraitDeriver.Derive(UnitCatalogue.Build(name));

        Assert.Equal(zeroMap, traits.ZeroMap.Decision);
        Assert.Equal(degree == 0 ? Decision.No : Decision.Yes, traits.Homogeneous.Decision);
        Assert.Equal(degree == 0 ? null : degree, traits.HomogeneityDegree);
        Assert.Equal(field, traits.HomogeneityField);
        Assert.Equal(linear, traits.LinearInU.Decision);
        Assert.Equal(lowestOrder, traits.LowestOrder);
    }

    [Fact]
    public void EveryCatalogueUnitHasATraitRow()
    {
        // The theory above covers the whole catalogue: a new unit needs its hand-derived row.
        var covered = typeof(UnitTraitsTests)
            .GetMethod(nameof(CatalogueUnitHasTheHandDerivedTraits))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]);

        Assert.Equal(UnitCatalogue.Names.Order(), covered.Order());
    }

    [Fact]
    public void TraitsHoldAtOtherSizesToo()
    {
        // Traits follow from the formula, not from the default sizes.
        var relu = TraitDeriver.Derive(
            UnitCatalogue.Build("relu-fc", new UnitSizes { InputDim = 3, OutputDim = 2 }));
        var conv = TraitDeriver.Derive(
            UnitCatalogue.Build("linear-conv", new UnitSizes { InputDim = 4, Kernel = 3 }));

        Assert.Equal(HomogeneityField.NonNegative, relu.HomogeneityField);
        Assert.Equal(Decision.No, relu.LinearInU.Decision);
        Assert.Equal(Decision.Yes, conv.LinearInU.Decision);
        Assert.Equal(1, conv.HomogeneityDegree);
    }

    [Fact]
    public void RefutationsNameAReplayablePoint()
    {
        var relu = TraitDeriver.Derive(UnitCatalogue.Build("relu-fc"));

        Assert.StartsWith("refuted", relu.LinearInU.How);
        Assert.Contains("u′[1] = ", relu.LinearInU.How);
        Assert.Contains("(exact)", relu.LinearInU.How);
        Assert.Contains("not over R", relu.Homogeneous.How);
    }
}
