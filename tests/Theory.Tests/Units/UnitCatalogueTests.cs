using Verify.Theory.Symbolic;
using Verify.Theory.Units;

namespace Verify.Theory.Tests.Units;

/// <summary>The catalogue builds each unit as documented (README, Units) and rejects bad
/// names and sizes with a message naming them.</summary>
public sealed class UnitCatalogueTests
{
    private static void AssertComponents(UnitForm unit, params string[] expected)
    {
        Assert.Equal(expected.Length, unit.Definition.Outputs.Count);
        for (int c = 0; c < expected.Length; c++)
        {
            Assert.True(
                Canonical.AreEqual(unit.Definition.Outputs[c], ExprParser.Parse(expected[c])),
                $"component {c + 1}: expected {expected[c]}, got {unit.Definition.Outputs[c]}");
        }
    }

    [Fact]
    public void LinearFcHasOneComponentPerOutput() =>
        AssertComponents(UnitCatalogue.Build("linear-fc"),
            "v[1]*(u[1]*x[1] + u[2]*x[2])", "v[2]*(u[1]*x[1] + u[2]*x[2])");

    [Fact]
    public void ConvolutionSlidesTheKernelOverValidPositions() =>
        // D = 4, k = 2: positions 1..3, v[p]·relu(u[1]x[p] + u[2]x[p+1]).
        AssertComponents(
            UnitCatalogue.Build("relu-conv", new UnitSizes { InputDim = 4, Kernel = 2 }),
            "v[1]*relu(u[1]*x[1] + u[2]*x[2]) + v[2]*relu(u[1]*x[2] + u[2]*x[3])" +
            " + v[3]*relu(u[1]*x[3] + u[2]*x[4])");

    [Fact]
    public void SeparateAttentionReadsTheQueryToken() =>
        // N = 2 tokens, d = 1: (1/2)·(V Z₁ K Z₁ + V Z₂ K Z₂)·Q q.
        AssertComponents(
            UnitCatalogue.Build("linear-attention-separate", new UnitSizes { TokenDim = 1 }),
            "1/2*V[1]*K[1]*Q[1]*q[1]*(Z[1,1]^2 + Z[2,1]^2)");

    [Fact]
    public void SoftmaxAttentionWeighsValuesBySoftmaxScores() =>
        AssertComponents(
            UnitCatalogue.Build("softmax-attention", new UnitSizes { TokenDim = 1 }),
            "(V[1]*Z[1,1]*exp(K[1]*Z[1,1]*Q[1]*q[1]) + V[1]*Z[2,1]*exp(K[1]*Z[2,1]*Q[1]*q[1]))" +
            " / (exp(K[1]*Z[1,1]*Q[1]*q[1]) + exp(K[1]*Z[2,1]*Q[1]*q[1]))");

    [Fact]
    public void QuadraticGeneralIsASymmetricForm() =>
        AssertComponents(UnitCatalogue.Build("quadratic-general"),
            "v*(u[1]*Z[1,1]*u[1] + u[1]*Z[1,2]*u[2] + u[2]*Z[1,2]*u[1] + u[2]*Z[2,2]*u[2])");

    [Fact]
    public void DeepLinearKeepsTheFirstLayerFixed()
    {
        var unit = UnitCatalogue.Build("deep-linear-3", new UnitSizes { OutputDim = 1 });

        AssertComponents(unit, "v*(u[1]*(W[1,1]*x[1] + W[1,2]*x[2]) + u[2]*(W[2,1]*x[1] + W[2,2]*x[2]))");
        Assert.Equal(4, unit.Definition.Constants.Count);
        Assert.DoesNotContain(unit.Definition.Parameters, p => p.Name == "W");
    }

    [Fact]
    public void AttentionSplitsKeyAndQueryFromValue()
    {
        var unit = UnitCatalogue.Build("linear-attention-separate");

        Assert.Equal(["K[1]", "K[2]", "Q[1]", "Q[2]"], unit.InputWeights.Select(s => s.Key));
        Assert.Equal(["V[1]", "V[2]"], unit.OutputWeights.Select(s => s.Key));
    }

    [Fact]
    public void UnknownNameIsNamedWithTheKnownOnes()
    {
        var e = Assert.Throws<VerifyException>(() => UnitCatalogue.Build("gelu-fc"));

        Assert.Contains("'gelu-fc'", e.Message);
        Assert.Contains("relu-fc", e.Message);
    }

    [Fact]
    public void KernelLargerThanInputIsRejected()
    {
        var e = Assert.Throws<VerifyException>(
            () => UnitCatalogue.Build("linear-conv", new UnitSizes { InputDim = 2, Kernel = 3 }));

        Assert.Contains("k = 3", e.Message);
        Assert.Contains("D = 2", e.Message);
    }

    [Fact]
    public void SizeTheUnitDoesNotHaveIsRejected()
    {
        var e = Assert.Throws<VerifyException>(
            () => UnitCatalogue.Build("relu-fc", new UnitSizes { Tokens = 3 }));

        Assert.Contains("no number of tokens N", e.Message);
    }

    [Fact]
    public void ZeroSizeIsRejected()
    {
        var e = Assert.Throws<VerifyException>(
            () => UnitCatalogue.Build("relu-fc", new UnitSizes { InputDim = 0 }));

        Assert.Contains("at least 1", e.Message);
    }
}
