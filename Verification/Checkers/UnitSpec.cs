using Verify.Theory.Flow;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Checkers;

/// <summary>
/// A unit as the catalogue writes it: expression text and the symbols of its parameters
/// and inputs. Parsing waits until <see cref="Build"/>, so that registering a claim costs
/// nothing and a bad unit surfaces as the claim's reason, not as a crash of the registry.
/// </summary>
internal sealed record UnitSpec(
    string Phi, IReadOnlyList<Sym> Parameters, IReadOnlyList<Sym> Inputs)
{
    /// <summary>The two-layer ReLU neuron with 2-D input, v·relu(uᵀx) (PAPER.md §1).</summary>
    public static UnitSpec ReluNeuron2 { get; } = new(
        "v*relu(u[1]*x[1] + u[2]*x[2])",
        [Expr.Symbol("u", 1), Expr.Symbol("u", 2), Expr.Symbol("v")],
        [Expr.Symbol("x", 1), Expr.Symbol("x", 2)]);

    /// <summary>Parses and checks the unit.</summary>
    public UnitDefinition Build() =>
        UnitDefinition.Create(ExprParser.Parse(Phi), Parameters, Inputs);
}
