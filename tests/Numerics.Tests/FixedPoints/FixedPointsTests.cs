using Verify.Numerics.FixedPoints;

namespace Verify.Numerics.Tests.FixedPoints;

/// <summary>
/// Fixed points of the whitened two-layer linear net (PAPER.md §4) with target W* = diag(s₁, s₂),
/// L = ½‖W* − Σ_h v_h u_hᵀ‖²_F, and of a ReLU net with a dead unit.
/// </summary>
public sealed class FixedPointsTests
{
    private const double S1 = 2.0, S2 = 0.5;

    // The paper's rank-1 saddle at width 2: unit 1 balanced on the top pair,
    // u₁ = v₁ = √s₁ e₁ (so v₁u₁ᵀ = s₁e₁e₁ᵀ), unit 2 silent (u₂ = v₂ = 0).
    private static double[] RankOneSaddle(LinearTwoLayerModel model)
    {
        var theta = new double[model.Dimension];
        theta[model.U(0, 0)] = Math.Sqrt(S1);
        theta[model.V(0, 0)] = Math.Sqrt(S1);
        return theta;
    }

    private static FixedPointOptions WithMixing(LinearTwoLayerModel model) => new()
    {
        Symmetry = ZeroModeSymmetry.LinearMixing(UnitBlock.FromLayout(model.Layout)),
    };

    [Fact]
    public void Rank_one_saddle_has_the_hand_derived_spectrum()
    {
        // Derivation at θ*: E = Σ_yx − W = diag(0, s₂). In each coordinate pair (u_h[j], v_h[j])
        // the Hessian is [[v_hᵀv_h, c], [c, u_hᵀu_h]] with c = v_h[j]u_h[j] − E_jj and no coupling
        // between units (their cross terms carry u₂ or v₂ = 0).
        //   unit 1, j = 1: [[s₁, s₁], [s₁, s₁]] → 0, 2s₁;   j = 2: [[s₁, −s₂], [−s₂, s₁]] → s₁ ∓ s₂.
        //   unit 2, j = 1: 0 block → 0, 0;                  j = 2: [[0, −s₂], [−s₂, 0]] → ∓s₂.
        // Spectrum: −s₂, 0, 0, 0, s₂, s₁ − s₂, s₁ + s₂, 2s₁. Index 1; the 3 zero modes are the
        // GL(2) orbit's tangents E₁₁ (rescaling), E₁₂ (v₂ ∝ v₁) and E₂₁ (u₂ ∝ u₁).
        var model = LinearTwoLayerModel.Whitened([S1, S2], width: 2);
        double[] expected = [-S2, 0, 0, 0, S2, S1 - S2, S1 + S2, 2 * S1];

        var spectrum = FixedPointSolver.Analyze(model, RankOneSaddle(model), WithMixing(model));

        for (var k = 0; k < expected.Length; k++)
            Assert.Equal(expected[k], spectrum.Eigenvalues[k], 1e-12);
        Assert.Equal(1, spectrum.Index);
        Assert.Equal(-S2, spectrum.MostNegativeEigenvalue, 1e-12);
        Assert.Equal(3, spectrum.ZeroModes);
        Assert.Equal(3, spectrum.ExplainedZeroModes);
        Assert.Equal(0, spectrum.UnexplainedZeroModes);
        Assert.Equal(4, spectrum.PositiveCount);
        Assert.Equal(1e-8 * 2 * S1, spectrum.Tolerance, 1e-20);
    }

    [Fact]
    public void Rescaling_alone_explains_one_zero_mode_and_silent_units_the_rest()
    {
        // Per-unit rescaling gives (u₁, −v₁) only (unit 2's tangent is 0). The silent unit's
        // coordinates add its flat pair (u₂[1], v₂[1]); (u₂[2], v₂[2]) carries ∓s₂, not flat.
        var model = LinearTwoLayerModel.Whitened([S1, S2], width: 2);
        var units = UnitBlock.FromLayout(model.Layout);
        var theta = RankOneSaddle(model);

        var rescaling = FixedPointSolver.Analyze(model, theta,
            new FixedPointOptions { Symmetry = ZeroModeSymmetry.UnitRescaling(units) });
        var both = FixedPointSolver.Analyze(model, theta, new FixedPointOptions
        {
            Symmetry = ZeroModeSymmetry.Combine(ZeroModeSymmetry.UnitRescaling(units),
                ZeroModeSymmetry.SilentUnits(units, 1e-12)),
        });
        var none = FixedPointSolver.Analyze(model, theta);

        Assert.Equal(1, rescaling.ExplainedZeroModes);
        Assert.Equal(2, rescaling.UnexplainedZeroModes);
        Assert.Equal(3, both.ExplainedZeroModes);
        Assert.Null(none.ExplainedZeroModes);
        Assert.Null(none.UnexplainedZeroModes);
    }

