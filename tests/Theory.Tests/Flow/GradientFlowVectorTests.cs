using Fractions;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;
using static Verify.Theory.Symbolic.Expr;

namespace Verify.Theory.Tests.Flow;

/// <summary>The symbolic flow of catalogue units with vector outputs, fixed symbols and
/// second derivatives (PAPER.md §1: θ̇ = −∂L/∂θ, L = (1/2P) Σ_μ ‖r_μ‖²).</summary>
public sealed class GradientFlowVectorTests
{
    private static GradientFlow Flow(string name, int width, int samples, UnitSizes? sizes = null) =>
        GradientFlow.Build(UnitCatalogue.Build(name, sizes).Definition, width, samples);

    [Theory]
    [InlineData("linear-fc", 2, 2)]
    [InlineData("relu-conv", 2, 1)]
    [InlineData("tanh-fc", 2, 2)]
    [InlineData("linear-attention-separate", 2, 1)]
    [InlineData("deep-linear-3", 2, 2)]
    public void FieldIsMinusTheLossGradient(string name, int width, int samples)
    {
        // θ̇_{h,p} built from the Jacobian, J_φᵀ r, equals −∂L/∂θ_{h,p} from differentiating L.
        var flow = Flow(name, width, samples);

        foreach (var theta in flow.State)
        {
            int h = int.Parse(theta.Name[(theta.Name.LastIndexOf('_') + 1)..]);
            var p = flow.Unit.Parameters.Single(q => flow.Parameter(h, q) == theta);
            Assert.True(
                Canonical.IsZero(flow.Field(h, p) + flow.LossGradient(theta)),
                $"{name}: component {theta.Key}");
        }
    }

    [Fact]
    public void LinearFcWithTwoOutputsHasTheHandDerivedField()
    {
        // φ_c = v[c]·uᵀx, D = 2, C = 2, H = 2, P = 1, with s_h = u_hᵀx:
        //   r_c = y[c] − Σ_h v_h[c] s_h,
        //   u̇_h[j] = Σ_c v_h[c] x[j] r_c,   v̇_h[c] = s_h r_c.
        var flow = Flow("linear-fc", 2, 1);
        Expr X(int j) => Symbol("x_1", j);
        Expr U(int h, int j) => Symbol($"u_{h}", j);
        Expr V(int h, int c) => Symbol($"v_{h}", c);
        Expr S(int h) => U(h, 1) * X(1) + U(h, 2) * X(2);
        Expr R(int c) => Symbol("y_1", c) - (V(1, c) * S(1) + V(2, c) * S(2));

        for (int h = 1; h <= 2; h++)
        {
            for (int j = 1; j <= 2; j++)
            {
                var expected = V(h, 1) * X(j) * R(1) + V(h, 2) * X(j) * R(2);
                Assert.True(Canonical.AreEqual(flow.Field(h, Symbol("u", j)), expected));
            }
            for (int c = 1; c <= 2; c++)
                Assert.True(Canonical.AreEqual(flow.Field(h, Symbol("v", c)), S(h) * R(c)));
        }
        var half = Constant(new Fraction(1, 2));
        Assert.True(Canonical.AreEqual(flow.Loss, half * (R(1) * R(1) + R(2) * R(2))));
    }

    [Fact]
    public void HessianOfATwoUnitLinearNetIsTheHandDerivedOne()
    {
        // φ = v·u·x (D = C = 1), H = 2, P = 1: L = ½ r², r = y − (v₁u₁ + v₂u₂)x.
        // ∂²L/∂u₁² = v₁²x²;  ∂²L/∂u₁∂v₁ = −xr + u₁v₁x²;  ∂²L/∂u₁∂u₂ = v₁v₂x²;
        // ∂²L/∂v₁² = u₁²x².
        var flow = Flow("linear-fc", 2, 1, new UnitSizes { InputDim = 1, OutputDim = 1 });
        Sym u1 = Symbol("u_1", 1), u2 = Symbol("u_2", 1), v1 = Symbol("v_1"), v2 = Symbol("v_2");
        Expr x = Symbol("x_1", 1), y = Symbol("y_1");
        var r = y - (v1 * u1 + v2 * u2) * x;

        Assert.True(Canonical.AreEqual(flow.Hessian(u1, u1), v1 * v1 * x * x));
        Assert.True(Canonical.AreEqual(flow.Hessian(u1, v1), -x * r + u1 * v1 * x * x));
        Assert.True(Canonical.AreEqual(flow.Hessian(v1, u1), flow.Hessian(u1, v1)));
        Assert.True(Canonical.AreEqual(flow.Hessian(u1, u2), v1 * v2 * x * x));
        Assert.True(Canonical.AreEqual(flow.Hessian(v1, v1), u1 * u1 * x * x));
    }

    [Fact]
    public void FieldInResidualsBecomesTheFieldWhenResidualsAreSubstituted()
    {
        var flow = Flow("linear-fc", 2, 2);
        var residuals = new Dictionary<Sym, Expr>();
        for (int mu = 1; mu <= 2; mu++)
        {
            for (int c = 1; c <= 2; c++)
                residuals[flow.ResidualSymbol(mu, c)] = flow.Residual(mu, c);
        }

        var p = Symbol("u", 2);
        var substituted = Calculus.Substitute(flow.FieldInResiduals(1, p), residuals);

        Assert.True(Canonical.AreEqual(substituted, flow.Field(1, p)));
        Assert.Equal("r_2[1]", flow.ResidualSymbol(2, 1).Key);
    }

    [Fact]
    public void FixedSymbolsAreSharedByUnitsAndSamples()
    {
        var flow = Flow("deep-linear-3", 2, 2);

        var symbols = Calculus.FreeSymbols(flow.Loss).Select(s => s.Key).ToHashSet();

        Assert.Contains("W[1,2]", symbols);
        Assert.DoesNotContain("W_1[1,2]", symbols);
        Assert.Contains("x_2[1]", symbols);
        Assert.Equal(2 * 4, flow.State.Count);
    }

    [Fact]
    public void VectorUnitRefusesTheScalarAccessors()
    {
        var flow = Flow("linear-fc", 1, 1);

        Assert.Throws<InvalidOperationException>(() => flow.Residual(1));
        Assert.Equal("y_1[2]", flow.Target(1, 2).Key);
    }
}
