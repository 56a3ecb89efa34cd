using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Verify.Theory;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;
using Verify.Verification.Cli;
using Verify.Verification.Units;

namespace Verify.Verification.Commands;

/// <summary>
/// <c>verify derive (--unit EXPR --params LIST --inputs LIST [--vparams LIST] | --arch NAME
/// [sizes]) [--width H] [--samples P] [--latex | --json]</c>: prints the unit φ and ∂φ/∂p
/// for every parameter p in canonical form, then the traits of φ in u (when the split into
/// input weights u and output weights v is known) and the gradient-flow equations of H
/// units on P symbolic samples.
/// </summary>
internal sealed class DeriveCommand
{
    private static readonly JsonWriterOptions JsonText = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter output;
    private readonly TextWriter error;

    private readonly Option<string> unit = new("--unit")
    {
        Description = "the unit φ in the text syntax, e.g. \"v*relu(u[1]*x[1] + u[2]*x[2])\"",
        HelpName = "EXPR",
    };

    private readonly Option<string> parameters = new("--params")
    {
        Description = "the unit's parameters, comma separated, e.g. \"u[1],u[2],v\"",
        HelpName = "LIST",
    };

    private readonly Option<string> inputs = new("--inputs")
    {
        Description = "the unit's inputs, comma separated, e.g. \"x[1],x[2]\"",
        HelpName = "LIST",
    };

    private readonly Option<string> vparams = new("--vparams")
    {
        Description = "which parameters are output weights v (may also be listed in " +
            "--params; \"\" for none); default: the parameters named v",
        HelpName = "LIST",
    };

    private readonly Option<string> arch = new("--arch")
    {
        Description = $"a catalogue unit: {string.Join(", ", UnitCatalogue.Names)}",
        HelpName = "NAME",
    };

    private readonly Option<int> width = new("--width")
    {
        Description = "the number of units H in the flow",
        DefaultValueFactory = _ => 2,
    };

    private readonly Option<int> samples = new("--samples")
    {
        Description = "the number of symbolic samples P in the flow",
        DefaultValueFactory = _ => 1,
    };

    private readonly Option<int?> inputDim = new("--input-dim") { Description = "D (--arch)" };
    private readonly Option<int?> outputDim = new("--output-dim") { Description = "C (--arch)" };
    private readonly Option<int?> kernel = new("--kernel") { Description = "k (--arch)" };
    private readonly Option<int?> tokens = new("--tokens") { Description = "N (--arch)" };
    private readonly Option<int?> tokenDim = new("--token-dim") { Description = "d (--arch)" };

    private readonly Option<bool> latex = new("--latex") { Description = "print LaTeX" };

    private readonly Option<bool> json = new("--json")
    {
        Description = "print {\"unit\", \"gradient\", \"traits\"} in the text syntax",
    };

    public DeriveCommand(TextWriter output, TextWriter error)
    {
        this.output = output;
        this.error = error;
        Command = new Command(
            "derive", "print a unit φ, its gradient ∂φ/∂p, its traits and its gradient flow");
        foreach (var o in new Option[]
        {
            unit, parameters, inputs, vparams, arch, width, samples,
            inputDim, outputDim, kernel, tokens, tokenDim, latex, json,
        })
        {
            Command.Options.Add(o);
        }
        Command.SetAction(Run);
    }

    /// <summary>The verb, ready to be added to the root command.</summary>
    public Command Command { get; }

    private const int MaxWidth = 64, MaxSamples = 16;

    private int Run(ParseResult parse)
    {
        try
        {
            bool asJson = parse.GetValue(json), asLatex = parse.GetValue(latex);
            if (asJson && asLatex) throw CliErrors.JsonAndLatex();
            var (definition, form, note) = Resolve(parse);
            var traits = form is null ? null : TraitDeriver.Derive(form);
            int h = parse.GetValue(width), p = parse.GetValue(samples);
            // Printed flows grow like H·P; beyond these they are unreadable and slow to build.
            if (h < 1 || h > MaxWidth) throw CliErrors.OutOfRange("--width", h, 1, MaxWidth);
            if (p < 1 || p > MaxSamples) throw CliErrors.OutOfRange("--samples", p, 1, MaxSamples);
            var flow = GradientFlow.Build(definition, h, p);
            var report = new Derivation(definition, form, traits, note, flow);

            if (asJson) output.WriteLine(Json(report));
            else if (asLatex) WriteLatex(report);
            else WriteText(report);
            return ExitCodes.Success;
        }
        catch (VerifyException e)
        {
            error.WriteLine($"verify derive: {e.Message}");
            return ExitCodes.BadUsage;
        }
    }

