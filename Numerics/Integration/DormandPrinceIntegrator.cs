using MathNet.Numerics.RootFinding;

namespace Verify.Numerics.Integration;

/// <summary>
/// Adaptive Dormand–Prince 5(4) with first-same-as-last stages, PI step-size control, dense
/// output, event location and detection of non-finite values and divergence.
/// </summary>
internal sealed class DormandPrinceIntegrator
{
    // PI controller (Gustafsson 1991; HNW II, §IV.2 eq. 2.43c, recommended in HNW I §II.4 for
    // DOPRI5; Söderlind 2002, "Automatic control and adaptive time-stepping"):
    //   h_{n+1} = h_n · ρ · err_n^{−α} · err_{n−1}^{β},  α = 0.7/k, β = 0.4/k,
    // with k = q + 1 = 5 for the embedded order q = 4. The β term damps the oscillation of a
    // pure I controller (α = 1/k, β = 0) where stability, not accuracy, limits the step.
    private const double Alpha = 0.7 / 5;
    private const double Beta = 0.4 / 5;

    // After a rejection the step is cut by the elementary controller ρ·err^{−1/k}.
    private const double RejectExponent = 1.0 / 5;

    // err_{n−1} is floored so one lucky step cannot make the next step explode (as in DOPRI5).
    private const double ErrFloor = 1e-4;

    private readonly FlowProblem problem;
    private readonly double endTime;
    private readonly IntegrationOptions options;
    private readonly ButcherTableau tableau;
    private readonly double[] dense;
    private readonly DormandPrinceWorkspace ws;
    private readonly RunRecorder rec;
    private readonly double[] gOld;

    private DormandPrinceIntegrator(FlowProblem problem, double endTime, IntegrationOptions options)
    {
        this.problem = problem;
        this.endTime = endTime;
        this.options = options;
        tableau = DormandPrince54.Tableau;
        dense = DormandPrince54.Dense;
        ws = new DormandPrinceWorkspace(problem.Dimension, tableau.Stages);
        var method = options.FixedStep is { } hf
            ? FormattableString.Invariant($"{DormandPrince54.Name}, fixed step {hf:R}")
            : FormattableString.Invariant(
                $"{DormandPrince54.Name}, rtol {options.RelativeTolerance:R}, atol {options.AbsoluteTolerance:R}");
        rec = new RunRecorder(problem, options, endTime, method);
        gOld = new double[options.Events.Count];
    }

    public static IntegrationResult Run(FlowProblem problem, double endTime,
        IntegrationOptions options)
    {
        options.Validate(problem.StartTime, endTime);
        return new DormandPrinceIntegrator(problem, endTime, options).Run();
    }

    private IntegrationResult Run()
    {
        var field = problem.Field;
        var t = problem.StartTime;
        problem.InitialState.CopyTo(ws.Y);
        field(t, ws.Y, ws.K[0]);
        rec.Evaluations++;
        var bad = StateScan.FirstNonFinite(ws.K[0]);
        if (bad >= 0)
            return rec.NonFinite(NumericalFailure.At(rec.Layout, t, bad, ws.K[0][bad],
                inField: true), t, ws.Y, 0);

        while (rec.NextOutputTime == t) rec.RecordOutput(t, ws.Y);
        for (var e = 0; e < gOld.Length; e++) gOld[e] = options.Events[e].Function(t, ws.Y);
        if (t == endTime) return rec.Completed(t, ws.Y, 0);

        var fixedStep = options.FixedStep;
        var h = Math.Min(fixedStep ?? options.InitialStep ?? StartingStep(t), options.MaxStep);
        var errOld = ErrFloor;
        var rejectedLast = false;
        NumericalFailure? pending = null;

        while (true)
        {
            if (rec.Accepted >= options.MaxSteps) return rec.MaxSteps(options.MaxSteps, t, ws.Y, h);
            var remaining = endTime - t;
            // Land on t_end exactly, and avoid a sliver of a last step (HNW's DOPRI5 does the
            // same).
            var last = t + 1.01 * h >= endTime;
            if (last) h = remaining;
            // Below 16 ulp of t the stage times c_i·h are no longer resolved.
            var tScale = Math.Max(Math.Abs(t), Math.Abs(endTime));
            var hMin = 16 * (Math.BitIncrement(tScale) - tScale);
            if (h < hMin && !last)
            {
                return pending is not null && rejectedLast
                    ? rec.NonFinite(pending, t, ws.Y, h)
                    : rec.StepTooSmall(t, ws.Y, h);
            }

            TakeStep(t, h);
            rec.Evaluations += tableau.Stages - 1;
            var tNew = last ? endTime : t + h;

            var failure = FindNonFinite(t, h, tNew);
            if (failure is not null)
            {
                if (fixedStep is not null) return rec.NonFinite(failure, t, ws.Y, h);
                pending = failure;
                rec.Rejected++;
                rejectedLast = true;
                h *= options.MinStepFactor;
                continue;
            }

            var err = fixedStep is null ? ErrorNorm(h) : 0;
            if (fixedStep is null && !(err <= 1))
            {
                rec.Rejected++;
                rejectedLast = true;
                pending = null;
                var shrink = double.IsFinite(err)
                    ? Math.Max(options.MinStepFactor, options.SafetyFactor * Math.Pow(err,
                        -RejectExponent))
                    : options.MinStepFactor;
                h *= shrink;
                continue;
            }

            rec.Accepted++;
            var stop = AfterStep(t, tNew, h);
            if (stop is not null) return stop;
            ws.Advance();
            t = tNew;

            var far = StateScan.FirstAbove(ws.Y, options.DivergenceBound);
            if (far >= 0)
            {
                var at = NumericalFailure.At(rec.Layout, t, far, ws.Y[far], inField: false);
                return rec.Diverged(at, options.DivergenceBound, ws.Y, h);
            }
            if (last) return rec.Completed(t, ws.Y, h);

            if (fixedStep is { } hf)
            {
                h = hf;
                continue;
            }
            var factor = err == 0
                ? options.MaxStepFactor
                : options.SafetyFactor * Math.Pow(err, -Alpha) * Math.Pow(errOld, Beta);
            factor = Math.Clamp(factor, options.MinStepFactor, rejectedLast ? 1
                : options.MaxStepFactor);
            h = Math.Min(h * factor, options.MaxStep);
            errOld = Math.Max(err, ErrFloor);
            rejectedLast = false;
            pending = null;
        }
    }

