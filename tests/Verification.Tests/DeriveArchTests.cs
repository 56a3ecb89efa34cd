using System.Text.Json;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Tests;

/// <summary><c>verify derive --arch</c> and the options that split a user's unit into u
/// and v; bad units exit 2 naming the offending symbol, size or name.</summary>
public sealed class DeriveArchTests
{
    [Fact]
    public void ArchPrintsPhiTraitsAndTheHandDerivedFlow()
    {
        var run = CliRun.Of("derive", "--arch", "relu-fc", "--width", "2");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("unit relu-fc (D = 2, C = 1)", lines[0]);
        Assert.Contains("φ = v*relu(u[1]*x[1] + u[2]*x[2])", lines);
        Assert.Contains(lines, l => l.Contains("zero map: yes"));
        // P = 1: u̇_2[1] = v_2·x_1[1]·step(u_2ᵀx_1)·r_1 (relu' = step).
        var field = lines.Single(l => l.StartsWith("  du_2[1]/dt = ", StringComparison.Ordinal));
        Assert.True(Canonical.AreEqual(
            ExprParser.Parse(field["  du_2[1]/dt = ".Length..]),
            ExprParser.Parse("v_2*x_1[1]*step(u_2[1]*x_1[1] + u_2[2]*x_1[2])*r_1")));
        var residual = lines.Single(l => l.StartsWith("  r_1 = ", StringComparison.Ordinal));
        Assert.True(Canonical.AreEqual(
            ExprParser.Parse(residual["  r_1 = ".Length..]),
            ExprParser.Parse("y_1 - v_1*relu(u_1[1]*x_1[1] + u_1[2]*x_1[2])" +
                " - v_2*relu(u_2[1]*x_1[1] + u_2[2]*x_1[2])")));
    }

    [Fact]
    public void VectorOutputsGetOneResidualPerComponent()
    {
        var run = CliRun.Of("derive", "--arch", "linear-fc", "--width", "1", "--samples", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("φ[2] = ", run.Output);
        Assert.Contains("r_2[2] = y_2[2] - ", run.Output);
        Assert.Contains("dv_1[2]/dt = ", run.Output);
    }

    [Fact]
    public void LatexKeepsProseInComments()
    {
        var run = CliRun.Of("derive", "--arch", "quadratic", "--latex");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("% traits of φ in u", run.Output);
        Assert.Contains("\\dot{", run.Output);
    }

    [Fact]
    public void JsonForArchHasTraits()
    {
        var run = CliRun.Of("derive", "--arch", "sigmoid-fc", "--json");

        using var doc = JsonDocument.Parse(run.Output);
        Assert.False(doc.RootElement.GetProperty("traits").GetProperty("zero_map").GetBoolean());
    }

    [Fact]
    public void VparamsNamesTheOutputWeightsOfAUserUnit()
    {
        var run = CliRun.Of("derive", "--unit", "w*relu(u*x)", "--params", "u",
            "--vparams", "w", "--inputs", "x");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("traits of φ in u = (u), v = (w)", run.Output);
        Assert.Contains("homogeneity in u: degree 1 over R>=0", run.Output);
    }

    [Fact]
    public void AmbiguousSplitSaysWhatToPass()
    {
        var run = CliRun.Of("derive", "--unit", "w*relu(u*x)", "--params", "u,w", "--inputs", "x");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("traits not derived", run.Output);
        Assert.Contains("--vparams", run.Output);
    }

    [Theory]
    [InlineData(new[] { "--arch", "gelu-fc" }, "'gelu-fc'")]
    [InlineData(new[] { "--arch", "linear-conv", "--input-dim", "2", "--kernel", "3" }, "k = 3")]
    [InlineData(new[] { "--arch", "relu-fc", "--kernel", "2" }, "no kernel size k")]
    [InlineData(new[] { "--arch", "relu-fc", "--params", "u" }, "--params")]
    [InlineData(new[] { "--unit", "v*softplus(u*x)", "--params", "u,v", "--inputs", "x" }, "softplus")]
    [InlineData(new[] { "--unit", "v*relu(u*x)", "--params", "u,v,w", "--inputs", "x" }, "'w'")]
    [InlineData(new[] { "--unit", "v*relu(u*x + b)", "--params", "u,v", "--inputs", "x" }, "'b'")]
    [InlineData(new[] { "--unit", "v*v*u*x", "--params", "u", "--vparams", "v", "--inputs", "x" }, "'v'")]
    [InlineData(new[] { "--unit", "v*u*x", "--params", "u,v", "--inputs", "x", "--kernel", "2" }, "--kernel")]
    public void BadUnitExitsTwoAndNamesTheCulprit(string[] args, string named)
    {
        var run = CliRun.Of(["derive", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error);
        Assert.False(run.ShowsStackTrace);
    }
}
