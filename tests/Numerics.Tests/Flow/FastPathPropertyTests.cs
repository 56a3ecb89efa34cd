using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verify.Numerics.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;
using static Verify.Numerics.Tests.Flow.LossModelChecks;

namespace Verify.Numerics.Tests.Flow;

/// <summary>
/// Each hand-written fast path against the model compiled from the unit's symbolic
/// derivatives and against central differences (issue 3, item 4), on random data and
/// weights, widths 1 to 64. One law, stated in <see cref="Agree"/>, for every fast path.
/// </summary>
public sealed class FastPathPropertyTests
{
    /// <summary>Width H, samples P, two sizes of the unit, and a seed.</summary>
    public sealed record Case(int Width, int Samples, int A, int B, int Seed);

    private static readonly Gen<Case> Cases =
        from width in Gen.Choose(1, 64)
        from samples in Gen.Choose(1, 12)
        from a in Gen.Choose(1, 3)
        from b in Gen.Choose(1, 3)
        from seed in Gen.Choose(0, 1_000_000)
        select new Case(width, samples, a, b, seed);

    [Property(MaxTest = 30)]
    public Property Linear_fc_moments_agree_with_compiled_and_finite_differences() =>
        Prop.ForAll(Arb.From(Cases), c => Agree(
            "linear-fc", c, new UnitSizes { InputDim = c.A, OutputDim = 1 + c.B % 2 }));

    [Property(MaxTest = 30)]
    public Property Relu_fc_agrees_with_compiled_and_finite_differences_away_from_kinks() =>
        Prop.ForAll(Arb.From(Cases), c => Agree(
            "relu-fc", c, new UnitSizes { InputDim = c.A, OutputDim = 1 + c.B % 2 }));

    [Property(MaxTest = 30)]
    public Property Quadratic_agrees_with_compiled_and_finite_differences() =>
        Prop.ForAll(Arb.From(Cases), c => Agree(
            "quadratic", c, new UnitSizes { InputDim = c.A, OutputDim = 1 + c.B % 2 }));

    [Property(MaxTest = 30)]
    public Property Separate_attention_agrees_with_compiled_and_finite_differences() =>
        Prop.ForAll(Arb.From(Cases), c => Agree(
            "linear-attention-separate", c, new UnitSizes { Tokens = c.A, TokenDim = c.B }));

    [Property(MaxTest = 30)]
    public Property Merged_attention_agrees_with_compiled_and_finite_differences() =>
        Prop.ForAll(Arb.From(Cases), c => Agree(
            "linear-attention-merged", c, new UnitSizes { Tokens = c.A, TokenDim = c.B }));

    // Law: with s = L + mean‖y‖² (the size of L and ∇L on this data),
    //   ‖∇L_fast − ∇L_compiled‖ ≤ 1e-7 (‖∇L‖ + s),  ‖∇L_compiled − ∇L_FD‖ ≤ 1e-7 (‖∇L‖ + s),
    //   ‖∇²L_fast − ∇²L_compiled‖_F ≤ 1e-7 (‖∇²L‖_F + s), ‖∇²L_fast − FD(∇L_fast)‖_F likewise,
    // and both models name θ alike.
    private static Property Agree(string name, Case c, UnitSizes sizes)
    {
        var (unit, compiled) = Catalogue(name, sizes);
        var data = RandomSamples(unit, c.Samples, c.Seed);
        var fast = LossModels.Create(unit, c.Width, data);
        var slow = LossModels.Create(compiled, c.Width, data);
        var theta = RandomTheta(fast.Dimension, 0.7, c.Seed + 1);
        double step = 1e-2;
        if (name == "relu-fc")
        {
            // Within one activation pattern L is a polynomial; the stencil must not cross a
            // kink, so its reach 2δ·max|x_j| stays below a quarter of min |uᵀx|.
            double margin = ReluMargin(unit, data, theta, c.Width);
            if (margin < 1e-6) return true.ToProperty().Classify(true, "too near a kink");
            step = Math.Min(step, margin / 8);
        }

        double lf = fast.Gradient(theta, new double[fast.Dimension]);
        var gf = Gradient(fast, theta);
        var gc = Gradient(slow, theta);
        var gd = FiniteGradient(slow, theta, step);
        var hf = Hessian(fast, theta);
        var hc = Hessian(slow, theta);
        var hd = FiniteHessian(fast, theta, step);
        double s = lf + TargetScale(data);
        double tolG = 1e-7 * (Norm(gc) + s), tolH = 1e-7 * (Norm(hc) + s);
        var sameNames = Enumerable.Range(0, fast.Dimension)
            .All(i => fast.Layout.NameOf(i) == slow.Layout.NameOf(i));
        double dLoss = Math.Abs(lf - slow.Loss(theta));
        double dFast = Distance(gf, gc), dFd = Distance(gc, gd);
        double dHess = Distance(hf, hc), dHessFd = Distance(hf, hd);
        return (fast is not CompiledLossModel && sameNames && slow.Dimension == fast.Dimension
                && dLoss <= 1e-9 * s && dFast <= tolG && dFd <= tolG
                && dHess <= tolH && dHessFd <= tolH)
            .Label($"{name} {sizes}, H = {c.Width}, P = {c.Samples}, seed {c.Seed}: " +
                $"|ΔL| {dLoss:E2}, fast−compiled {dFast:E2}, compiled−FD {dFd:E2} (tol {tolG:E2}); " +
                $"Hessian fast−compiled {dHess:E2}, fast−FD {dHessFd:E2} (tol {tolH:E2}); " +
                $"same names {sameNames}, {fast.GetType().Name}")
            .Classify(c.Width >= 32, "H ≥ 32")
            .Classify(c.Width <= 4, "H ≤ 4");
    }

    // min over units and samples of |u_hᵀx_μ| / max_j |x_μj|: how far the stencil may reach.
    private static double ReluMargin(
        Theory.Flow.UnitDefinition unit, UnitSamples data, double[] theta, int width)
    {
        int d = unit.Inputs.Count, n = unit.Parameters.Count;
        var x = unit.Inputs.Select(data.Values).ToArray();
        double margin = double.PositiveInfinity;
        for (int h = 0; h < width; h++)
        {
            for (int mu = 0; mu < data.Count; mu++)
            {
                double a = 0, xmax = 0;
                for (int j = 0; j < d; j++)
                {
                    a += theta[h * n + j] * x[j][mu];
                    xmax = Math.Max(xmax, Math.Abs(x[j][mu]));
                }
                margin = Math.Min(margin, Math.Abs(a) / Math.Max(xmax, 1e-300));
            }
        }
        return margin;
    }
}
