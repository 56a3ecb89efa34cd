using Verify.Numerics.FixedPoints;
using Verify.Numerics.Flow;
using Verify.Numerics.Integration;
using Verify.Numerics.Stages;
using Verify.Numerics.Tests.FixedPoints;
using Verify.Numerics.Width;

namespace Verify.Numerics.Tests.Stages;

/// <summary>Stage detection on curves with known plateau levels and times.</summary>
public sealed class StageDetectorTests
{
    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    [Theory]
    [InlineData(0.15)]
    [InlineData(0.4)]
    public void Sigmoid_staircase_in_log_time_gives_its_three_plateaus(double w)
    {
        // L(t) = 0.1 + 0.5 σ(−(ln t − ln 10)/w) + 0.4 σ(−(ln t − ln 1000)/w): smooth drops
        // centred at t = 10 and 1000, plateau levels 1.0, 0.5 and 0.1. The state is (ln t) and the
        // width function counts the drop centres already passed (0, 1, 2 on the plateaus).
        var t = TimeGrid.LogSpaced(1e-2, 1e6, 400);
        var loss = t.Select(s => 0.1 + 0.5 * Sigmoid(-(Math.Log(s) - Math.Log(10)) / w)
            + 0.4 * Sigmoid(-(Math.Log(s) - Math.Log(1000)) / w)).ToArray();
        var states = t.Select(s => (IReadOnlyList<double>)[Math.Log(s)]).ToArray();
        var trajectory = LossTrajectory.Create(t, loss, states);

        var result = StageDetector.Detect(trajectory,
            width: th => new[] { 10.0, 1000.0 }.Count(c => Math.Exp(th[0]) > c));

        Assert.Equal([StageKind.Plateau, StageKind.Drop, StageKind.Plateau, StageKind.Drop,
            StageKind.Plateau], result.Stages.Select(s => s.Kind));
        var plateaus = result.Plateaus;
        Assert.Equal(1.0, plateaus[0].Loss, 1e-3);
        Assert.Equal(0.5, plateaus[1].Loss, 1e-3);
        Assert.Equal(0.1, plateaus[2].Loss, 1e-3);
        Assert.Equal([0, 1, 2], plateaus.Select(p => p.EffectiveWidth!.Value));
        Assert.InRange(10.0, result.Stages[1].StartTime, result.Stages[1].EndTime);
        Assert.InRange(1000.0, result.Stages[3].StartTime, result.Stages[3].EndTime);
        Assert.InRange(result.Stages[1].Time, 10 * Math.Exp(-w), 10 * Math.Exp(w));
        // A drop's tail Δe^{−|x|/w} has |D|/S ≈ (Δ/S)e^{−|x|/w}/w, below τ = 0.05 once
        // |x| > w·ln(Δ/(S τ w)) ≈ 5w (w = 0.15) on either side, so the middle plateau spans about
        // ln 100 − 10w in ln t; allow 12w.
        var span = Math.Log(plateaus[1].EndTime / plateaus[1].StartTime);
        Assert.True(span > Math.Log(100) - 12 * w, $"middle plateau spans {span:F2} in ln t");
    }

