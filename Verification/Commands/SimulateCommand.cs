using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Verify.Numerics.Simulation;
using Verify.Numerics.Stages;
using Verify.Theory;
using Verify.Verification.Cli;

namespace Verify.Verification.Commands;

/// <summary>
/// <c>verify simulate --arch NAME [--width H] [--init SCALE] [--seed N] [--max-steps N]
/// [--json FILE]</c>: integrates the gradient flow of a Figure 1 setup from small random
/// initialisation (PAPER.md §4, §6) and prints the setup, the stage table (each plateau with
/// its effective width and refined fixed point) and the integrator's counters.
/// Exit codes: 2 for bad usage (unknown arch, width or scale out of range, unwritable
/// --json); otherwise 0, also when the integration stopped early: that is an outcome of a
/// valid request, not bad input and not a missed claim, so the partial table is printed with
/// a warning on standard error and in the JSON ("complete": false, "status", "warning").
/// </summary>
internal sealed class SimulateCommand
{
    private readonly TextWriter output;
    private readonly TextWriter error;
    private readonly bool interactive;

    private readonly Option<string> arch = new("--arch")
    {
        Description = "architecture: " + string.Join(", ", SimulationSetups.Names),
        Required = true,
        HelpName = "NAME",
    };

    private readonly Option<int?> width = new("--width")
    {
        Description = "number of units H (default: the Figure 1 width, 10 or 50)",
        HelpName = "H",
    };

    private readonly Option<double?> init = new("--init")
    {
        Description = "initial scale ε: θ(0) ~ N(0, ε²) (default 1e-3)",
        HelpName = "SCALE",
    };

    private readonly Option<int> seed = new("--seed")
    {
        Description = "seed of the initialisation (default 1; the data have a fixed seed)",
        DefaultValueFactory = _ => 1,
    };

    private readonly Option<long?> maxSteps = new("--max-steps")
    {
        Description = "step budget of the integrator (default 2000000)",
        HelpName = "N",
    };

    private readonly Option<string> json = new("--json")
    {
        Description = "also write the setup and stages as JSON to FILE (replaced atomically)",
        HelpName = "FILE",
    };

    public SimulateCommand(TextWriter output, TextWriter error, bool interactive)
    {
        this.output = output;
        this.error = error;
        this.interactive = interactive;
        Command = new Command("simulate",
            "integrate a Figure 1 setup from small initialisation and print its stages");
        foreach (var o in new Option[] { arch, width, init, seed, maxSteps, json })
            Command.Options.Add(o);
        Command.SetAction(Run);
    }

    /// <summary>The verb, ready to be added to the root command.</summary>
    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        SimulationSetup setup;
        var path = parse.GetValue(json);
        try
        {
            setup = SimulationSetups.Create(parse.GetValue(arch)!, parse.GetValue(width),
                parse.GetValue(init), parse.GetValue(maxSteps));
            if (path is not null) JsonFile.RequireWritable(path);
        }
        catch (VerifyException e)
        {
            error.WriteLine($"verify simulate: {e.Message}");
            return ExitCodes.BadUsage;
        }

