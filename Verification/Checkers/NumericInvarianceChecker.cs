using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Flow;
using Verify.Numerics.Integration;
using Verify.Theory.Claims;
using Verify.Theory.Symbolic;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// The numeric stage of Theorem 3 (PAPER.md §3; issue 5, item 4) for the set of a
/// <see cref="Relation"/>, on H = relation width + 1 units (one unit outside the relation, so
/// "any other units" is exercised). Per instance, replayable from the audit seed: P = 6
/// samples with N(0, 1) inputs and targets of a random one-unit teacher (so the loss can drop
/// on the set); coefficients uniform in ±[0.3, 1.5] (positive where declared); θ N(0, 0.7²)
/// with the relation imposed. The distance to the set is d(θ) = ‖θ_i − Σ c_j θ_j‖/‖θ‖ with the
/// start's coefficients, or, for a union over coefficients, the part of θ_i off span{θ_j}
/// divided by ‖θ‖. Checked:
/// <list type="number">
/// <item>Dormand–Prince (rtol 1e-12, atol 1e-14) until L = 0.1·L(0) (an event on the dense
///   output), t = 200 or 20 000 steps: d ≤ 1e-10;</item>
/// <item>the same run from a start 1e-6·‖θ‖ off the set (unit i moved): the factor by which d
///   changed is reported (below 1 where the set attracts);</item>
/// <item>1000 gradient-descent steps, η = 0.005: d ≤ 1e-12 (round-off).</item>
/// </list>
/// All within tolerance: supported; otherwise refuted with the instance (what a control
/// should give).
/// </summary>
internal sealed class NumericInvarianceChecker(string unit, Relation relation) : IClaimChecker
{
    /// <summary>Tolerance of d after the flow.</summary>
    public const double FlowTolerance = 1e-10;

    /// <summary>Tolerance of d after gradient descent.</summary>
    public const double DescentTolerance = 1e-12;

    private const int Samples = 6, Instances = 6, QuickInstances = 2, Steps = 1000;
    // A relu flow that slides along a kink forces ever smaller steps; such a run stops at
    // the budget and is judged at the time it reached (reported).
    private const int MaxSteps = 20_000;
    private const double Scale = 0.7, MaxTime = 200, LearningRate = 0.005, Offset = 1e-6;

    /// <inheritdoc/>
    public Judgement Check(CheckContext context)
    {
        var net = NumericUnit.Of(unit);
        int n = net.Size, width = relation.Width + 1, wanted = context.Quick ? QuickInstances : Instances;
        var parameters = net.Form.Definition.Parameters;
        double worstFlow = 0, worstDescent = 0, minFactor = double.PositiveInfinity, maxFactor = 0;
        int reached = 0, budget = 0;
        for (int k = 0; k < wanted; k++)
        {
            int seed = unchecked(context.Seed + 104729 * (k + 1));
            var rng = new Random(seed);
            var teacher = NumericUnit.Gaussians(n, rng);
            var data = net.Samples(Samples, rng, teacher);
            var model = net.Model(width, data);
            var c = Coefficients(rng);
            var theta = NumericUnit.Gaussians(width * n, rng, Scale);
            Impose(theta, c, n, parameters);
            double d0 = Distance(theta, c, n, parameters);

            double l0 = model.Loss(theta);
            var drop = FlowEvent.Create("loss dropped by 90 %",
                (_, y) => model.Loss(y) - 0.1 * l0, EventDirection.Falling);
            var flow = Integrator.DormandPrince(model.GradientFlowProblem(theta), MaxTime,
                IntegrationOptions.Tight with { Events = [drop], MaxSteps = MaxSteps });
            if (flow.Status == IntegrationStatus.MaxSteps) budget++;
            else if (!flow.Succeeded)
            {
                return new Judgement(Verdict.Undecided, Evidence.Inconclusive(
                    $"numeric: the flow failed at instance seed {seed}: {flow.Reason}", context.Seed));
            }
            if (flow.Status == IntegrationStatus.Event) reached++;
            double end = flow.EndTime;
            double dOn = Distance([.. flow.State], c, n, parameters);

            var off = (double[])theta.Clone();
            var dir = NumericUnit.Gaussians(n, rng);
            double norm = Math.Sqrt(dir.Sum(x => x * x)), size = Norm(theta);
            int i = relation.Rows[0].Unit - 1;
            for (int p = 0; p < n; p++) off[i * n + p] += Offset * size * dir[p] / norm;
            double dOff0 = Distance(off, c, n, parameters);
            var offRun = Integrator.DormandPrince(model.GradientFlowProblem(off), end,
                IntegrationOptions.Tight with { MaxSteps = MaxSteps });
            double factor = Distance([.. offRun.State], c, n, parameters) / dOff0;

            var gd = Integrator.GradientDescent(model.GradientFlowProblem(theta),
                Steps * LearningRate, LearningRate, new IntegrationOptions { DivergenceBound = 1e6 });
            double dGd = gd.Succeeded ? Distance([.. gd.State], c, n, parameters) : double.NaN;

            worstFlow = Math.Max(worstFlow, dOn);
            worstDescent = double.IsNaN(dGd) ? worstDescent : Math.Max(worstDescent, dGd);
            minFactor = Math.Min(minFactor, factor);
            maxFactor = Math.Max(maxFactor, factor);
            if (dOn > FlowTolerance || dGd > DescentTolerance)
            {
                return new Judgement(Verdict.Refuted, Evidence.Refutation(
                    $"numeric: the flow leaves {relation.Description}",
                    Text($"instance seed {seed}, H = {width}, {Show(c)}: d = {d0:E1} at the ",
                        $"start, {dOn:E2} after the flow to t = {end:G4} (tolerance ",
                        $"{FlowTolerance:E0}), {dGd:E2} after {gd.AcceptedSteps} descent steps ",
                        $"(tolerance {DescentTolerance:E0})"),
                    context.Seed));
            }
        }
        var attract = maxFactor < 1
            ? "; the set attracts nearby starts in every instance (factor < 1), yet the " +
              "perturbed distance stays far above the tolerance, so a departure of that size " +
              "would be seen"
            : "";
        var summary = Text(
            $"numeric: {wanted} random starts on {relation.Description} (H = {width}, P = ",
            $"{Samples}, teacher targets): after Dormand–Prince (rtol 1e-12) to a 90 % loss drop ",
            $"({reached} of {wanted} reached it by t = {MaxTime}, {budget} stopped at the step ",
            $"budget {MaxSteps} near a kink) ",
            $"max d = {worstFlow:E2} ≤ {FlowTolerance:E0}; after {Steps} descent steps (η = ",
            $"{LearningRate}) max d = {worstDescent:E2} ≤ {DescentTolerance:E0}; a start ",
            $"{Offset:E0} off the set changed its distance by a factor {minFactor:G3}–",
            $"{maxFactor:G3}{attract}; d relative to ‖θ‖; seed {context.Seed}");
        return new Judgement(Verdict.Supported, new Evidence(EvidenceKind.RandomInstances,
            summary, wanted, worstFlow, FlowTolerance, Seed: context.Seed));
    }