    private sealed record Derivation(
        UnitDefinition Definition, UnitForm? Form, UnitTraits? Traits, string Note,
        GradientFlow Flow)
    {
        public List<Expr> Phi { get; } = [.. Definition.Outputs.Select(e => Canonical.Simplify(e))];

        public List<(Sym P, List<Expr> D)> Gradient { get; } = [.. Definition.Parameters.Select(
            p => (p, Definition.Outputs
                .Select(e => Canonical.Simplify(Calculus.Differentiate(e, p))).ToList()))];
    }

    // Either --arch with sizes, or --unit with --params and --inputs (and --vparams).
    private (UnitDefinition, UnitForm?, string) Resolve(ParseResult parse)
    {
        var archName = parse.GetValue(arch);
        var unitText = parse.GetValue(unit);
        var sizeOptions = new (Option<int?> Option, Func<UnitSizes, int, UnitSizes> Set)[]
        {
            (inputDim, (s, x) => s with { InputDim = x }),
            (outputDim, (s, x) => s with { OutputDim = x }),
            (kernel, (s, x) => s with { Kernel = x }),
            (tokens, (s, x) => s with { Tokens = x }),
            (tokenDim, (s, x) => s with { TokenDim = x }),
        };
        if (archName is not null)
        {
            if (unitText is not null) throw DeriveErrors.UnitAndArch();
            foreach (var o in new[] { parameters, inputs, vparams })
            {
                if (parse.GetResult(o) is not null) throw DeriveErrors.NotWithArch(o.Name);
            }
            var sizes = UnitSizes.Defaults;
            foreach (var (option, set) in sizeOptions)
            {
                if (parse.GetValue(option) is int value) sizes = set(sizes, value);
            }
            var form = UnitCatalogue.Build(archName, sizes);
            return (form.Definition, form, "");
        }
        if (unitText is null) throw DeriveErrors.NoUnit();
        foreach (var (option, _) in sizeOptions)
        {
            if (parse.GetResult(option) is not null) throw DeriveErrors.SizeWithUnit(option.Name);
        }
        var ps = SymbolList.Parse("--params", parse.GetValue(parameters) ?? "");
        var xs = SymbolList.Parse("--inputs", parse.GetValue(inputs) ?? "");
        if (parse.GetResult(parameters) is null) throw DeriveErrors.Missing("--params");
        if (parse.GetResult(inputs) is null) throw DeriveErrors.Missing("--inputs");
        var vs = parse.GetResult(vparams) is null
            ? null
            : SymbolList.Parse("--vparams", parse.GetValue(vparams) ?? "");
        // Output weights may be listed only in --vparams; they are parameters all the same.
        var all = ps.Concat((vs ?? []).Where(v => !ps.Contains(v))).ToList();
        var definition = Define(unitText, all, xs);
        if (vs is not null)
        {
            try
            {
                return (definition, UnitForm.Create("unit", definition, vs), "");
            }
            catch (VerifyException e)
            {
                throw DeriveErrors.BadSplit(e);
            }
        }
        var inferred = UnitForm.TryInfer("unit", definition, out var reason);
        return (definition, inferred, inferred is null
            ? $"traits not derived: {reason}; pass --vparams LIST to name the output " +
              "weights v (--vparams \"\" when there are none)"
            : "");
    }

    private static UnitDefinition Define(string unitText, IReadOnlyList<Sym> ps, IReadOnlyList<Sym> xs)
    {
        Expr phi;
        try
        {
            phi = ExprParser.Parse(unitText);
        }
        catch (ParseException e)
        {
            throw CliErrors.BadExpression("--unit", e);
        }
        try
        {
            return UnitDefinition.Create(phi, ps, xs);
        }
        catch (VerifyException e)
        {
            throw CliErrors.BadUnit(e);
        }
    }

    private static string Component(Derivation d, int c) =>
        d.Definition.OutputDimension == 1 ? "φ" : $"φ[{c}]";

    private void WriteText(Derivation d)
    {
        if (d.Form is { Shape.Length: > 0 } f)
            output.WriteLine($"unit {f.Name} ({f.Shape}): {UnitCatalogue.Formula(f.Name)}");
        for (int c = 1; c <= d.Phi.Count; c++) output.WriteLine($"{Component(d, c)} = {d.Phi[c - 1]}");
        foreach (var (p, ds) in d.Gradient)
        {
            for (int c = 1; c <= ds.Count; c++)
                output.WriteLine($"∂{Component(d, c)}/∂{p.Key} = {ds[c - 1]}");
        }
        WriteTraits(d, "");
        output.WriteLine(FlowHeader(d.Flow));
        foreach (var (r, value) in Residuals(d.Flow)) output.WriteLine($"  {r} = {value}");
        foreach (var (theta, field) in Fields(d.Flow))
            output.WriteLine($"  d{theta.Key}/dt = {field}");
    }

