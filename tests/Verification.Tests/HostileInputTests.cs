namespace Verify.Verification.Tests;

/// <summary>Bad input found by trying to break the command line: each case exits 2 with a
/// message naming the input, never a stack trace.</summary>
public sealed class HostileInputTests
{
    [Theory]
    [InlineData("a directory", "/tmp")]
    [InlineData("an empty path", "")]
    [InlineData("an unwritable place", "/proc/verify-audit.json")]
    public void Audit_json_to_a_path_that_cannot_be_written_fails_before_the_audit(string what, string path)
    {
        var run = CliRun.Of("audit", "--json", path);

        Assert.True(run.ExitCode == 2, $"{what}: exit {run.ExitCode}, {run.Error}");
        Assert.Contains("--json", run.Error);
        Assert.DoesNotContain("claims reached", run.Output); // nothing ran, nothing was lost
        Assert.False(run.ShowsStackTrace);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" , ")]
    public void Audit_with_an_empty_claim_list_says_so(string list)
    {
        var run = CliRun.Of("audit", "--claims", list);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty", run.Error);
    }

    [Theory]
    [InlineData("x^99999999999*y", "exponent")]
    [InlineData("x^(1/2147483648)*y", "exponent")]
    [InlineData("(x + y + 1)^200", "budget")]
    [InlineData("x/(y - y)", "division by zero")]
    [InlineData("log(0)*x*y", "log")]
    [InlineData("sqrt(-4)*x*y", "negative")]
    public void Derive_of_an_expression_without_a_canonical_form_exits_two(string unit, string named)
    {
        var run = CliRun.Of("derive", "--unit", unit, "--params", "x", "--inputs", "y");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error);
        Assert.False(run.ShowsStackTrace);
    }

    [Fact]
    public void A_function_name_declared_as_a_parameter_is_named_as_such()
    {
        var run = CliRun.Of("derive", "--unit", "x*y", "--params", "relu,x", "--inputs", "y");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'relu' is the name of a function", run.Error);
    }
}

/// <summary>A fault of verify itself is exit code 3 with one line, never a stack trace and
/// never exit 1 (which means a claim missed its verdict).</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void An_unexpected_exception_exits_three_without_a_stack_trace()
    {
        var broken = new Audit.ClaimRegistry(() => throw new InvalidOperationException("registry broke"));

        var run = CliRun.Of(broken, "audit");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("internal error", run.Error);
        Assert.Contains("registry broke", run.Error);
        Assert.False(run.ShowsStackTrace);
    }

    [Theory]
    [InlineData("units", "--json", "/tmp")]
    [InlineData("units", "--json", "")]
    [InlineData("derive", "--arch", "relu-fc", "--width", "1000000000")]
    [InlineData("derive", "--arch", "relu-fc", "--samples", "100000")]
    public void New_verbs_reject_bad_sizes_and_paths_with_exit_two(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.False(run.ShowsStackTrace);
    }
}

/// <summary>Type errors of options read as plain words, not CLR type names.</summary>
public sealed class OptionTypeErrorTests
{
    [Theory]
    [InlineData("--init", "abc", "a number")]
    [InlineData("--width", "1e9", "a whole number")]
    public void A_value_of_the_wrong_type_is_named_in_words(string option, string value, string expected)
    {
        var run = CliRun.Of("simulate", "--arch", "linear-fc", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("System.", run.Error);
    }
}
