using System.CommandLine;
using Spectre.Console;
using Verify.Theory;
using Verify.Verification.Audit;
using Verify.Verification.Cli;

namespace Verify.Verification.Commands;

/// <summary>
/// <c>verify audit [--claims ID,...] [--quick] [--seed N] [--json FILE]</c>: checks the
/// registered claims, prints a table and exits 0 when every claim reached its expected
/// verdict, 1 when one did not, 2 on bad usage.
/// </summary>
internal sealed class AuditCommand
{
    private readonly TextWriter output;
    private readonly TextWriter error;
    private readonly ClaimRegistry registry;
    private readonly bool interactive;

    private readonly Option<string> claims = new("--claims")
    {
        Description = "comma-separated claim IDs to check (default: every registered claim)",
    };

    private readonly Option<bool> quick = new("--quick")
    {
        Description = "spend less effort on random searches; verdicts do not change",
    };

    private readonly Option<int?> seed = new("--seed")
    {
        Description = "seed of every random choice (default: drawn and printed)",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(token, out int value)) return value;
            result.AddError($"--seed: '{token}' is not a whole number between {int.MinValue} and " +
                $"{int.MaxValue}; give one such as 42");
            return null;
        },
    };

    private readonly Option<string> json = new("--json")
    {
        Description = "also write the results as JSON to FILE (replaced atomically)",
        HelpName = "FILE",
    };

    public AuditCommand(
        TextWriter output, TextWriter error, ClaimRegistry registry, bool interactive)
    {
        this.output = output;
        this.error = error;
        this.registry = registry;
        this.interactive = interactive;
        Command = new Command("audit", "check the registered claims and print their verdicts");
        foreach (var o in new Option[] { claims, quick, seed, json }) Command.Options.Add(o);
        Command.SetAction(Run);
    }

    /// <summary>The verb, ready to be added to the root command.</summary>
    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        IReadOnlyList<RegisteredClaim> selected;
        string? jsonPath = parse.GetValue(json);
        try
        {
            selected = Select(parse.GetValue(claims));
            if (jsonPath is not null) JsonFile.RequireWritable(jsonPath);
        }
        catch (VerifyException e)
        {
            error.WriteLine($"verify audit: {e.Message}");
            return ExitCodes.BadUsage;
        }

        var context = new CheckContext(
            parse.GetValue(quick), parse.GetValue(seed) ?? Random.Shared.Next(1, int.MaxValue));
        var console = ConsoleFactory.For(output, interactive);
        var results = interactive
            ? RunWithProgress(console, selected, context)
            : AuditRunner.Run(selected, context);

        AuditTable.Write(console, results, context.Seed);
        if (jsonPath is not null)
        {
            try
            {
                JsonFile.Write(jsonPath, AuditJson.Format(results));
            }
            catch (VerifyException e)
            {
                error.WriteLine($"verify audit: {e.Message}");
                return ExitCodes.BadUsage;
            }
        }
        return results.All(r => r.MetExpectation) ? ExitCodes.Success : ExitCodes.ClaimMissed;
    }

    private IReadOnlyList<RegisteredClaim> Select(string? ids)
    {
        if (ids is null) return registry.All;
        var list = ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct()
            .ToList();
        if (list.Count == 0) throw CliErrors.EmptyClaimList();
        return registry.Select(list);
    }

    private static IReadOnlyList<ClaimResult> RunWithProgress(
        IAnsiConsole console, IReadOnlyList<RegisteredClaim> selected, CheckContext context) =>
        console.Status().Start("checking claims", status =>
            AuditRunner.Run(selected, context, (i, claim) =>
                status.Status($"checking {Markup.Escape(claim.Id)} ({i + 1}/{selected.Count})")));
}
