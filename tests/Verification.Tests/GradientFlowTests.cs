using Verify.Theory;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Tests;

public sealed class GradientFlowTests
{
    private static readonly Sym U1 = Expr.Symbol("u", 1), U2 = Expr.Symbol("u", 2);
    private static readonly Sym V = Expr.Symbol("v");
    private static readonly Sym X1 = Expr.Symbol("x", 1), X2 = Expr.Symbol("x", 2);

    private static GradientFlow Linear(int width, int samples) =>
        GradientFlow.Build(UnitDefinition.Create(V * U1 * X1, [U1, V], [X1]), width, samples);

    private static GradientFlow Relu(int width, int samples) => GradientFlow.Build(
        UnitDefinition.Create(V * Expr.Apply(Fn.Relu, U1 * X1 + U2 * X2), [U1, U2, V], [X1, X2]),
        width, samples);

    [Fact]
    public void CopiesAreNamedPerUnitAndPerSample()
    {
        var flow = Relu(width: 2, samples: 3);

        Assert.Equal(Expr.Symbol("u_2", 1), flow.Parameter(2, U1));
        Assert.Equal(Expr.Symbol("v_2"), flow.Parameter(2, V));
        Assert.Equal(Expr.Symbol("x_3", 2), flow.Input(3, X2));
        Assert.Equal(Expr.Symbol("y_3"), flow.Target(3));
        Assert.Equal(
            ["u_1[1]", "u_1[2]", "v_1", "u_2[1]", "u_2[2]", "v_2"],
            flow.State.Select(s => s.Key));
    }

    [Fact]
    public void IdentifyMapsTheSecondUnitOntoTheFirst()
    {
        var map = Relu(2, 1).Identify(1, 2, [U1, U2]);

        Assert.Equal(2, map.Count);
        Assert.Equal(Expr.Symbol("u_1", 1), map[Expr.Symbol("u_2", 1)]);
        Assert.False(map.ContainsKey(Expr.Symbol("v_2")));
    }

    [Fact]
    public void OutOfRangeUnitIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Relu(2, 1).Parameter(3, V));

    [Fact]
    public void TargetNameUsedByTheUnitIsRejected()
    {
        var y = Expr.Symbol("y");
        var unit = UnitDefinition.Create(y * X1, [y], [X1]);

        var e = Assert.Throws<VerifyException>(() => GradientFlow.Build(unit, 2, 1));
        Assert.Contains("'y'", e.Message);
    }

    [Fact]
    public void LinearFieldEqualsTheHandDerivedOne()
    {
        // φ = v·u[1]·x[1], H = 2, P = 1:  r = y_1 − (v_1 u_1[1] + v_2 u_2[1]) x_1[1],
        // θ̇_{h,u[1]} = v_h x_1[1] r,  θ̇_{h,v} = u_h[1] x_1[1] r.
        var flow = Linear(width: 2, samples: 1);
        Sym x = Expr.Symbol("x_1", 1), y = Expr.Symbol("y_1");
        Sym u1 = Expr.Symbol("u_1", 1), u2 = Expr.Symbol("u_2", 1);
        Sym v1 = Expr.Symbol("v_1"), v2 = Expr.Symbol("v_2");
        var r = y - (v1 * u1 + v2 * u2) * x;

        Assert.True(Canonical.IsZero(flow.Field(1, U1) - v1 * x * r));
        Assert.True(Canonical.IsZero(flow.Field(2, U1) - v2 * x * r));
        Assert.True(Canonical.IsZero(flow.Field(1, V) - u1 * x * r));
        Assert.True(Canonical.IsZero(flow.Field(2, V) - u2 * x * r));
        var half = Expr.Constant(new Fractions.Fraction(1, 2));
        Assert.True(Canonical.IsZero(flow.Loss - half * r * r));
    }

    [Theory]
    [InlineData("linear", 2, 1)]
    [InlineData("linear", 3, 2)]
    [InlineData("relu", 2, 2)]
    public void FieldIsMinusTheLossGradient(string unit, int width, int samples)
    {
        // θ̇_{h,p} = −∂L/∂θ_{h,p} for every component of the state.
        var flow = unit == "relu" ? Relu(width, samples) : Linear(width, samples);
        var minusLoss = -flow.Loss;

        for (int h = 1; h <= width; h++)
        {
            foreach (var p in flow.Unit.Parameters)
            {
                var gradient = Calculus.Differentiate(minusLoss, flow.Parameter(h, p));
                Assert.True(
                    Canonical.IsZero(gradient - flow.Field(h, p)),
                    $"component {flow.Parameter(h, p).Key}");
            }
        }
    }
}
