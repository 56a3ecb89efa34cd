using System.Diagnostics;
using System.Globalization;
using Verify.Numerics.Data;
using Verify.Numerics.FixedPoints;
using Verify.Numerics.Flow;
using Verify.Numerics.Integration;
using Verify.Numerics.Stages;

namespace Verify.Numerics.Simulation;

/// <summary>
/// Runs a <see cref="SimulationSetup"/>: gradient flow θ̇ = −∇L(θ) from θ(0) ~ N(0, ε²)
/// (PAPER.md §4), then plateaus and drops (<see cref="StageDetector"/>) with each plateau's
/// effective width and refined fixed point (‖∇L‖, Hessian index, zero modes).
/// </summary>
public static class SimulationRunner
{
    /// <summary>The initial state: Dimension i.i.d. draws of N(0, ε²) from
    /// <paramref name="seed"/>.</summary>
    public static double[] InitialState(SimulationSetup setup, int seed)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var gauss = new GaussianSource(seed);
        return [.. Enumerable.Range(0, setup.Model.Dimension).Select(_ => setup.InitScale * gauss.Next())];
    }

    /// <summary>
    /// Integrates and finds the stages. A numerical failure (NaN, divergence, step budget, a
    /// vanishing step) does not throw: the stages of the part reached are returned with the
    /// failure in <see cref="SimulationResult.Warning"/>.
    /// </summary>
    /// <param name="setup">What to run.</param>
    /// <param name="seed">Seed of the initialisation.</param>
    /// <param name="progress">Called with a short phase description, or null.</param>
    public static SimulationResult Run(SimulationSetup setup, int seed,
        Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var clock = Stopwatch.StartNew();
        var model = setup.Model;
        var theta0 = InitialState(setup, seed);
        progress?.Invoke("integrating the gradient flow");
        var run = Integrator.DormandPrince(model.GradientFlowProblem(theta0), setup.EndTime,
            setup.Integration);

        // A failed run's last samples may already be huge; keep the prefix with finite loss.
        var times = new List<double>();
        var losses = new List<double>();
        var states = new List<IReadOnlyList<double>>();
        for (var k = 0; k < run.Times.Count; k++)
        {
            var l = model.Loss(run.States[k].ToArray());
            if (!double.IsFinite(l)) break;
            times.Add(run.Times[k]);
            losses.Add(l);
            states.Add(run.States[k]);
        }

        var stages = Array.Empty<SimulatedStage>();
        if (times.Count >= 3)
        {
            progress?.Invoke("refining the plateaus' fixed points");
            var detected = StageDetector.Detect(LossTrajectory.Create(times, losses, states),
                setup.Stages, setup.EffectiveWidth, model, setup.FixedPoint);
            stages = [.. detected.Stages.Select(s => new SimulatedStage(s,
                s.FixedPoint is { } fp ? setup.EffectiveWidth(fp.Theta) : null))];
        }
        var initial = model.Loss(theta0);
        var final = losses.Count > 0 ? losses[^1] : initial;
        return new SimulationResult(setup, seed, run, stages, initial, final,
            Warn(run, stages, times), clock.Elapsed.TotalSeconds);
    }

    private static string? Warn(IntegrationResult run, SimulatedStage[] stages, List<double> times)
    {
        var reached = times.Count > 0 ? times[^1] : run.StartTime;
        if (!run.Succeeded)
        {
            return $"the integration stopped early ({run.Status}: {run.Reason}); the stages " +
                $"cover t ≤ {G(reached)} only";
        }
        if (stages.Length > 0 && stages[^1].Stage.Kind == StageKind.Drop)
        {
            return $"the loss was still falling at the end time t = {G(reached)}; the last " +
                "stage is a drop, not the final plateau";
        }
        return null;
    }

    private static string G(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
}
