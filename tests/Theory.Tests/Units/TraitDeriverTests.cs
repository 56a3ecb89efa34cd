using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;

namespace Verify.Theory.Tests.Units;

/// <summary>Traits of user-written units: each way of deciding, and the honest
/// "undecided".</summary>
public sealed class TraitDeriverTests
{
    private static UnitForm Unit(string phi, string[] u, string[] v, string[] x)
    {
        var parse = (string s) => (Sym)ExprParser.Parse(s);
        var definition = UnitDefinition.Create(
            ExprParser.Parse(phi), u.Concat(v).Select(parse), x.Select(parse));
        return UnitForm.Create("user", definition, v.Select(parse));
    }

    [Fact]
    public void ShiftedReluHasNoZeroMapBecauseItIsOneAtTheOrigin()
    {
        // At x = 0: v·relu(0 + 1) = v for every u, so no u₀ silences it.
        var traits = TraitDeriver.Derive(Unit("v*relu(u*x + 1)", ["u"], ["v"], ["x"]));

        Assert.Equal(Decision.No, traits.ZeroMap.Decision);
        Assert.Contains("at z = 0", traits.ZeroMap.How);
    }

    [Fact]
    public void IdentityTheCanonicalFormCannotSeeIsUndecidedNotGuessed()
    {
        // exp(w)² − exp(2w) ≡ 0, but exp atoms are never merged by the canonical form: the
        // identities for homogeneity, additivity and every Taylor order are not provable,
        // and no counterexample exists. A unit that is 0 at u = 0 still has a zero map.
        var traits = TraitDeriver.Derive(
            Unit("v*(exp(u*x)^2 - exp(2*u*x))", ["u"], ["v"], ["x"]));

        Assert.Equal(Decision.Yes, traits.ZeroMap.Decision);
        Assert.Equal(Decision.Undecided, traits.Homogeneous.Decision);
        Assert.Null(traits.HomogeneityDegree);
        Assert.Equal(Decision.Undecided, traits.LinearInU.Decision);
        Assert.Null(traits.LowestOrder);
    }

    [Fact]
    public void AbsoluteValueIsPositivelyHomogeneousNotLinear()
    {
        // |αw| = α|w| for α ≥ 0 and |−w| = |w| ≠ −|w|; the kink at 0 rules Taylor out.
        var traits = TraitDeriver.Derive(Unit("v*abs(u[1]*x[1] + u[2]*x[2])",
            ["u[1]", "u[2]"], ["v"], ["x[1]", "x[2]"]));

        Assert.Equal(HomogeneityField.NonNegative, traits.HomogeneityField);
        Assert.Equal(1, traits.HomogeneityDegree);
        Assert.Equal(1, traits.LowestOrder);
        Assert.Contains("kink", traits.LowestOrderHow);
    }

    [Fact]
    public void EvenHomogeneousUnitIsHomogeneousOverR()
    {
        // (ux)⁴: α⁴ for every real α; the first non-zero Taylor term of φ(tu) is t⁴.
        var traits = TraitDeriver.Derive(Unit("v*(u*x)^4", ["u"], ["v"], ["x"]));

        Assert.Equal(4, traits.HomogeneityDegree);
        Assert.Equal(HomogeneityField.Real, traits.HomogeneityField);
        Assert.Equal(4, traits.LowestOrder);
    }

    [Fact]
    public void UnitWithoutOutputWeightIsAnalysedAsAWhole()
    {
        // φ = (ux)·tanh(ux), no v: the paper's quadratic-start unit.
        var traits = TraitDeriver.Derive(Unit("(u*x)*tanh(u*x)", ["u"], [], ["x"]));

        Assert.Equal(2, traits.LowestOrder);
        Assert.Equal(Decision.No, traits.Homogeneous.Decision);
    }
}