    private void WriteLatex(Derivation d)
    {
        for (int c = 1; c <= d.Phi.Count; c++)
        {
            var name = d.Phi.Count == 1 ? "\\phi" : $"\\phi_{{{c}}}";
            output.WriteLine($"{name} = {LatexPrinter.ToLatex(d.Phi[c - 1])}");
        }
        foreach (var (p, ds) in d.Gradient)
        {
            for (int c = 1; c <= ds.Count; c++)
            {
                var name = ds.Count == 1 ? "\\phi" : $"\\phi_{{{c}}}";
                output.WriteLine(
                    $"\\frac{{\\partial {name}}}{{\\partial {LatexPrinter.ToLatex(p)}}} = " +
                    LatexPrinter.ToLatex(ds[c - 1]));
            }
        }
        // Traits and headers are prose: LaTeX comments keep the output valid LaTeX.
        WriteTraits(d, "% ");
        output.WriteLine($"% {FlowHeader(d.Flow)}");
        foreach (var (r, value) in Residuals(d.Flow))
            output.WriteLine($"{LatexPrinter.ToLatex(r)} = {LatexPrinter.ToLatex(value)}");
        foreach (var (theta, field) in Fields(d.Flow))
            output.WriteLine($"\\dot{{{LatexPrinter.ToLatex(theta)}}} = {LatexPrinter.ToLatex(field)}");
    }

    private void WriteTraits(Derivation d, string prefix)
    {
        if (d.Form is { } f)
        {
            output.WriteLine($"{prefix}traits of φ in u = ({Keys(f.InputWeights)}), " +
                $"v = ({Keys(f.OutputWeights)}):");
            foreach (var line in TraitReport.Lines(d.Traits!)) output.WriteLine($"{prefix}  {line}");
        }
        else
        {
            output.WriteLine($"{prefix}{d.Note}");
        }
    }

    private static string Keys(IEnumerable<Sym> symbols) => string.Join(", ", symbols.Select(s => s.Key));

    private static string FlowHeader(GradientFlow flow) =>
        $"gradient flow: H = {flow.Width} units, P = {flow.Samples} " +
        $"sample{(flow.Samples == 1 ? "" : "s")}; θ̇_h = (1/P) Σ_μ J_φ(x_μ; θ_h)ᵀ r_μ = −∂L/∂θ_h, " +
        "L = (1/2P) Σ_μ ‖r_μ‖² (names as in theorems.md):";

    private static IEnumerable<(Sym, Expr)> Residuals(GradientFlow flow) =>
        from mu in Enumerable.Range(1, flow.Samples)
        from c in Enumerable.Range(1, flow.OutputDimension)
        select (flow.ResidualSymbol(mu, c), flow.Residual(mu, c));

    private static IEnumerable<(Sym, Expr)> Fields(GradientFlow flow) =>
        from h in Enumerable.Range(1, flow.Width)
        from p in flow.Unit.Parameters
        select (flow.Parameter(h, p), Canonical.Simplify(flow.FieldInResiduals(h, p)));

    // {"unit": φ or [φ_1, …], "gradient": {p: ∂φ/∂p or [...]}, "traits": {...} or null}
    // on one line, spaced as the README shows it.
    private static string Json(Derivation d)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("{\"unit\": ").Append(Fragment(w => WriteComponents(w, d.Phi)));
        sb.Append(", \"gradient\": {");
        sb.AppendJoin(", ", d.Gradient.Select(
            g => $"{Fragment(w => w.WriteStringValue(g.P.Key))}: " +
                Fragment(w => WriteComponents(w, g.D))));
        sb.Append("}, \"traits\": ");
        sb.Append(Fragment(w =>
        {
            if (d.Traits is null)
            {
                w.WriteNullValue();
                return;
            }
            w.WriteStartObject();
            TraitReport.WriteFields(w, d.Traits);
            w.WriteEndObject();
        }));
        return sb.Append('}').ToString();
    }

    private static string Fragment(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonText)) write(w);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteComponents(Utf8JsonWriter w, List<Expr> components)
    {
        if (components.Count == 1)
        {
            w.WriteStringValue(components[0].ToString());
            return;
        }
        w.WriteStartArray();
        foreach (var e in components) w.WriteStringValue(e.ToString());
        w.WriteEndArray();
    }
}
