using Verify.Theory.Symbolic;

namespace Verify.Theory.Flow;

/// <summary>
/// A unit φ(x; θ) (DESIGN.md: a hidden neuron, a kernel or a head) with its parameter and
/// input symbols declared. Construction checks that the declaration and the expression
/// agree: every symbol of φ is declared, every declared symbol occurs in φ, no symbol has
/// two roles, and parameter and input names differ so that their copies cannot clash.
/// </summary>
public sealed class UnitDefinition
{
    private UnitDefinition(Expr phi, IReadOnlyList<Sym> parameters, IReadOnlyList<Sym> inputs)
    {
        Phi = phi;
        Parameters = parameters;
        Inputs = inputs;
    }

    /// <summary>The unit's expression φ.</summary>
    public Expr Phi { get; }

    /// <summary>The parameters θ of one unit, in declaration order.</summary>
    public IReadOnlyList<Sym> Parameters { get; }

    /// <summary>The inputs x of one sample, in declaration order.</summary>
    public IReadOnlyList<Sym> Inputs { get; }

    /// <summary>Checks the declaration against <paramref name="phi"/>; throws a
    /// <see cref="VerifyException"/> naming the first offending symbol.</summary>
    public static UnitDefinition Create(
        Expr phi, IEnumerable<Sym> parameters, IEnumerable<Sym> inputs)
    {
        var ps = parameters.ToList();
        var xs = inputs.ToList();
        if (ps.Count == 0) throw FlowErrors.NoParameters();
        RequireDistinct(ps, "parameter");
        RequireDistinct(xs, "input");
        foreach (var p in ps)
        {
            if (xs.Contains(p)) throw FlowErrors.BothRoles(p.Key);
        }
        foreach (var p in ps)
        {
            var x = xs.FirstOrDefault(x => x.Name == p.Name);
            if (x is not null)
                throw FlowErrors.NameClash(p.Name, $"the parameter {p.Key}", $"the input {x.Key}");
        }

        var used = Calculus.FreeSymbols(phi);
        foreach (var s in used)
        {
            if (!ps.Contains(s) && !xs.Contains(s)) throw FlowErrors.Undeclared(s.Key);
        }
        foreach (var p in ps)
        {
            if (!used.Contains(p)) throw FlowErrors.Unused("parameter", p.Key);
        }
        foreach (var x in xs)
        {
            if (!used.Contains(x)) throw FlowErrors.Unused("input", x.Key);
        }
        return new UnitDefinition(phi, ps, xs);
    }

    private static void RequireDistinct(List<Sym> symbols, string role)
    {
        var seen = new HashSet<Sym>();
        foreach (var s in symbols)
        {
            if (!seen.Add(s)) throw FlowErrors.Duplicate(role, s.Key);
        }
    }
}
