using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Verify.Theory;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Verification.Cli;

namespace Verify.Verification.Commands;

/// <summary>
/// <c>verify derive --unit EXPR --params LIST --inputs LIST [--latex] [--json]</c>: prints
/// the unit φ and ∂φ/∂p for every parameter p, each in canonical form.
/// </summary>
internal sealed class DeriveCommand
{
    private static readonly JsonSerializerOptions JsonText = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter output;
    private readonly TextWriter error;

    private readonly Option<string> unit = new("--unit")
    {
        Description = "the unit φ in the text syntax, e.g. \"v*relu(u[1]*x[1] + u[2]*x[2])\"",
        HelpName = "EXPR",
        Required = true,
    };

    private readonly Option<string> parameters = new("--params")
    {
        Description = "the unit's parameters, comma separated, e.g. \"u[1],u[2],v\"",
        HelpName = "LIST",
        Required = true,
    };

    private readonly Option<string> inputs = new("--inputs")
    {
        Description = "the unit's inputs, comma separated, e.g. \"x[1],x[2]\"",
        HelpName = "LIST",
        Required = true,
    };

    private readonly Option<bool> latex = new("--latex") { Description = "print LaTeX" };

    private readonly Option<bool> json = new("--json")
    {
        Description = "print {\"unit\": ..., \"gradient\": {PARAM: ...}} in the text syntax",
    };

    public DeriveCommand(TextWriter output, TextWriter error)
    {
        this.output = output;
        this.error = error;
        Command = new Command("derive", "print a unit φ and its gradient ∂φ/∂p, simplified");
        foreach (var o in new Option[] { unit, parameters, inputs, latex, json })
            Command.Options.Add(o);
        Command.SetAction(Run);
    }

    /// <summary>The verb, ready to be added to the root command.</summary>
    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        try
        {
            bool asJson = parse.GetValue(json), asLatex = parse.GetValue(latex);
            if (asJson && asLatex) throw CliErrors.JsonAndLatex();
            var definition = Define(
                parse.GetValue(unit) ?? "", parse.GetValue(parameters) ?? "",
                parse.GetValue(inputs) ?? "");

            var phi = Canonical.Simplify(definition.Phi);
            var gradient = definition.Parameters
                .Select(p => (p, d: Canonical.Simplify(Calculus.Differentiate(phi, p))))
                .ToList();

            if (asJson) output.WriteLine(Json(phi, gradient));
            else if (asLatex) WriteLatex(phi, gradient);
            else WriteText(phi, gradient);
            return ExitCodes.Success;
        }
        catch (VerifyException e)
        {
            error.WriteLine($"verify derive: {e.Message}");
            return ExitCodes.BadUsage;
        }
    }

    private static UnitDefinition Define(string unitText, string paramText, string inputText)
    {
        var ps = SymbolList.Parse("--params", paramText);
        var xs = SymbolList.Parse("--inputs", inputText);
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

    // Exactly {"unit": "...", "gradient": {"u[1]": "...", ...}} on one line.
    private static string Json(Expr phi, List<(Sym p, Expr d)> gradient)
    {
        var sb = new StringBuilder();
        sb.Append("{\"unit\": ").Append(Quote(phi.ToString())).Append(", \"gradient\": {");
        sb.AppendJoin(", ", gradient.Select(g => $"{Quote(g.p.Key)}: {Quote(g.d.ToString())}"));
        return sb.Append("}}").ToString();
    }

    private static string Quote(string s) => JsonSerializer.Serialize(s, JsonText);

    private void WriteText(Expr phi, List<(Sym p, Expr d)> gradient)
    {
        output.WriteLine($"φ = {phi}");
        foreach (var (p, d) in gradient) output.WriteLine($"∂φ/∂{p.Key} = {d}");
    }

    private void WriteLatex(Expr phi, List<(Sym p, Expr d)> gradient)
    {
        output.WriteLine($"\\phi = {LatexPrinter.ToLatex(phi)}");
        foreach (var (p, d) in gradient)
        {
            output.WriteLine(
                $"\\frac{{\\partial \\phi}}{{\\partial {LatexPrinter.ToLatex(p)}}} = " +
                LatexPrinter.ToLatex(d));
        }
    }
}