    private static string Text(params FormattableString[] parts) =>
        string.Concat(parts.Select(s => s.ToString(CultureInfo.InvariantCulture)));

    private Dictionary<Sym, double> Coefficients(Random rng)
    {
        var values = new Dictionary<Sym, double>();
        foreach (var s in relation.Rows.SelectMany(r => r.Terms)
                     .SelectMany(t => Calculus.FreeSymbols(t.Coefficient)).Distinct())
        {
            double m = 0.3 + 1.2 * rng.NextDouble();
            values[s] = relation.Positive.Contains(s) || rng.Next(2) == 0 ? m : -m;
        }
        return values;
    }

    private static string Show(Dictionary<Sym, double> c) => c.Count == 0 ? "no coefficients"
        : string.Join(", ", c.Select(kv => Text($"{kv.Key.Key} = {kv.Value:G4}")));

    private IEnumerable<(RelationRow Row, int[] Positions)> Rows(int n, IReadOnlyList<Sym> all) =>
        relation.Rows.Select(r => (r, (r.Parameters ?? all).Select(p => IndexOf(all, p)).ToArray()));

    private static int IndexOf(IReadOnlyList<Sym> all, Sym p)
    {
        for (int k = 0; k < all.Count; k++) if (all[k] == p) return k;
        throw new ArgumentException($"parameter {p.Key} is not the unit's", nameof(p));
    }

    private void Impose(double[] theta, Dictionary<Sym, double> c, int n, IReadOnlyList<Sym> all)
    {
        foreach (var (row, ps) in Rows(n, all))
        {
            foreach (var p in ps)
            {
                theta[(row.Unit - 1) * n + p] = row.Terms.Sum(t =>
                    Evaluator.Evaluate(t.Coefficient, c) * theta[(t.Unit - 1) * n + p]);
            }
        }
    }

    private double Distance(double[] theta, Dictionary<Sym, double> c, int n, IReadOnlyList<Sym> all)
    {
        double sum = 0;
        foreach (var (row, ps) in Rows(n, all))
        {
            var target = Vector<double>.Build.Dense(ps.Length, k => theta[(row.Unit - 1) * n + ps[k]]);
            Vector<double> rest;
            if (relation.FreeCoefficients && row.Terms.Count > 0)
            {
                var basis = Matrix<double>.Build.Dense(ps.Length, row.Terms.Count,
                    (k, j) => theta[(row.Terms[j].Unit - 1) * n + ps[k]]);
                rest = target - basis * basis.Svd(true).Solve(target);
            }
            else
            {
                rest = target - Vector<double>.Build.Dense(ps.Length, k => row.Terms.Sum(t =>
                    Evaluator.Evaluate(t.Coefficient, c) * theta[(t.Unit - 1) * n + ps[k]]));
            }
            sum += rest.DotProduct(rest);
        }
        return Math.Sqrt(sum) / Norm(theta);
    }

    private static double Norm(double[] theta) => Math.Sqrt(theta.Sum(x => x * x));
}
