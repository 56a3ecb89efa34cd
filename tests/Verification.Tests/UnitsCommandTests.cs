using System.Text.Json;
using Verify.Theory.Units;

namespace Verify.Verification.Tests;

/// <summary><c>verify units</c>: the table and the JSON list of traits.</summary>
public sealed class UnitsCommandTests : IDisposable
{
    private readonly string directory =
        Path.Combine(Path.GetTempPath(), $"verify-units-{Guid.NewGuid():N}");

    public UnitsCommandTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void TableListsEveryCatalogueUnit()
    {
        var run = CliRun.Of("units");

        Assert.Equal(0, run.ExitCode);
        foreach (var name in UnitCatalogue.Names) Assert.Contains(name, run.Output);
        Assert.Contains("degree 1 over R>=0", run.Output);
    }

    [Fact]
    public void JsonIsAListOfObjectsWithTheDocumentedFields()
    {
        var path = Path.Combine(directory, "units.json");

        var run = CliRun.Of("units", "--json", path);

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(UnitCatalogue.Names, items.Select(i => i.GetProperty("name").GetString()));
        foreach (var item in items)
        {
            Assert.Equal(
                ["name", "zero_map", "homogeneity", "linear_in_u", "lowest_order", "evidence"],
                item.EnumerateObject().Select(p => p.Name));
        }
    }

    [Theory]
    // Hand-derived (PAPER.md §2): relu is positively homogeneous of degree 1, not linear;
    // (uᵀx)² is homogeneous of degree 2 over R; sigmoid(0) = 1/2 leaves no zero map.
    [InlineData("relu-fc", true, 1, "R>=0", false, 1)]
    [InlineData("quadratic", true, 2, "R", false, 2)]
    [InlineData("linear-fc", true, 1, "R", true, 1)]
    [InlineData("sigmoid-fc", false, 0, null, false, 0)]
    [InlineData("tanh-fc", true, 0, null, false, 1)]
    public void JsonCarriesTheDerivedTraits(
        string name, bool zeroMap, int degree, string? field, bool linear, int order)
    {
        var path = Path.Combine(directory, "units.json");
        CliRun.Of("units", "--json", path);

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var item = doc.RootElement.EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == name);

        Assert.Equal(zeroMap, item.GetProperty("zero_map").GetBoolean());
        var homogeneity = item.GetProperty("homogeneity");
        if (degree == 0)
        {
            Assert.Equal(JsonValueKind.Null, homogeneity.ValueKind);
        }
        else
        {
            Assert.Equal(degree, homogeneity.GetProperty("degree").GetInt32());
            Assert.Equal(field, homogeneity.GetProperty("field").GetString());
        }
        Assert.Equal(linear, item.GetProperty("linear_in_u").GetBoolean());
        Assert.Equal(order, item.GetProperty("lowest_order").GetInt32());
    }

    [Fact]
    public void JsonIntoAMissingDirectoryExitsTwo()
    {
        var run = CliRun.Of("units", "--json", Path.Combine(directory, "no", "units.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--json", run.Error);
        Assert.False(run.ShowsStackTrace);
    }
}
