using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Verify.Theory;
using Verify.Theory.Units;
using Verify.Verification.Cli;
using Verify.Verification.Units;

namespace Verify.Verification.Commands;

/// <summary>
/// <c>verify units [--json FILE]</c>: every unit of the catalogue at its default sizes
/// with its traits, derived by the symbolic core (PAPER.md §2–§4), as a table; with
/// <c>--json</c> also a list of objects {"name", "zero_map", "homogeneity", "linear_in_u",
/// "lowest_order", "evidence"} written atomically.
/// </summary>
internal sealed class UnitsCommand
{
    private readonly TextWriter output;
    private readonly TextWriter error;
    private readonly bool interactive;

    private readonly Option<string> json = new("--json")
    {
        Description = "also write the traits as JSON to FILE (replaced atomically)",
        HelpName = "FILE",
    };

    public UnitsCommand(TextWriter output, TextWriter error, bool interactive)
    {
        this.output = output;
        this.error = error;
        this.interactive = interactive;
        Command = new Command("units", "list the catalogue's units with their derived traits");
        Command.Options.Add(json);
        Command.SetAction(Run);
    }

    /// <summary>The verb, ready to be added to the root command.</summary>
    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        try
        {
            var path = parse.GetValue(json);
            if (path is not null) JsonFile.RequireWritable(path);
            var rows = UnitCatalogue.Names
                .Select(name => UnitCatalogue.Build(name))
                .Select(unit => (Unit: unit, Traits: TraitDeriver.Derive(unit)))
                .ToList();
            WriteTable(rows);
            if (path is not null) JsonFile.Write(path, Json(rows));
            return ExitCodes.Success;
        }
        catch (VerifyException e)
        {
            error.WriteLine($"verify units: {e.Message}");
            return ExitCodes.BadUsage;
        }
    }

    private void WriteTable(List<(UnitForm Unit, UnitTraits Traits)> rows)
    {
        var console = ConsoleFactory.For(output, interactive);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[]
            { "unit", "sizes", "u", "v", "zero map", "homogeneity", "linear in u", "lowest order" })
        {
            table.AddColumn(column);
        }
        foreach (var (unit, t) in rows)
        {
            table.AddRow(
                new Text(unit.Name), new Text(unit.Shape),
                new Text(Count(unit.InputWeights.Count)), new Text(Count(unit.OutputWeights.Count)),
                new Text(TraitReport.ZeroMap(t)), new Text(TraitReport.Homogeneity(t)),
                new Text(TraitReport.LinearInU(t)), new Text(TraitReport.LowestOrder(t)));
        }
        console.Write(table);
        console.WriteLine(
            "traits derived from each unit's text: proved by canonical form 0 or refuted by " +
            "a counterexample; 'undecided' when neither (see README, Units)");
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Json(List<(UnitForm Unit, UnitTraits Traits)> rows)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartArray();
            foreach (var (unit, t) in rows)
            {
                w.WriteStartObject();
                w.WriteString("name", unit.Name);
                TraitReport.WriteFields(w, t);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