    [Fact]
    public void Newton_from_a_perturbed_saddle_converges_to_the_rank_one_saddle_manifold()
    {
        // Arrange: θ* plus a seeded perturbation of size 1e-3 in every component.
        var model = LinearTwoLayerModel.Whitened([S1, S2], width: 2);
        var rng = new Random(17);
        var start = RankOneSaddle(model).Select(x => x + 1e-3 * (2 * rng.NextDouble() - 1)).ToArray();

        // Act
        var result = FixedPointSolver.Refine(model, start, WithMixing(model));

        // Assert: stationary; the map is the best rank-1 approximation s₁e₁e₁ᵀ (the saddle
        // manifold is the GL(2) orbit of θ*, on which W is constant); the orbit acts linearly,
        // H(gθ) = g⁻ᵀH(θ)g⁻¹, so by Sylvester's law the index (1) and the zero modes (3) are
        // those of θ*, while the eigenvalues move by O(1e-3).
        Assert.Equal(FixedPointStatus.Converged, result.Status);
        Assert.True(result.GradientNorm <= 1e-10, result.ToString());
        var w = model.EndToEnd(result.CopyTheta());
        Assert.Equal(S1, w[0, 0], 1e-9);
        Assert.Equal(0, w[1, 1], 1e-9);
        Assert.Equal(0, w[0, 1], 1e-9);
        Assert.Equal(0.5 * S2 * S2, result.Loss, 1e-12);
        var spectrum = result.Spectrum!;
        Assert.Equal(1, spectrum.Index);
        Assert.Equal(3, spectrum.ZeroModes);
        Assert.Equal(3, spectrum.ExplainedZeroModes);
        Assert.InRange(spectrum.MostNegativeEigenvalue, -S2 - 2e-2, -S2 + 2e-2);
        Assert.True(result.Iterations <= 20, result.ToString());
    }

    [Fact]
    public void Origin_is_a_fixed_point_of_index_two_per_unit()
    {
        // At θ = 0, E = Σ_yx = diag(s₁, s₂) and each unit's block is [[0, −E], [−E, 0]]:
        // eigenvalues ±s₁, ±s₂. Width 2: index 4, λ_min = −s₁, no zero modes.
        var model = LinearTwoLayerModel.Whitened([S1, S2], width: 2);

        var result = FixedPointSolver.Refine(model, new double[model.Dimension], WithMixing(model));

        Assert.Equal(FixedPointStatus.Converged, result.Status);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(1.0, result.GradientScale);
        var spectrum = result.Spectrum!;
        Assert.Equal(4, spectrum.Index);
        Assert.Equal(0, spectrum.ZeroModes);
        Assert.Equal(0, spectrum.ExplainedZeroModes);
        Assert.Equal(-S1, spectrum.MostNegativeEigenvalue, 1e-14);
        double[] expected = [-S1, -S1, -S2, -S2, S2, S2, S1, S1];
        for (var k = 0; k < expected.Length; k++)
            Assert.Equal(expected[k], spectrum.Eigenvalues[k], 1e-14);
    }