    /// <summary>Stages 2 … s and y_{n+1} = y_n + h Σ b_i k_i, from k_1 already in place.</summary>
    private void TakeStep(double t, double h)
    {
        var a = tableau.A;
        var c = tableau.C;
        var k = ws.K;
        var y = ws.Y;
        var n = y.Length;
        for (var s = 1; s < tableau.Stages; s++)
        {
            var row = a[s];
            var yStage = ws.YStage;
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < row.Length; j++) sum += row[j] * k[j][i];
                yStage[i] = y[i] + h * sum;
            }
            // The last row of an FSAL tableau equals b, so its stage argument is y_{n+1} itself.
            if (s == tableau.Stages - 1 && tableau.Fsal) yStage.AsSpan().CopyTo(ws.YNew);
            problem.Field(t + c[s] * h, yStage, k[s]);
        }
        if (!tableau.Fsal)
        {
            var b = tableau.B;
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < b.Length; j++) sum += b[j] * k[j][i];
                ws.YNew[i] = y[i] + h * sum;
            }
        }
    }

    /// <summary>
    /// The weighted RMS norm of the local error estimate h Σ e_i k_i with weights
    /// atol + rtol·max(|y_n|, |y_{n+1}|) (HNW I, eq. II.4.11).
    /// </summary>
    private double ErrorNorm(double h)
    {
        var e = tableau.E;
        var k = ws.K;
        var n = ws.Y.Length;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var est = 0.0;
            for (var j = 0; j < e.Length; j++) est += e[j] * k[j][i];
            var scale = options.AbsoluteTolerance +
                        options.RelativeTolerance * Math.Max(Math.Abs(ws.Y[i]),
                            Math.Abs(ws.YNew[i]));
            var q = h * est / scale;
            sum += q * q;
        }
        return Math.Sqrt(sum / n);
    }

    /// <summary>The first non-finite stage derivative (in stage order) or candidate state
    /// component.</summary>
    private NumericalFailure? FindNonFinite(double t, double h, double tNew)
    {
        for (var s = 1; s < tableau.Stages; s++)
        {
            var bad = StateScan.FirstNonFinite(ws.K[s]);
            if (bad >= 0)
                return NumericalFailure.At(rec.Layout, t + tableau.C[s] * h, bad, ws.K[s][bad],
                    inField: true);
        }
        var badY = StateScan.FirstNonFinite(ws.YNew);
        return badY >= 0 ? NumericalFailure.At(rec.Layout, tNew, badY, ws.YNew[badY],
            inField: false) : null;
    }

    /// <summary>
    /// Locates events in (t, t_new], records requested outputs up to the first terminal event,
    /// and returns the result when a terminal event stops the run.
    /// </summary>
    private IntegrationResult? AfterStep(double t, double tNew, double h)
    {
        var denseReady = false;
        var stopTime = double.PositiveInfinity;
        string? stopName = null;
        List<(double Time, string Name)>? found = null;

        for (var e = 0; e < gOld.Length; e++)
        {
            var ev = options.Events[e];
            var gNew = ev.Function(tNew, ws.YNew);
            if (ev.Crosses(gOld[e], gNew))
            {
                if (!denseReady)
                {
                    ws.PrepareDense(h, dense);
                    denseReady = true;
                }
                var tEvent = Locate(ev.Function, t, tNew, h, gOld[e], gNew);
                (found ??= []).Add((tEvent, ev.Name));
                if (ev.Terminal && tEvent < stopTime)
                {
                    stopTime = tEvent;
                    stopName = ev.Name;
                }
            }
            gOld[e] = gNew;
        }

        while (rec.NextOutputTime <= Math.Min(tNew, stopTime))
        {
            var tOut = rec.NextOutputTime;
            if (tOut >= tNew)
            {
                rec.RecordOutput(tOut, ws.YNew);
                continue;
            }
            if (!denseReady)
            {
                ws.PrepareDense(h, dense);
                denseReady = true;
            }
            ws.Interpolate((tOut - t) / h, ws.Scratch);
            rec.RecordOutput(tOut, ws.Scratch);
        }

        if (found is null) return null;
        foreach (var (time, name) in found.OrderBy(f => f.Time))
        {
            if (time > stopTime) break;
            StateAt(t, tNew, h, time, ws.Scratch);
            rec.RecordEvent(name, time, ws.Scratch);
        }
        if (stopName is null) return null;
        StateAt(t, tNew, h, stopTime, ws.Scratch);
        return rec.Event(stopName, stopTime, ws.Scratch, h);
    }

    private void StateAt(double t, double tNew, double h, double time, Span<double> y)
    {
        if (time >= tNew) ws.YNew.AsSpan().CopyTo(y);
        else ws.Interpolate((time - t) / h, y);
    }

    /// <summary>
    /// The root of g(t, y(t)) in (t, t_new] on the dense output, by Brent's method
    /// (MathNet.Numerics.RootFinding.Brent) on θ = (τ − t)/h, which keeps the bracket [0, 1].
    /// </summary>
    private double Locate(EventFunction g, double t, double tNew, double h, double g0, double g1)
    {
        if (g1 == 0) return tNew;
        var scratch = ws.Scratch;
        double G(double theta)
        {
            if (theta <= 0) return g0;
            if (theta >= 1) return g1;
            ws.Interpolate(theta, scratch);
            return g(t + theta * h, scratch);
        }
        var accuracy = Math.Max(options.EventTimeTolerance / h, 4 * double.Epsilon);
        if (!Brent.TryFindRoot(G, 0, 1, accuracy, 200, out var root))
        {
            // Brent keeps a bracket; should it stop early, bisection on the same bracket finishes.
            double lo = 0, hi = 1;
            for (var i = 0; i < 200 && hi - lo > accuracy; i++)
            {
                var mid = 0.5 * (lo + hi);
                if (Math.Sign(G(mid)) == Math.Sign(g0)) lo = mid;
                else hi = mid;
            }
            root = hi;
        }
        return Math.Min(t + Math.Clamp(root, 0, 1) * h, tNew);
    }

    /// <summary>
    /// The starting step of HNW I, §II.4 ("Starting step size"): an Euler step of size
    /// h₀ = 0.01‖y₀‖/‖f₀‖ estimates ‖y″‖, and h₁ = (0.01 / max(‖f₀‖, ‖y″‖))^{1/5} makes the
    /// leading error term of the first step about 1% of the tolerance. Costs one field call.
    /// </summary>
    private double StartingStep(double t)
    {
        var y = ws.Y;
        var f0 = ws.K[0];
        var n = y.Length;
        double d0 = 0, d1 = 0;
        for (var i = 0; i < n; i++)
        {
            var sc = options.AbsoluteTolerance + options.RelativeTolerance * Math.Abs(y[i]);
            d0 += y[i] / sc * (y[i] / sc);
            d1 += f0[i] / sc * (f0[i] / sc);
        }
        d0 = Math.Sqrt(d0 / n);
        d1 = Math.Sqrt(d1 / n);
        var h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
        h0 = Math.Min(h0, endTime - t);

        for (var i = 0; i < n; i++) ws.YStage[i] = y[i] + h0 * f0[i];
        var f1 = ws.K[1];
        problem.Field(t + h0, ws.YStage, f1);
        rec.Evaluations++;
        double d2 = 0;
        for (var i = 0; i < n; i++)
        {
            var sc = options.AbsoluteTolerance + options.RelativeTolerance * Math.Abs(y[i]);
            var q = (f1[i] - f0[i]) / sc;
            d2 += q * q;
        }
        d2 = Math.Sqrt(d2 / n) / h0;
        if (!double.IsFinite(d2)) return h0;
        var dMax = Math.Max(d1, d2);
        var h1 = dMax <= 1e-15 ? Math.Max(1e-6, h0 * 1e-3) : Math.Pow(0.01 / dMax, 1.0 / 5);
        return Math.Min(100 * h0, h1);
    }
}
