using System.Globalization;

namespace Verify.Numerics.Integration;

/// <summary>
/// Full-batch gradient descent θ_{k+1} = θ_k + η F(t_k, θ_k), t_k = t₀ + kη: the explicit Euler
/// discretisation of the flow, which is the paper's method. Its global error against the flow
/// is O(η) on a fixed time interval.
/// </summary>
internal static class GradientDescentIntegrator
{
    public static IntegrationResult Run(FlowProblem problem, double endTime, double eta,
        IntegrationOptions options)
    {
        if (!(eta > 0 && double.IsFinite(eta)))
            throw NumericsErrors.NotPositive("learningRate", eta);
        options.Validate(problem.StartTime, endTime);
        var method = string.Create(CultureInfo.InvariantCulture, $"gradient descent (η = {eta:R})");
        var rec = new RunRecorder(problem, options, endTime, method);
        var t0 = problem.StartTime;
        var y = problem.InitialState.ToArray();
        var dy = new double[y.Length];
        var events = options.Events;
        var gOld = new double[events.Count];
        for (var e = 0; e < events.Count; e++) gOld[e] = events[e].Function(t0, y);

        // N = ⌈(t_end − t₀)/η⌉ iterations, so the last iterate is at or just after t_end; the slack
        // of 1e-9 keeps an exact multiple from gaining an extra step through rounding.
        var steps = (long)Math.Ceiling((endTime - t0) / eta - 1e-9);
        var t = t0;
        RecordOutputsUpTo(rec, t, eta, y);
        for (long k = 0; k < steps; k++)
        {
            if (rec.Accepted >= options.MaxSteps) return rec.MaxSteps(options.MaxSteps, t, y, eta);
            problem.Field(t, y, dy);
            rec.Evaluations++;
            var badField = StateScan.FirstNonFinite(dy);
            if (badField >= 0)
                return rec.NonFinite(NumericalFailure.At(rec.Layout, t, badField, dy[badField],
                    inField: true), t, y, eta);
            for (var i = 0; i < y.Length; i++) y[i] += eta * dy[i];
            rec.Accepted++;
            t = t0 + (k + 1) * eta;

            var bad = StateScan.FirstNonFinite(y);
            if (bad >= 0)
                return rec.NonFinite(NumericalFailure.At(rec.Layout, t, bad, y[bad],
                    inField: false), t, y, eta);
            var far = StateScan.FirstAbove(y, options.DivergenceBound);
            if (far >= 0)
                return rec.Diverged(NumericalFailure.At(rec.Layout, t, far, y[far], inField: false),
                    options.DivergenceBound, y, eta);

            RecordOutputsUpTo(rec, t, eta, y);
            string? stop = null;
            for (var e = 0; e < events.Count; e++)
            {
                var gNew = events[e].Function(t, y);
                if (events[e].Crosses(gOld[e], gNew))
                {
                    // A discrete method has no interpolant: the event is the first iterate past
                    // the crossing.
                    rec.RecordEvent(events[e].Name, t, y);
                    if (events[e].Terminal) stop ??= events[e].Name;
                }
                gOld[e] = gNew;
            }
            if (stop is not null) return rec.Event(stop, t, y, eta);
        }
        return rec.Completed(t, y, eta);
    }

    // Output time τ gets the first iterate with t_k ≥ τ (up to rounding), reported at its own time
    // t_k.
    private static void RecordOutputsUpTo(RunRecorder rec, double t, double eta, double[] y)
    {
        while (rec.NextOutputTime <= t + 1e-9 * eta) rec.RecordOutput(t, y);
    }
}
