using Verify.Theory.Claims;
using Verify.Verification.Audit;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

public sealed class SaddleCheckerTests
{
    private static readonly CheckContext Context = new(Quick: true, Seed: 1);

    private static UnitData Scalar(NumericUnit net, double[] x, double[] y) => new(
        Numerics.Flow.UnitSamples.Create(
            new Dictionary<Theory.Symbolic.Sym, double[]> { [net.Form.Definition.Inputs[0]] = x },
            MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfColumnArrays(y)), []);

    [Fact]
    public void SilentQuadraticUnitHasAZeroHessianBlock()
    {
        // v·(uᵀx)² at u = 0, v = 0: every second derivative carries u or v, so index 0.
        var setup = new SaddleSetup("quadratic", net => net.Samples(6, new Random(4),
            NumericUnit.Gaussians(net.Size, new Random(9))), "ii", "test");

        var j = new SaddleChecker(setup).Check(Context);

        Assert.Equal(Verdict.Refuted, j.Verdict);
        Assert.Contains("Hessian index 0", j.Evidence.Summary);
    }

    [Fact]
    public void ScaledLinearCopyBelowARankTwoTargetIsASaddle()
    {
        // Width 1 learns the top mode of y = diag(2, 1)x; the second mode (s = 1) is left,
        // so the embedded point has a descent direction: index ≥ 1, λ_min < 0.
        var setup = new SaddleSetup("linear-fc", net =>
        {
            var rng = new Random(7);
            var x = Enumerable.Range(0, 6).Select(_ => NumericUnit.Gaussians(2, rng)).ToArray();
            var d = net.Form.Definition;
            return new UnitData(Numerics.Flow.UnitSamples.Create(
                d.Inputs.Select((s, k) => (s, k)).ToDictionary(t => t.s,
                    t => x.Select(r => r[t.k]).ToArray()),
                MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfRowArrays(
                    x.Select(r => new[] { 2 * r[0], r[1] }))), []);
        }, "iii", "test");

        var j = new SaddleChecker(setup).Check(Context);

        Assert.Equal(Verdict.Supported, j.Verdict);
        Assert.True(j.Evidence.MaxResidual < 0);
    }
}
