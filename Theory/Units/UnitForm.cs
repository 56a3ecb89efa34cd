using Verify.Theory.Flow;
using Verify.Theory.Symbolic;

namespace Verify.Theory.Units;

/// <summary>
/// A unit in the form of PAPER.md §1, f(z; u, v) = φ(z; u)·v: its definition together with
/// the split of its parameters into input weights u and output weights v. The traits of
/// φ are traits in u; because f is linear in v (checked here), each trait of φ holds iff
/// the same identity holds for f with v left symbolic, which is how
/// <see cref="TraitDeriver"/> tests them. A unit may have no output weight (then φ = f).
/// </summary>
public sealed class UnitForm
{
    private UnitForm(
        string name, UnitDefinition definition, IReadOnlyList<Sym> u, IReadOnlyList<Sym> v,
        string shape)
    {
        Name = name;
        Definition = definition;
        InputWeights = u;
        OutputWeights = v;
        Shape = shape;
    }

    /// <summary>The catalogue name, or the name the caller gave a user-written unit.</summary>
    public string Name { get; }

    /// <summary>The output components, parameters, inputs and fixed symbols.</summary>
    public UnitDefinition Definition { get; }

    /// <summary>u: the parameters on the input side, in declaration order.</summary>
    public IReadOnlyList<Sym> InputWeights { get; }

    /// <summary>v: the output weights, in declaration order.</summary>
    public IReadOnlyList<Sym> OutputWeights { get; }

    /// <summary>The sizes the unit was built with, e.g. "D = 2, C = 2" (empty for a
    /// user-written unit).</summary>
    public string Shape { get; }

    /// <summary>
    /// Splits <paramref name="definition"/>'s parameters into the output weights
    /// <paramref name="outputWeights"/> and the rest (the input weights), and checks that the
    /// unit is linear in the output weights: f|_{v=0} ≡ 0 and ∂²f/∂v_i∂v_j ≡ 0.
    /// </summary>
    public static UnitForm Create(
        string name, UnitDefinition definition, IEnumerable<Sym> outputWeights,
        string shape = "")
    {
        var v = outputWeights.Distinct().ToList();
        foreach (var s in v)
        {
            if (!definition.Parameters.Contains(s)) throw UnitErrors.NotAParameter(s.Key);
        }
        var u = definition.Parameters.Where(p => !v.Contains(p)).ToList();
        if (u.Count == 0) throw UnitErrors.NoInputWeights();
        RequireLinearIn(definition, v);
        return new UnitForm(name, definition, u, v, shape);
    }

    /// <summary>
    /// The split when the caller did not give one: the parameters named <c>v</c> (any
    /// indices) are the output weights when some but not all parameters carry that name;
    /// when none does and all parameters share one name, there is no output weight. Any
    /// other case, or a unit not linear in the parameters named v, is ambiguous: the result
    /// is null and <paramref name="reason"/> says why.
    /// </summary>
    public static UnitForm? TryInfer(string name, UnitDefinition definition, out string reason)
    {
        var ps = definition.Parameters;
        var named = ps.Where(p => p.Name == "v").ToList();
        if (named.Count == ps.Count)
        {
            reason = "every parameter is named v, so no parameter is an input weight u";
            return null;
        }
        if (named.Count == 0 && ps.Select(p => p.Name).Distinct().Count() > 1)
        {
            reason = "no parameter is named v and the parameters have several names " +
                $"({string.Join(", ", ps.Select(p => p.Name).Distinct())}), so the output " +
                "weights cannot be told from the input weights";
            return null;
        }
        try
        {
            reason = "";
            return Create(name, definition, named);
        }
        catch (VerifyException e)
        {
            reason = e.Message;
            return null;
        }
    }

    private static void RequireLinearIn(UnitDefinition definition, List<Sym> v)
    {
        if (v.Count == 0) return;
        var zero = v.ToDictionary(s => s, _ => (Expr)Expr.Zero);
        foreach (var f in definition.Outputs)
        {
            if (!Canonical.IsZero(Calculus.Substitute(f, zero)))
                throw UnitErrors.NotLinearInV(v[0].Key, "the unit is not 0 when v = 0");
            for (int i = 0; i < v.Count; i++)
            {
                var di = Calculus.Differentiate(f, v[i]);
                for (int j = i; j < v.Count; j++)
                {
                    if (!Canonical.IsZero(Calculus.Differentiate(di, v[j])))
                    {
                        throw UnitErrors.NotLinearInV(
                            v[i].Key, $"∂²/∂{v[i].Key}∂{v[j].Key} of the unit is not 0");
                    }
                }
            }
        }
    }
}
