using Verify.Theory.Symbolic;

namespace Verify.Theory.Flow;

/// <summary>
/// A unit φ(x; θ) (DESIGN.md: a hidden neuron, a kernel or a head) with its parameter and
/// input symbols declared. A unit has one expression per output component (C ≥ 1), and may
/// use fixed symbols: quantities such as a frozen first layer W₁ that are shared by every
/// unit and every sample and are not trained. Construction checks that the declaration and
/// the expressions agree: every symbol is declared, every declared symbol occurs in some
/// component, no symbol has two roles, and the names of parameters, inputs and fixed
/// symbols differ so that their copies cannot clash.
/// </summary>
public sealed class UnitDefinition
{
    private UnitDefinition(
        IReadOnlyList<Expr> outputs, IReadOnlyList<Sym> parameters, IReadOnlyList<Sym> inputs,
        IReadOnlyList<Sym> constants)
    {
        Outputs = outputs;
        Parameters = parameters;
        Inputs = inputs;
        Constants = constants;
    }

    /// <summary>The unit's expression φ when it has one output component.</summary>
    /// <exception cref="InvalidOperationException">The unit has several output components;
    /// read <see cref="Outputs"/>.</exception>
    public Expr Phi => Outputs.Count == 1
        ? Outputs[0]
        : throw new InvalidOperationException(
            $"the unit has {Outputs.Count} output components; read Outputs");

    /// <summary>φ_1, …, φ_C: one expression per output component.</summary>
    public IReadOnlyList<Expr> Outputs { get; }

    /// <summary>C, the number of output components.</summary>
    public int OutputDimension => Outputs.Count;

    /// <summary>The parameters θ of one unit, in declaration order.</summary>
    public IReadOnlyList<Sym> Parameters { get; }

    /// <summary>The inputs x of one sample, in declaration order.</summary>
    public IReadOnlyList<Sym> Inputs { get; }

    /// <summary>Fixed symbols: shared by all units and samples, never trained.</summary>
    public IReadOnlyList<Sym> Constants { get; }

    /// <summary>A unit with one output component and no fixed symbols; see
    /// <see cref="Create(IEnumerable{Expr}, IEnumerable{Sym}, IEnumerable{Sym},
    /// IEnumerable{Sym})"/>.</summary>
    public static UnitDefinition Create(
        Expr phi, IEnumerable<Sym> parameters, IEnumerable<Sym> inputs) =>
        Create([phi], parameters, inputs, []);

    /// <summary>Checks the declaration against the output components
    /// <paramref name="outputs"/>; throws a <see cref="VerifyException"/> naming the first
    /// offending symbol.</summary>
    public static UnitDefinition Create(
        IEnumerable<Expr> outputs, IEnumerable<Sym> parameters, IEnumerable<Sym> inputs,
        IEnumerable<Sym> constants)
    {
        var fs = outputs.ToList();
        var ps = parameters.ToList();
        var xs = inputs.ToList();
        var cs = constants.ToList();
        if (fs.Count == 0) throw FlowErrors.NoOutputs();
        if (ps.Count == 0) throw FlowErrors.NoParameters();
        RequireDistinct(ps, "parameter");
        RequireDistinct(xs, "input");
        RequireDistinct(cs, "fixed symbol");
        var roles = new List<(string Role, List<Sym> Symbols)>
        {
            ("parameter", ps), ("input", xs), ("fixed symbol", cs),
        };
        for (int a = 0; a < roles.Count; a++)
        {
            for (int b = a + 1; b < roles.Count; b++) RequireApart(roles[a], roles[b]);
        }

        var used = new HashSet<Sym>(fs.SelectMany(Calculus.FreeSymbols));
        foreach (var s in fs.SelectMany(Calculus.FreeSymbols))
        {
            if (!ps.Contains(s) && !xs.Contains(s) && !cs.Contains(s))
                throw FlowErrors.Undeclared(s.Key);
        }
        foreach (var (role, symbols) in roles)
        {
            foreach (var s in symbols)
            {
                if (!used.Contains(s)) throw FlowErrors.Unused(role, s.Key);
            }
        }
        return new UnitDefinition(fs, ps, xs, cs);
    }

    // Two roles may share neither a symbol nor a name: the copies u_1[2] of a parameter
    // u[2] and of an input u[2] would mean two things.
    private static void RequireApart(
        (string Role, List<Sym> Symbols) first, (string Role, List<Sym> Symbols) second)
    {
        foreach (var s in first.Symbols)
        {
            if (second.Symbols.Contains(s))
                throw FlowErrors.BothRoles(s.Key, first.Role, second.Role);
            var t = second.Symbols.FirstOrDefault(t => t.Name == s.Name);
            if (t is not null)
            {
                throw FlowErrors.NameClash(
                    s.Name, $"the {first.Role} {s.Key}", $"the {second.Role} {t.Key}");
            }
        }
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
