using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;

namespace Verify.Theory.Tests.Units;

/// <summary>The split of a unit's parameters into input weights u and output weights v.</summary>
public sealed class UnitFormTests
{
    private static readonly Sym U = new("u"), V = new("v"), W = new("w"), X = new("x");

    [Fact]
    public void ParametersNamedVAreInferredAsOutputWeights()
    {
        var d = UnitDefinition.Create(V * Expr.Apply(Fn.Relu, U * X), [U, V], [X]);

        var form = UnitForm.TryInfer("user", d, out _);

        Assert.NotNull(form);
        Assert.Equal([U], form.InputWeights);
        Assert.Equal([V], form.OutputWeights);
    }

    [Fact]
    public void SeveralNamesWithoutVAreAmbiguous()
    {
        var d = UnitDefinition.Create(W * Expr.Apply(Fn.Relu, U * X), [U, W], [X]);

        Assert.Null(UnitForm.TryInfer("user", d, out var reason));
        Assert.Contains("(u, w)", reason);
    }

    [Fact]
    public void OutputWeightEnteringNonlinearlyIsRejectedAndNamed()
    {
        // v² is not of the form φ(z; u)·v.
        var d = UnitDefinition.Create(V * V * U * X, [U, V], [X]);

        var e = Assert.Throws<VerifyException>(() => UnitForm.Create("user", d, [V]));
        Assert.Contains("'v'", e.Message);
    }

    [Fact]
    public void OutputWeightThatIsNoParameterIsNamed()
    {
        var d = UnitDefinition.Create(V * U * X, [U, V], [X]);

        var e = Assert.Throws<VerifyException>(() => UnitForm.Create("user", d, [W]));
        Assert.Contains("'w'", e.Message);
    }
}