    [Fact]
    public void Saxe_two_mode_curve_has_plateaus_at_the_known_levels_and_escape_times()
    {
        // u_k(t) = s_k e^{2s_k t}/(e^{2s_k t} − 1 + s_k/u₀), L = ½Σ(s_k − u_k)² (PAPER.md §4).
        // u_k = s_k/2 at t_k = ln(s_k/u₀)/(2s_k) + O(u₀): t₁ ≈ 13.8, t₂ ≈ 33.4 for s = (1, 0.4),
        // u₀ = 1e-12. Levels ½(s₁² + s₂²) = 0.58, ½s₂² = 0.08, 0.
        double[] s = [1.0, 0.4];
        const double u0 = 1e-12;
        double U(double sk, double tt)
        {
            var e = Math.Exp(2 * sk * tt);
            return double.IsInfinity(e) ? sk : sk * e / (e - 1 + sk / u0);
        }
        var t = TimeGrid.LogSpaced(1e-2, 300, 500);
        var loss = t.Select(tt => 0.5 * s.Sum(sk => Math.Pow(sk - U(sk, tt), 2))).ToArray();

        var result = StageDetector.Detect(LossTrajectory.Create(t, loss));

        var plateaus = result.Plateaus;
        Assert.Equal(3, plateaus.Count);
        Assert.Equal(0.58, plateaus[0].Loss, 1e-6);
        Assert.Equal(0.08, plateaus[1].Loss, 1e-4);
        Assert.Equal(0, plateaus[2].Loss, 1e-6);
        var drops = result.Stages.Where(x => x.Kind == StageKind.Drop).ToArray();
        Assert.Equal(2, drops.Length);
        for (var k = 0; k < 2; k++)
        {
            var tk = Math.Log(s[k] / u0) / (2 * s[k]);
            Assert.InRange(tk, drops[k].StartTime, drops[k].EndTime);
            // The steepest point in log time lies within one mode time 1/s_k of t_k.
            Assert.InRange(drops[k].Time, tk - 1 / s[k], tk + 1 / s[k]);
        }
    }

    [Fact]
    public void Linear_net_run_passes_a_rank_one_index_one_saddle_and_ends_at_rank_two()
    {
        // Whitened two-layer linear net, width 2, Σ_yx = diag(1, 0.4), small seeded init: the
        // flow leaves the origin (index 4), rests near the rank-1 saddle (index 1, width 1, loss
        // ½s₂² = 0.08) and ends at the rank-2 minimum (index 0).
        var model = LinearTwoLayerModel.Whitened([1.0, 0.4], width: 2);
        var rng = new Random(7);
        var theta0 = Enumerable.Range(0, model.Dimension).Select(_ => 1e-5 * (2 * rng.NextDouble() - 1))
            .ToArray();
        var times = TimeGrid.LogSpaced(1e-2, 200, 300);
        var run = Integrator.DormandPrince(model.GradientFlowProblem(theta0), 200,
            IntegrationOptions.Default with { RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-14,
                OutputTimes = times });
        Assert.True(run.Succeeded, run.ToString());
        int Width(IReadOnlyList<double> th)
        {
            var w = model.EndToEnd(th.ToArray());
            return w.FrobeniusNorm() < 1e-3 ? 0 : NumericalRank.Of(w).Rank;
        }
        var fp = new FixedPointOptions
        {
            Symmetry = ZeroModeSymmetry.LinearMixing(UnitBlock.FromLayout(model.Layout)),
        };

        var result = StageDetector.Detect(LossTrajectory.FromRun(run, model), width: Width,
            model: model, fixedPointOptions: fp);

        var plateaus = result.Plateaus;
        Assert.Equal(3, plateaus.Count);
        Assert.Equal([0, 1, 2], plateaus.Select(p => p.EffectiveWidth!.Value));
        Assert.Equal([4, 1, 0], plateaus.Select(p => p.Index!.Value));
        Assert.All(plateaus, p => Assert.True(p.FixedPoint!.GradientNorm <= 1e-10,
            p.FixedPoint.ToString()));
        Assert.Equal(0.08, plateaus[1].FixedPoint!.Loss, 1e-10);
        Assert.Equal(-1.0, plateaus[0].FixedPoint!.Spectrum!.MostNegativeEigenvalue, 1e-9); // −s₁
        Assert.Equal(-0.4, plateaus[1].FixedPoint!.Spectrum!.MostNegativeEigenvalue, 5e-2); // ≈ −s₂
    }

    [Fact]
    public void Constant_curve_is_one_plateau_and_bad_times_are_rejected()
    {
        var flat = StageDetector.Detect(LossTrajectory.Create([1.0, 2, 3, 4], [0.5, 0.5, 0.5, 0.5]));

        Assert.Single(flat.Stages);
        Assert.Equal(StageKind.Plateau, flat.Stages[0].Kind);
        var e = Assert.Throws<NumericsException>(() => LossTrajectory.Create([0.0, 1, 2], [1.0, 1, 1]));
        Assert.Equal("times", e.Parameter);
    }
}
