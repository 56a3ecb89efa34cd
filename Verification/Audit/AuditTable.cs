using System.Globalization;
using Spectre.Console;
using Verify.Theory.Claims;

namespace Verify.Verification.Audit;

/// <summary>The audit table: ID, statement, expected, verdict, evidence, seconds.</summary>
internal static class AuditTable
{
    /// <summary>Writes the table and a one-line summary to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<ClaimResult> results, int seed)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("ID");
        table.AddColumn("statement");
        table.AddColumn("expected");
        table.AddColumn("verdict");
        table.AddColumn("evidence");
        table.AddColumn(new TableColumn("s").RightAligned());
        foreach (var r in results)
        {
            table.AddRow(
                new Text(r.Claim.Id),
                new Text(r.Claim.Statement),
                new Text(VerdictNames.Name(r.Claim.ExpectedVerdict)),
                VerdictCell(r),
                new Text(EvidenceText(r.Evidence)),
                new Text(r.Seconds.ToString("0.00", CultureInfo.InvariantCulture)));
        }
        console.Write(table);

        int met = results.Count(r => r.MetExpectation);
        var missed = results.Where(r => !r.MetExpectation).Select(r => r.Claim.Id).ToList();
        var summary = $"{met} of {results.Count} claims reached their expected verdict; " +
            $"seed {seed} (replay with --seed {seed})";
        if (missed.Count > 0) summary += $"; missed: {string.Join(", ", missed)}";
        console.WriteLine(summary);
    }

    // A summary can hold a whole canonical form; the table shows its start, JSON all of it.
    private const int MaxSummary = 160;

    /// <summary>The evidence as one cell: the summary, then the counterexample if any.</summary>
    public static string EvidenceText(Evidence e)
    {
        var summary = e.Summary.Length <= MaxSummary ? e.Summary : e.Summary[..MaxSummary] + " …";
        var text = $"{EvidenceKindNames.Name(e.Kind)}: {summary}";
        if (e.Counterexample is not null) text += $"\n{e.Counterexample}";
        return text;
    }

    private static Markup VerdictCell(ClaimResult r)
    {
        var name = Markup.Escape(VerdictNames.Name(r.Verdict));
        return new Markup(r.MetExpectation ? $"[green]{name}[/]" : $"[red bold]{name}[/]");
    }
}
