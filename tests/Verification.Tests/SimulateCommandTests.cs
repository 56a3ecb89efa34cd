using System.Text.Json;

namespace Verify.Verification.Tests;

public sealed class SimulateCommandTests
{
    [Fact]
    public void Linear_fc_default_prints_setup_and_a_rank_one_saddle_then_rank_two()
    {
        // Issue 4's done-when, through the command line: plateaus at widths 0, 1, 2; the
        // middle one a saddle (index ≥ 1) at L = ½s₂² = 1/32 for s = (1, 0.25).
        var path = Path.Combine(Path.GetTempPath(), $"simulate-{Guid.NewGuid():N}.json");
        try
        {
            var run = CliRun.Of("simulate", "--arch", "linear-fc", "--json", path);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Error);
            Assert.Contains("ε = 0.0001, seed 1", run.Output, StringComparison.Ordinal);
            Assert.Contains("rtol 1E-08", run.Output, StringComparison.Ordinal);
            Assert.Contains("│ plateau │", run.Output, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            Assert.Equal("linear-fc", root.GetProperty("arch").GetString());
            Assert.Equal(1, root.GetProperty("seed").GetInt32());
            Assert.True(root.GetProperty("complete").GetBoolean());
            var plateaus = root.GetProperty("stages").EnumerateArray()
                .Where(s => s.GetProperty("kind").GetString() == "plateau").ToList();
            Assert.Equal([0, 1, 2], plateaus.Select(p => p.GetProperty("effective_width").GetInt32()));
            Assert.True(plateaus[1].GetProperty("index").GetInt32() >= 1);
            Assert.Equal(1.0 / 32, plateaus[1].GetProperty("loss").GetDouble(), 1e-4);
            Assert.All(plateaus, p => Assert.True(p.GetProperty("start").GetDouble()
                < p.GetProperty("end").GetDouble()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Exhausted_step_budget_prints_the_partial_table_and_a_warning_and_exits_0()
    {
        // Documented choice: a numerical failure of a valid request is an outcome, not bad
        // input (2) or a missed claim (1); the table and a warning are printed.
        var run = CliRun.Of("simulate", "--arch", "linear-fc", "--width", "4", "--max-steps", "60");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: the integration stopped early (MaxSteps", run.Error,
            StringComparison.Ordinal);
        Assert.Contains("MaxSteps at t =", run.Output, StringComparison.Ordinal);
        Assert.Contains("│ stage", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--arch", "mlp", "no simulation setup named 'mlp'")]
    [InlineData("--arch", "cubic", "has no simulation setup: Figure 1 has no degree-3")]
    [InlineData("--width", "0", "--width must be a whole number in [1, 200]")]
    [InlineData("--init", "2", "--init must be a finite number in (0, 1)")]
    [InlineData("--init", "abc", "abc")]
    [InlineData("--max-steps", "0", "--max-steps must be at least 1")]
    public void Bad_options_exit_2_with_a_message(string option, string value, string message)
    {
        string[] args = option == "--arch"
            ? ["simulate", option, value]
            : ["simulate", "--arch", "linear-fc", option, value];

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Json_into_a_missing_directory_exits_2_before_running()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}", "out.json");

        var run = CliRun.Of("simulate", "--arch", "linear-fc", "--json", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--json: the directory of", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }
}
