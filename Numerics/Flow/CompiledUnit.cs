using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Symbolic.Compilation;

namespace Verify.Numerics.Flow;

/// <summary>
/// The kernels of one unit φ(x; θ), derived symbolically, brought to canonical form by
/// <see cref="Canonical.Simplify"/> and compiled once, so that any width and any data reuse
/// them: the values φ_c, the Jacobian ∂φ_c/∂θ_p (issue 3, item 3), and the second
/// derivatives ∂²φ_c/∂θ_p∂θ_q (compiled on first use by a Hessian). Every kernel reads
/// θ (n values), then the inputs x, then the fixed symbols, in the unit's declaration order.
/// Thread-safe; the models built on it are not.
/// </summary>
public sealed class CompiledUnit
{
    private readonly Lazy<CompiledExpressions> secondOrder;

    private CompiledUnit(UnitDefinition unit)
    {
        Unit = unit;
        Variables = [.. unit.Parameters, .. unit.Inputs, .. unit.Constants];
        int n = unit.Parameters.Count;
        var jacobian = new List<Expr>();
        foreach (var phi in unit.Outputs)
        {
            foreach (var p in unit.Parameters)
                jacobian.Add(Canonical.Simplify(Calculus.Differentiate(phi, p)));
        }
        Jacobian = jacobian;
        Values = Compiler.Compile([.. unit.Outputs.Select(e => Canonical.Simplify(e))], Variables);
        FirstOrder = Compiler.Compile(Jacobian, Variables);
        secondOrder = new Lazy<CompiledExpressions>(() =>
        {
            // J (C·n values) then, per component, the upper triangle p ≤ q row by row.
            var outputs = new List<Expr>(Jacobian);
            for (int c = 0; c < unit.OutputDimension; c++)
            {
                for (int p = 0; p < n; p++)
                {
                    for (int q = p; q < n; q++)
                    {
                        outputs.Add(Canonical.Simplify(
                            Calculus.Differentiate(Jacobian[c * n + p], unit.Parameters[q])));
                    }
                }
            }
            return Compiler.Compile(outputs, Variables);
        });
    }

    /// <summary>The unit the kernels belong to.</summary>
    public UnitDefinition Unit { get; }

    /// <summary>∂φ_c/∂θ_p in canonical form, component by component (index c·n + p).</summary>
    public IReadOnlyList<Expr> Jacobian { get; }

    /// <summary>The kernels' variables: parameters, inputs, fixed symbols.</summary>
    internal IReadOnlyList<Sym> Variables { get; }

    /// <summary>φ_1, …, φ_C.</summary>
    internal CompiledExpressions Values { get; }

    /// <summary>∂φ_c/∂θ_p, index c·n + p.</summary>
    internal CompiledExpressions FirstOrder { get; }

    /// <summary>The Jacobian, then ∂²φ_c/∂θ_p∂θ_q for p ≤ q, component by component.</summary>
    internal CompiledExpressions SecondOrder => secondOrder.Value;

    /// <summary>Derives and compiles the kernels of <paramref name="unit"/>.</summary>
    public static CompiledUnit Create(UnitDefinition unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new CompiledUnit(unit);
    }
}
