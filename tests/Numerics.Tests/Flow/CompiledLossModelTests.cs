using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;
using static Verify.Numerics.Tests.Flow.LossModelChecks;

namespace Verify.Numerics.Tests.Flow;

/// <summary>The model compiled from a unit's symbolic derivatives.</summary>
public sealed class CompiledLossModelTests
{
    [Fact]
    public void One_linear_unit_on_one_sample_matches_the_hand_computed_loss_gradient_and_Hessian()
    {
        // φ = v·u x, x = 2, y = 3, u = 0.5, v = 1.5: f = 1.5, r = 1.5, L = r²/2 = 1.125;
        // ∂L/∂u = −r v x = −4.5, ∂L/∂v = −r u x = −1.5;
        // ∇²L = JᵀJ − r ∇²φ with J = (v x, u x) = (3, 1), ∇²φ = [[0, x], [x, 0]]:
        // [[9, 3], [3, 1]] − 1.5·[[0, 2], [2, 0]] = [[9, 0], [0, 1]].
        var unit = UnitCatalogue.Build(
            "linear-fc", new UnitSizes { InputDim = 1, OutputDim = 1 }).Definition;
        var data = UnitSamples.Create(
            new Dictionary<Sym, double[]> { [Expr.Symbol("x", 1)] = [2.0] },
            Matrix<double>.Build.Dense(1, 1, 3.0));
        double[] theta = [0.5, 1.5];
        foreach (var model in new[]
                 {
                     LossModels.Create(unit, 1, data, preferFastPath: false),
                     LossModels.Create(unit, 1, data),
                 })
        {
            var g = new double[2];
            var hessian = new double[4];

            double loss = model.Gradient(theta, g);
            model.Hessian(theta, hessian);

            Assert.Equal(["u_1[1]", "v_1"], [model.Layout.NameOf(0), model.Layout.NameOf(1)]);
            Assert.Equal(1.125, loss, 14);
            Assert.Equal(1.125, model.Loss(theta), 14);
            Assert.Equal([-4.5, -1.5], g);
            Assert.Equal([9.0, 0.0, 0.0, 1.0], hessian);
        }
    }

    [Fact]
    public void Relu_at_its_kink_uses_step_of_zero_equal_to_zero_in_both_models()
    {
        // u = 0, v = 1, x = 1, y = 1: uᵀx = 0 so relu = 0, f = 0, r = 1, L = 1/2;
        // ∂L/∂u = −r v step(0) x = 0 and ∂L/∂v = −r relu(0) = 0 (Kinks: step(0) = 0).
        var unit = UnitCatalogue.Build(
            "relu-fc", new UnitSizes { InputDim = 1, OutputDim = 1 }).Definition;
        var data = UnitSamples.Create(
            new Dictionary<Sym, double[]> { [Expr.Symbol("x", 1)] = [1.0] },
            Matrix<double>.Build.Dense(1, 1, 1.0));
        foreach (var prefer in new[] { false, true })
        {
            var model = LossModels.Create(unit, 1, data, prefer);
            var g = new double[2];

            double loss = model.Gradient([0.0, 1.0], g);

            Assert.Equal(0.5, loss);
            Assert.Equal([0.0, 0.0], g);
        }
    }

    [Fact]
    public void A_fixed_symbol_takes_its_value_from_the_data()
    {
        // deep-linear-3 with D = 1, C = 1: φ = v·u·W x with W = 3 fixed; x = 1, y = 0, u = v = 1:
        // f = 3, r = −3, L = 4.5, ∂L/∂u = −r v W x = 9, ∂L/∂v = −r u W x = 9.
        var unit = UnitCatalogue.Build(
            "deep-linear-3", new UnitSizes { InputDim = 1, OutputDim = 1 }).Definition;
        var data = UnitSamples.Create(
            new Dictionary<Sym, double[]> { [Expr.Symbol("x", 1)] = [1.0] },
            Matrix<double>.Build.Dense(1, 1, 0.0),
            new Dictionary<Sym, double> { [Expr.Symbol("W", 1, 1)] = 3.0 });
        var model = LossModels.Create(unit, 1, data);
        var g = new double[2];

        double loss = model.Gradient([1.0, 1.0], g);

        Assert.Equal(4.5, loss);
        Assert.Equal([9.0, 9.0], g);
    }

