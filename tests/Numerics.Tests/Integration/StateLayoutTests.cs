using Verify.Numerics.Integration;

namespace Verify.Numerics.Tests.Integration;

public sealed class StateLayoutTests
{
    [Fact]
    public void Units_are_laid_out_one_after_another_with_paper_names()
    {
        var layout = StateLayout.ForUnits(3, ("v", 1), ("u", 2));

        Assert.Equal(9, layout.Dimension);
        Assert.Equal(3, layout.UnitCount);
        Assert.Equal("u_3[1]", layout.NameOf(7));
        Assert.Equal(3, layout.UnitOf(7));
        Assert.Equal("unit 3 (u_3[1])", layout.Describe(7));
        Assert.Equal(new[] { 3, 4, 5 }, layout.ComponentsOf(2));
        Assert.Equal(3, layout.IndexOf("v_2"));
    }

    [Fact]
    public void Flat_layout_has_no_units()
    {
        var layout = StateLayout.Flat(4);

        Assert.Null(layout.UnitOf(2));
        Assert.Equal("component 3 (y[3])", layout.Describe(2));
    }

    [Fact]
    public void Duplicate_names_are_rejected()
    {
        var ex = Assert.Throws<NumericsException>(() => StateLayout.Create(["a", "b", "a"], [1, 1, 2]));

        Assert.Contains("'a'", ex.Message);
    }

    [Fact]
    public void Layout_must_match_the_state()
    {
        Assert.Throws<NumericsException>(() =>
            FlowProblem.Create((_, _, dy) => dy.Clear(), [1, 2], layout: StateLayout.Flat(3)));
    }
}
