using System.CommandLine;
using System.CommandLine.Invocation;
using Verify.Theory;
using Verify.Verification.Audit;
using Verify.Verification.Cli;
using Verify.Verification.Commands;

namespace Verify.Verification;

/// <summary>Wires the verbs of <c>verify</c> into one command line (DESIGN.md).</summary>
internal static class Program
{
    private static int Main(string[] args) =>
        Run(args, Console.Out, Console.Error, Catalogue.Registry, !Console.IsOutputRedirected);

    /// <summary>
    /// Parses <paramref name="args"/> and runs the verb, writing reports to
    /// <paramref name="output"/> and messages to <paramref name="error"/>; returns the exit
    /// code of <see cref="ExitCodes"/>. <paramref name="interactive"/> enables progress and
    /// colour, which only make sense on a terminal.
    /// </summary>
    internal static int Run(
        string[] args, TextWriter output, TextWriter error, ClaimRegistry registry,
        bool interactive = false)
    {
        var root = new RootCommand(
            "verify: a symbolic-numeric checker of gradient-flow theorems for neural networks");
        root.Subcommands.Add(new DeriveCommand(output, error).Command);
        root.Subcommands.Add(new AuditCommand(output, error, registry, interactive).Command);
        root.Subcommands.Add(new UnitsCommand(output, error, interactive).Command);
        root.Subcommands.Add(new SimulateCommand(output, error, interactive).Command);

        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // Usage errors are exit code 2 by our contract; System.CommandLine would say 1.
            foreach (var e in parse.Errors) error.WriteLine($"verify: {CliErrors.Readable(e.Message)}");
            error.WriteLine("run 'verify --help' or 'verify VERB --help' to see the options");
            return ExitCodes.BadUsage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                // Our own handler below maps exceptions to exit codes 2 and 3 without a trace.
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (VerifyException e)
        {
            error.WriteLine($"verify: {e.Message}");
            return ExitCodes.BadUsage;
        }
#pragma warning disable CA1031 // The last line of defence: no user ever sees a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"verify: internal error ({e.GetType().Name}: {e.Message}); " +
                "please report it with the command line that caused it");
            return ExitCodes.InternalError;
        }
    }
}