    [Fact]
    public void Newton_near_the_global_minimum_finds_an_index_zero_point_with_zero_loss()
    {
        // Rank-2 solution u_h = v_h = √s_h e_h, perturbed. At the minimum E = 0, and the zero
        // modes are the GL(2) orbit's 4 tangents (W = VUᵀ full rank: trivial stabiliser).
        var model = LinearTwoLayerModel.Whitened([S1, S2], width: 2);
        var start = new double[model.Dimension];
        start[model.U(0, 0)] = start[model.V(0, 0)] = Math.Sqrt(S1) + 0.05;
        start[model.U(1, 1)] = start[model.V(1, 1)] = Math.Sqrt(S2) - 0.03;
        start[model.U(1, 0)] = 0.02;

        var result = FixedPointSolver.Refine(model, start, WithMixing(model));

        Assert.True(result.Converged, result.ToString());
        Assert.Equal(0, result.Loss, 1e-14); // moment form: ½trΣ_yy cancels to rounding
        Assert.Equal(0, result.Spectrum!.Index);
        Assert.Equal(4, result.Spectrum.ZeroModes);
        Assert.Equal(4, result.Spectrum.ExplainedZeroModes);
    }

    [Fact]
    public void Dead_relu_unit_adds_all_its_directions_as_explained_zero_modes()
    {
        // Teacher y = relu(w·x) with w = (1, 0.5); student unit 1 = teacher (u = w, v = 1) is a
        // global minimum (r = 0, H = JᵀJ/P). Unit 2 has u₂·x < 0 on every sample: L is constant in
        // (u₂, v₂) nearby, 3 flat directions. Unit 1's Jacobian columns satisfy
        // ∂f/∂v = uᵀ(∂f/∂u)/v (degree-1 homogeneity), one more null direction, (u₁, −v₁).
        double[][] x = [[1.0, 0.2], [0.4, 1.0], [0.8, -0.3], [0.9, 0.6], [0.5, 0.1]];
        var y = x.Select(p => Math.Max(0, p[0] + 0.5 * p[1])).ToArray();
        var model = new ReluTwoLayerModel(x, y, width: 2);
        double[] theta = [1.0, 0.5, 1.0, -1.0, -0.5, 0.7];
        var units = UnitBlock.FromLayout(model.Layout);
        var dead = ZeroModeSymmetry.FlatUnits(units, (th, b) => x.All(p =>
            th[b.Input[0]] * p[0] + th[b.Input[1]] * p[1] < 0), "dead ReLU units");
        var options = new FixedPointOptions
        {
            Symmetry = ZeroModeSymmetry.Combine(ZeroModeSymmetry.UnitRescaling(units), dead),
        };

        var result = FixedPointSolver.Refine(model, theta, options);

        Assert.True(result.Converged, result.ToString());
        Assert.Equal(0, result.Iterations);
        Assert.Equal(0, result.Spectrum!.Index);
        Assert.Equal(4, result.Spectrum.ZeroModes);
        Assert.Equal(4, result.Spectrum.ExplainedZeroModes);
    }

    [Fact]
    public void A_budget_of_one_iteration_is_reported_as_such()
    {
        var model = LinearTwoLayerModel.Whitened([S1, S2], width: 2);
        var start = Enumerable.Range(0, model.Dimension).Select(i => 0.3 + 0.1 * i).ToArray();

        var result = FixedPointSolver.Refine(model, start, new FixedPointOptions { MaxIterations = 1 });

        Assert.Equal(FixedPointStatus.MaxIterations, result.Status);
        Assert.Equal(1, result.Iterations);
        Assert.Contains("1 iterations used", result.Reason);
        // The one accepted step lowered L or ‖∇L‖ (the acceptance rule).
        Assert.True(result.Loss < model.Loss(start) || result.RelativeGradientNorm < 1,
            result.ToString());
    }

    [Theory]
    [InlineData("AbsoluteGradientTolerance")]
    [InlineData("MaxIterations")]
    [InlineData("DampingDecrease")]
    public void Bad_options_throw_naming_the_option(string option)
    {
        var model = LinearTwoLayerModel.Whitened([S1, S2], width: 1);
        var options = option switch
        {
            "AbsoluteGradientTolerance" => new FixedPointOptions { AbsoluteGradientTolerance = -1 },
            "MaxIterations" => new FixedPointOptions { MaxIterations = 0 },
            _ => new FixedPointOptions { DampingDecrease = 1.5 },
        };

        var e = Assert.Throws<NumericsException>(() =>
            FixedPointSolver.Refine(model, new double[model.Dimension], options));

        Assert.Equal(option, e.Parameter);
    }
}
