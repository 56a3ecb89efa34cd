using System.Text.Json;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Tests;

public sealed class DeriveCommandTests
{
    private const string Relu = "v*relu(u[1]*x[1] + u[2]*x[2])";

    private static CliRun Derive(
        string unit, string parameters, string inputs, params string[] more) =>
        CliRun.Of(
            ["derive", "--unit", unit, "--params", parameters, "--inputs", inputs, .. more]);

    private static void AssertSame(string expected, string actual) =>
        Assert.True(
            Canonical.IsZero(ExprParser.Parse(actual) - ExprParser.Parse(expected)),
            $"expected {expected}, got {actual}");

    [Fact]
    public void JsonForTheReluUnitGivesTheHandDerivedGradient()
    {
        var run = Derive(Relu, "u[1],u[2],v", "x[1],x[2]", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{\"unit\": ", run.Output);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(
            ["unit", "gradient", "traits"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        AssertSame(Relu, doc.RootElement.GetProperty("unit").GetString()!);
        var gradient = doc.RootElement.GetProperty("gradient");
        Assert.Equal(["u[1]", "u[2]", "v"], gradient.EnumerateObject().Select(p => p.Name));
        // ∂/∂u[k] v·relu(uᵀx) = v·x[k]·step(uᵀx) (relu' = step); ∂/∂v = relu(uᵀx).
        AssertSame("v*x[1]*step(u[1]*x[1] + u[2]*x[2])", gradient.GetProperty("u[1]").GetString()!);
        AssertSame("v*x[2]*step(u[1]*x[1] + u[2]*x[2])", gradient.GetProperty("u[2]").GetString()!);
        AssertSame("relu(u[1]*x[1] + u[2]*x[2])", gradient.GetProperty("v").GetString()!);
    }

    [Fact]
    public void TextOutputHasPhiAndOneLinePerParameterThenTraitsAndFlow()
    {
        var run = Derive(Relu, "u[1],u[2],v", "x[1],x[2]");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("φ = ", lines[0]);
        Assert.StartsWith("∂φ/∂u[1] = ", lines[1]);
        Assert.StartsWith("∂φ/∂v = ", lines[3]);
        // v is inferred as the output weight, so the user's unit gets traits like relu-fc.
        Assert.StartsWith("traits of φ in u = (u[1], u[2]), v = (v)", lines[4]);
        Assert.Contains(lines, l => l.Contains("homogeneity in u: degree 1 over R>=0"));
        Assert.Contains(lines, l => l.StartsWith("gradient flow: H = 2 units", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedUnitExitsTwoAndGivesTheColumn()
    {
        var run = Derive("v*relu(u[1]*x[1] +)", "u[1],v", "x[1]");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--unit", run.Error);
        Assert.Contains("column 19", run.Error);
        Assert.False(run.ShowsStackTrace);
    }

    [Fact]
    public void UndeclaredSymbolExitsTwoAndNamesIt()
    {
        var run = Derive("v*relu(w*x[1])", "v", "x[1]");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'w'", run.Error);
        Assert.False(run.ShowsStackTrace);
    }

    [Fact]
    public void UnusedParameterExitsTwoAndNamesIt()
    {
        var run = Derive("v*relu(u[1]*x[1])", "u[1],u[2],v", "x[1]");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'u[2]'", run.Error);
        Assert.Contains("does not occur", run.Error);
    }

    [Fact]
    public void ListItemThatIsNotASymbolExitsTwo()
    {
        var run = Derive("v*x", "v+1", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'v+1' is not a symbol", run.Error);
    }

    [Fact]
    public void EmptyListItemExitsTwoAndNamesItsPosition()
    {
        var run = Derive("v*x", "v,,w", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--params: item 2", run.Error);
    }

    [Fact]
    public void JsonAndLatexTogetherExitTwo()
    {
        var run = Derive(Relu, "u[1],u[2],v", "x[1],x[2]", "--json", "--latex");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("choose one", run.Error);
    }

    [Fact]
    public void MissingUnitOptionExitsTwo()
    {
        var run = CliRun.Of("derive", "--params", "v", "--inputs", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--unit", run.Error);
    }
}
