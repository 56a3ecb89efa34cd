using Verify.Numerics.Simulation;

namespace Verify.Numerics.Tests.Simulation;

public sealed class SimulationSetupsTests
{
    [Fact]
    public void Every_named_setup_builds_with_its_figure_one_width()
    {
        foreach (var name in SimulationSetups.Names)
        {
            var setup = SimulationSetups.Create(name);

            Assert.Equal(name, setup.Arch);
            Assert.Equal(SimulationSetups.DefaultWidth(name), setup.Width);
            Assert.Equal(setup.Width, setup.Model.Layout.UnitCount);
            Assert.True(setup.Integration.OutputTimes[^1] == setup.EndTime, name);
        }
    }

    [Fact]
    public void Width_floor_is_ten_times_the_initial_size()
    {
        // Type I: E‖W‖_F² = C·D·H·ε⁴ for W = Σ_h v_h u_hᵀ, so the floor is 10·ε²·√(2·2·H).
        var rank = SimulationSetups.Create("linear-fc", width: 25, initScale: 1e-3);
        // Type II: ‖u_h‖ ≈ ε·√2 for u_h ∈ R².
        var rays = SimulationSetups.Create("relu-fc", width: 4, initScale: 1e-3);

        Assert.Equal(10 * 1e-6 * 10, rank.WidthFloor, 1e-15);
        Assert.Equal(10 * 1e-3 * Math.Sqrt(2), rays.WidthFloor, 1e-15);
    }

    [Fact]
    public void Effective_width_counts_rank_rays_and_units()
    {
        var rank = SimulationSetups.Create("linear-fc", width: 2, initScale: 1e-3);
        var rays = SimulationSetups.Create("relu-fc", width: 3, initScale: 1e-3);
        var units = SimulationSetups.Create("quadratic", width: 3, initScale: 1e-3);

        // Layouts: linear-fc (u_h[1], u_h[2], v_h[1], v_h[2]); relu-fc and quadratic
        // (u_h[1], u_h[2], v_h).
        double[] rankOne = [1, 0, 1, 0, 2, 0, 2, 0];
        double[] rankTwo = [1, 0, 1, 0, 0, 1, 0, 1];
        double[] twoRays = [1, 0, 1, 2, 0, 2, 0, 1, -1];
        double[] oneRayTwice = [1, 1, 1, 2, 2, 1, 1e-5, 0, 0];
        double[] oneUnit = [1, 0, 1, 1e-4, 0, 0, 0, 1e-4, 0];

        Assert.Equal(1, rank.EffectiveWidth(rankOne));
        Assert.Equal(2, rank.EffectiveWidth(rankTwo));
        Assert.Equal(0, rank.EffectiveWidth(new double[8]));
        Assert.Equal(2, rays.EffectiveWidth(twoRays));
        Assert.Equal(1, rays.EffectiveWidth(oneRayTwice));
        Assert.Equal(1, units.EffectiveWidth(oneUnit));
    }

    [Fact]
    public void Bad_requests_throw_and_name_the_remedy()
    {
        var unknown = Assert.Throws<NumericsException>(() => SimulationSetups.Create("mlp"));
        var missing = Assert.Throws<NumericsException>(() => SimulationSetups.Create("cubic"));
        var width = Assert.Throws<NumericsException>(() => SimulationSetups.Create("linear-fc", 0));
        var scale = Assert.Throws<NumericsException>(() =>
            SimulationSetups.Create("linear-fc", initScale: double.NaN));
        var steps = Assert.Throws<NumericsException>(() =>
            SimulationSetups.Create("linear-fc", maxSteps: 0));

        Assert.Contains("choose one of linear-fc", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("has no simulation setup: Figure 1 has no degree-3", missing.Message,
            StringComparison.Ordinal);
        Assert.Equal("width", width.Parameter);
        Assert.Equal("init", scale.Parameter);
        Assert.Equal("max-steps", steps.Parameter);
    }
}
