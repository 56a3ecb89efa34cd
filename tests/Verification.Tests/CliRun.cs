using Verify.Verification.Audit;

namespace Verify.Verification.Tests;

/// <summary>One run of the command line with its output captured.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(ClaimRegistry registry, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error, registry);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static CliRun Of(params string[] args) => Of(Catalogue.Registry, args);

    /// <summary>True when the error text looks like a .NET stack trace.</summary>
    public bool ShowsStackTrace => Error.Contains("   at ", StringComparison.Ordinal);
}