        var console = ConsoleFactory.For(output, interactive);
        WriteSetup(console, setup, parse.GetValue(seed));
        var result = interactive
            ? console.Status().Start("integrating", status => SimulationRunner.Run(setup,
                parse.GetValue(seed), phase => status.Status(Markup.Escape(phase))))
            : SimulationRunner.Run(setup, parse.GetValue(seed));
        WriteResult(console, result);
        if (result.Warning is { } warning) error.WriteLine($"verify simulate: warning: {warning}");
        if (path is not null)
        {
            try
            {
                JsonFile.Write(path, Json(result));
            }
            catch (VerifyException e)
            {
                error.WriteLine($"verify simulate: {e.Message}");
                return ExitCodes.BadUsage;
            }
        }
        return ExitCodes.Success;
    }

    private static void WriteSetup(IAnsiConsole console, SimulationSetup s, int seed)
    {
        var o = s.Integration;
        var lines = new (string, string)[]
        {
            ("arch", $"{s.Arch} ({s.Growth} growth)"),
            ("data", s.Data),
            ("width", $"H = {s.Width} units, init θ(0) ~ N(0, ε²) with ε = {G(s.InitScale)}, seed {seed}"),
            ("effective width", s.WidthMeasure),
            ("integration", $"Dormand–Prince 5(4) to t = {G(s.EndTime)}, rtol {G(o.RelativeTolerance)}, " +
                $"atol {G(o.AbsoluteTolerance)}, {o.OutputTimes.Count} log-spaced outputs from " +
                $"t = {G(o.OutputTimes[0])}, at most {o.MaxSteps} steps"),
            ("fixed points", $"Newton–LM to ‖∇L‖ ≤ {G(s.FixedPoint.AbsoluteGradientTolerance)}, " +
                $"eigenvalue rtol {G(s.FixedPoint.EigenvalueRelativeTolerance)}; zero modes " +
                $"explained by {s.FixedPoint.Symmetry?.Description ?? "none"}"),
            ("paper (§6)", $"{s.Expected} (reported for the paper's unpublished data; ours are stated above)"),
        };
        foreach (var (key, value) in lines)
            console.WriteLine($"{key,-16} {value}");
        console.WriteLine();
    }

    private static void WriteResult(IAnsiConsole console, SimulationResult r)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in new[] { "stage", "start", "end", "loss", "L/L(0)", "width", "fp width",
            "‖∇L‖ at fp", "index", "λ_min", "zero modes (explained)" })
        {
            table.AddColumn(c);
        }
        foreach (var s in r.Stages)
        {
            var st = s.Stage;
            var fp = st.FixedPoint;
            var spectrum = fp?.Spectrum;
            table.AddRow(
                new Text(st.Kind.ToString().ToLowerInvariant()), new Text(G(st.StartTime)),
                new Text(G(st.EndTime)), new Text(G(st.Loss)), new Text(G(st.Loss / r.InitialLoss)),
                new Text(Opt(st.EffectiveWidth)), new Text(Opt(s.FixedPointWidth)),
                new Text(fp is null ? "" : E(fp.GradientNorm) + (fp.Converged ? "" : " (not converged)")),
                new Text(Opt(spectrum?.Index)), new Text(spectrum is null ? "" : G(spectrum.MostNegativeEigenvalue)),
                new Text(spectrum is null ? "" : $"{spectrum.ZeroModes} ({Opt(spectrum.ExplainedZeroModes)})"));
        }
        console.Write(table);
        var run = r.Integration;
        console.WriteLine($"L(0) = {G(r.InitialLoss)}, final L = {G(r.FinalLoss)}; " +
            $"{run.Status} at t = {G(run.EndTime)}: {run.AcceptedSteps} steps, {run.RejectedSteps} " +
            $"rejected, {run.FieldEvaluations} field evaluations; {r.Seconds:F1} s");
        if (r.Warning is { } warning) console.WriteLine($"warning: {warning}");
    }

    private static string Json(SimulationResult r)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            var s = r.Setup;
            w.WriteStartObject();
            w.WriteString("arch", s.Arch);
            w.WriteNumber("seed", r.Seed);
            w.WriteNumber("width", s.Width);
            w.WriteNumber("init", s.InitScale);
            w.WriteString("growth", s.Growth.ToString());
            w.WriteString("data", s.Data);
            w.WriteString("effective_width_measure", s.WidthMeasure);
            w.WriteNumber("relative_tolerance", s.Integration.RelativeTolerance);
            w.WriteNumber("absolute_tolerance", s.Integration.AbsoluteTolerance);
            w.WriteNumber("end_time", s.EndTime);
            w.WriteBoolean("complete", r.Complete);
            w.WriteString("status", r.Integration.Status.ToString());
            w.WriteString("reason", r.Integration.Reason);
            if (r.Warning is null) w.WriteNull("warning");
            else w.WriteString("warning", r.Warning);
            w.WriteNumber("steps", r.Integration.AcceptedSteps);
            w.WriteNumber("rejected_steps", r.Integration.RejectedSteps);
            w.WriteNumber("field_evaluations", r.Integration.FieldEvaluations);
            Number(w, "initial_loss", r.InitialLoss);
            Number(w, "final_loss", r.FinalLoss);
            w.WriteNumber("seconds", Math.Round(r.Seconds, 3));
            w.WriteStartArray("stages");
            foreach (var stage in r.Stages) WriteStage(w, stage);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteStage(Utf8JsonWriter w, SimulatedStage stage)
    {
        var st = stage.Stage;
        var fp = st.FixedPoint;
        w.WriteStartObject();
        w.WriteString("kind", st.Kind == StageKind.Plateau ? "plateau" : "drop");
        Number(w, "start", st.StartTime);
        Number(w, "end", st.EndTime);
        Number(w, "time", st.Time);
        Number(w, "loss", st.Loss);
        Int(w, "effective_width", st.EffectiveWidth);
        Int(w, "fixed_point_width", stage.FixedPointWidth);
        Int(w, "index", st.Index);
        if (fp is null)
        {
            w.WriteNull("fixed_point");
        }
        else
        {
            w.WriteStartObject("fixed_point");
            w.WriteString("status", fp.Status.ToString());
            Number(w, "loss", fp.Loss);
            Number(w, "gradient_norm", fp.GradientNorm);
            if (fp.Spectrum is { } sp)
            {
                Number(w, "min_eigenvalue", sp.MostNegativeEigenvalue);
                w.WriteNumber("zero_modes", sp.ZeroModes);
                Int(w, "explained_zero_modes", sp.ExplainedZeroModes);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    // JSON has no NaN or ∞: such values are written as null.
    private static void Number(Utf8JsonWriter w, string name, double x)
    {
        if (double.IsFinite(x)) w.WriteNumber(name, x);
        else w.WriteNull(name);
    }

    private static void Int(Utf8JsonWriter w, string name, int? x)
    {
        if (x is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static string Opt(int? x) => x?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string G(double x) => x.ToString("G4", CultureInfo.InvariantCulture);

    private static string E(double x) => x.ToString("0.0E+0", CultureInfo.InvariantCulture);
}