    public sealed record Case(string Unit, int Width, int Samples, int Seed);

    private static readonly Gen<Case> SmoothCases =
        from unit in Gen.Elements("tanh-fc", "xtanhx-fc", "sigmoid-fc", "cubic", "softmax-attention")
        from width in Gen.Choose(1, 16)
        from samples in Gen.Choose(1, 8)
        from seed in Gen.Choose(0, 1_000_000)
        select new Case(unit, width, samples, seed);

    [Property(MaxTest = 25)]
    public Property Units_without_a_fast_path_agree_with_finite_differences()
    {
        // Law: ‖∇L − FD(L)‖ ≤ 1e-7 (‖∇L‖ + s) and ‖∇²L − FD(∇L)‖_F ≤ 1e-7 (‖∇²L‖_F + s),
        // s = L + mean‖y‖², for smooth non-polynomial units (step 1e-3: stencil error O(δ⁴)).
        return Prop.ForAll(Arb.From(SmoothCases), c =>
        {
            var (unit, compiled) = Catalogue(c.Unit, UnitSizes.Defaults);
            var data = RandomSamples(unit, c.Samples, c.Seed);
            var model = LossModels.Create(compiled, c.Width, data);
            var theta = RandomTheta(model.Dimension, 0.7, c.Seed + 1);
            var g = Gradient(model, theta);
            var hessian = Hessian(model, theta);
            double s = model.Loss(theta) + TargetScale(data);
            double dG = Distance(g, FiniteGradient(model, theta, 1e-3));
            double dH = Distance(hessian, FiniteHessian(model, theta, 1e-3));
            return (dG <= 1e-7 * (Norm(g) + s) && dH <= 1e-7 * (Norm(hessian) + s))
                .Label($"{c}: gradient−FD {dG:E2}, Hessian−FD {dH:E2}, s {s:E2}")
                .Collect(c.Unit);
        });
    }

    [Fact]
    public void Gradient_and_Hessian_allocate_nothing_after_the_first_call()
    {
        foreach (var name in new[] { "relu-fc", "linear-attention-separate", "tanh-fc" })
        {
            var (unit, compiled) = Catalogue(name, UnitSizes.Defaults);
            var model = LossModels.Create(compiled, 8, RandomSamples(unit, 20, 1));
            AssertNoAllocation(model);
        }
    }

    [Fact]
    public void Fast_paths_allocate_nothing_after_the_first_call()
    {
        foreach (var name in LossModels.FastPathUnits)
        {
            var (unit, _) = Catalogue(name, UnitSizes.Defaults);
            var model = LossModels.Create(unit, 8, RandomSamples(unit, 20, 1));
            Assert.IsNotType<CompiledLossModel>(model);
            AssertNoAllocation(model);
        }
    }

    private static void AssertNoAllocation(ILossModel model)
    {
        var theta = RandomTheta(model.Dimension, 0.5, 2);
        var g = new double[model.Dimension];
        var hessian = new double[model.Dimension * model.Dimension];
        model.Gradient(theta, g);
        model.Hessian(theta, hessian);
        model.Loss(theta);

        // The runtime itself may allocate on this thread once in a while (tiered JIT
        // promoting a hot method mid-loop); the model's own allocations would recur in every
        // window, so the law is that some window of 100 calls allocates nothing.
        long allocated = long.MaxValue;
        for (int window = 0; window < 5 && allocated != 0; window++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) model.Gradient(theta, g);
            model.Hessian(theta, hessian);
            model.Loss(theta);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.True(allocated == 0, $"{model.GetType().Name} allocated {allocated} bytes");
    }
}
