using Verify.Theory.Claims;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;
using Verify.Verification.Audit;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

// PAPER.md §2, Theorem 1: these run the real symbolic core.
public sealed class EmbeddingCheckerTests
{
    private static readonly CheckContext Context = new(Quick: true, Seed: 7);

    private static Judgement Check(string unit, Func<Layer, Embedding> make)
    {
        var form = UnitCatalogue.Build(unit);
        var layer = Layer.Of(form);
        var checker = new EmbeddingChecker(() => new EmbeddingProblem(
            h => SymbolicNet.TwoLayer(form.Definition, h, 2), make(layer), layer, unit));
        return checker.Check(Context);
    }

    [Fact]
    public void ReluScaledCopyIsProvedWithGammaUPositive()
    {
        // Eq. 6, degree 1 over R>=0: 2 output identities + 6 gradient components (H = 2).
        var j = Check("relu-fc", l => Embedding.Scaled(l, 1, HomogeneityField.NonNegative));

        Assert.Equal(Verdict.Proved, j.Verdict);
        Assert.Equal(8, j.Evidence.Instances);
        Assert.Contains("γu > 0", j.Evidence.Summary);
    }

    [Fact]
    public void ReluScaledCopyWithGammaUOfAnySignIsRefutedExactly()
    {
        // relu(γu·w) ≠ γu·relu(w) for γu < 0: the map changes, so at a zero-residual narrow
        // minimum the wide gradient is not 0, and relu makes the value rational.
        var j = Check("relu-fc", l => Embedding.Scaled(l, 1, HomogeneityField.Real));

        Assert.Equal(Verdict.Refuted, j.Verdict);
        Assert.Contains("(exact)", j.Evidence.Counterexample);
        Assert.Contains("γu = -", j.Evidence.Counterexample);
    }

    [Fact]
    public void QuadraticNeedsGammaUToTheDegree()
    {
        // With the paper's (1 − γuγv) for a degree-2 unit the map changes by
        // γv(γu² − γu)φ(u_1)v_1 (theorems.md, F1); with γu² it is proved.
        var wrong = Check("quadratic", l => Embedding.Scaled(l, 1, HomogeneityField.Real));
        var right = Check("quadratic", l => Embedding.Scaled(l, 2, HomogeneityField.Real));

        Assert.Equal(Verdict.Refuted, wrong.Verdict);
        Assert.Equal(Verdict.Proved, right.Verdict);
    }

    [Fact]
    public void SigmoidSilentUnitIsRefutedAtAVerifiedNarrowFixedPoint()
    {
        // Strategy B: v_1 = 0, y_2 chosen so that the narrow v-gradient is 0; the wide
        // v_2-gradient is (1/P)Σ σ(0)·y_μ = (1/4)(y_1 + y_2), not 0.
        var j = Check("sigmoid-fc", Embedding.Silent);

        Assert.Equal(Verdict.Refuted, j.Verdict);
        Assert.Contains("v = 0 and the last target", j.Evidence.Counterexample);
        Assert.Contains("−∂L/∂v_2", j.Evidence.Counterexample);
    }

    [Fact]
    public void UnsplitDuplicateValueMatchesTheHandComputation()
    {
        // Shrunk point of X-T1.i[relu-fc] at seed 7 starts from all ones. At u_1 = (0, 1),
        // v_1 = 1, γ = 1, x_1 = 0, x_2 = (0, 1): r_wide,2 = −γv_1 relu(1) = −1, r_1 = 0, so
        // −∂L/∂u_1[2] = (1/2)·v_1·x_2[2]·step(1)·(−1) = −1/2.
        var j = Check("relu-fc", l => Embedding.Duplicate(l, split: false));

        Assert.Equal(Verdict.Refuted, j.Verdict);
        Assert.Contains("= -1/2 ≠ 0 (exact)", j.Evidence.Counterexample);
    }

    [Fact]
    public void DeepLinearFieldIsMinusTheLossGradient()
    {
        // θ̇ = −∂L/∂θ with L = (1/2P)Σ r², L written out here independently of the net.
        var net = SymbolicNet.DeepLinear(2, 2, 2, 2);
        var loss = Expr.Constant(new Fractions.Fraction(1, 4)) * Expr.Sum(net.Pairs().Select(
            p => Expr.Power(net.Target(p.Mu, p.C) - net.Output(p.Mu, p.C), 2)));

        foreach (var theta in net.Parameters)
            Assert.True(Canonical.IsZero(net.Field(theta) + Calculus.Differentiate(loss, theta)));
        Assert.Equal(4 + 2 * (2 + 2), net.Parameters.Count);
    }

    [Fact]
    public void TwoLayerFieldAgreesWithTheFlowsLossGradient()
    {
        var unit = UnitCatalogue.Build("relu-fc").Definition;
        var net = SymbolicNet.TwoLayer(unit, 2, 2);
        var flow = GradientFlow.Build(unit, 2, 2);

        foreach (var theta in net.Parameters)
            Assert.True(Canonical.IsZero(net.Field(theta) + flow.LossGradient(theta)));
    }
}
