using Fractions;
using Verify.Theory.Symbolic;

namespace Verify.Theory.Flow;

/// <summary>
/// The symbolic gradient flow of a width-H network of one unit type on P symbolic samples
/// with scalar output (DESIGN.md, "What it is"; PAPER.md §1):
/// <code>
///   f(x_μ)  = Σ_h φ(x_μ; θ_h)
///   r_μ     = y_μ − f(x_μ)
///   L       = (1/2P) Σ_μ r_μ²
///   θ̇_{h,p} = (1/P) Σ_μ ∂φ(x_μ; θ_h)/∂p · r_μ  = −∂L/∂θ_{h,p}
/// </code>
/// Units h = 1..H and samples μ = 1..P are numbered from 1; copies of the unit's symbols
/// are named by <see cref="FlowNames"/>. Expressions are returned unsimplified except for
/// ∂φ/∂p, which is brought to canonical form once, in the unit's own symbols.
/// </summary>
public sealed class GradientFlow
{
    private readonly Dictionary<Sym, Expr> unitGradient = [];
    private readonly Dictionary<(int H, int Mu), IReadOnlyDictionary<Sym, Expr>> renames = [];

    private GradientFlow(UnitDefinition unit, int width, int samples, string targetName)
    {
        Unit = unit;
        Width = width;
        Samples = samples;
        TargetName = targetName;
        State = [.. Enumerable.Range(1, width)
            .SelectMany(h => unit.Parameters.Select(p => FlowNames.Parameter(p, h)))];
    }

    /// <summary>The unit φ and its declared symbols.</summary>
    public UnitDefinition Unit { get; }

    /// <summary>The number of units H.</summary>
    public int Width { get; }

    /// <summary>The number of samples P.</summary>
    public int Samples { get; }

    /// <summary>The base name of the targets (<c>y</c> gives <c>y_1</c>, …).</summary>
    public string TargetName { get; }

    /// <summary>Every parameter copy θ_{h,p}, unit by unit, in declaration order.</summary>
    public IReadOnlyList<Sym> State { get; }

    /// <summary>
    /// The flow of <paramref name="width"/> copies of <paramref name="unit"/> on
    /// <paramref name="samples"/> symbolic samples whose targets are named
    /// <paramref name="targetName"/>_μ.
    /// </summary>
    public static GradientFlow Build(
        UnitDefinition unit, int width, int samples, string targetName = "y")
    {
        if (width < 1) throw FlowErrors.NotPositive("units", width);
        if (samples < 1) throw FlowErrors.NotPositive("samples", samples);
        foreach (var s in unit.Parameters.Concat(unit.Inputs))
        {
            if (s.Name == targetName)
                throw FlowErrors.NameClash(targetName, $"the symbol {s.Key}", "the targets");
        }
        return new GradientFlow(unit, width, samples, targetName);
    }

    /// <summary>θ_{h,p}: parameter <paramref name="p"/> of unit <paramref name="h"/>.</summary>
    public Sym Parameter(int h, Sym p)
    {
        CheckUnit(h);
        CheckParameter(p);
        return FlowNames.Parameter(p, h);
    }

    /// <summary>Input <paramref name="x"/> of sample <paramref name="mu"/>.</summary>
    public Sym Input(int mu, Sym x)
    {
        CheckSample(mu);
        if (!Unit.Inputs.Contains(x))
            throw new ArgumentOutOfRangeException(nameof(x), x.Key, "not an input of the unit");
        return FlowNames.Input(x, mu);
    }

    /// <summary>y_μ, the target of sample <paramref name="mu"/>.</summary>
    public Sym Target(int mu)
    {
        CheckSample(mu);
        return FlowNames.Target(TargetName, mu);
    }

    /// <summary>φ(x_μ; θ_h).</summary>
    public Expr UnitOutput(int h, int mu) => Calculus.Substitute(Unit.Phi, Rename(h, mu));

    /// <summary>f(x_μ) = Σ_h φ(x_μ; θ_h).</summary>
    public Expr Output(int mu) =>
        Expr.Sum(Enumerable.Range(1, Width).Select(h => UnitOutput(h, mu)));

    /// <summary>r_μ = y_μ − f(x_μ).</summary>
    public Expr Residual(int mu) => Target(mu) - Output(mu);

    /// <summary>L = (1/2P) Σ_μ r_μ².</summary>
    public Expr Loss =>
        Expr.Constant(new Fraction(1, 2 * Samples)) *
        Expr.Sum(Samples1().Select(mu => Expr.Power(Residual(mu), 2)));

    /// <summary>
    /// θ̇_{h,p} = (1/P) Σ_μ ∂φ(x_μ; θ_h)/∂p · r_μ, the component −∂L/∂θ_{h,p}.
    /// </summary>
    public Expr Field(int h, Sym p)
    {
        CheckUnit(h);
        var dphi = UnitGradient(p);
        var terms = Samples1()
            .Select(mu => Calculus.Substitute(dphi, Rename(h, mu)) * Residual(mu));
        return Expr.Constant(new Fraction(1, Samples)) * Expr.Sum(terms);
    }

    /// <summary>
    /// The substitution θ_j → θ_i restricted to <paramref name="parameters"/> (all of the
    /// unit's parameters when null): applied to the flow it places the state on the set
    /// where units i and j agree in those parameters.
    /// </summary>
    public IReadOnlyDictionary<Sym, Expr> Identify(
        int i, int j, IEnumerable<Sym>? parameters = null)
    {
        CheckUnit(i);
        CheckUnit(j);
        var map = new Dictionary<Sym, Expr>();
        foreach (var p in parameters ?? Unit.Parameters)
        {
            CheckParameter(p);
            map[FlowNames.Parameter(p, j)] = FlowNames.Parameter(p, i);
        }
        return map;
    }

    private Expr UnitGradient(Sym p)
    {
        CheckParameter(p);
        if (!unitGradient.TryGetValue(p, out var d))
        {
            d = Canonical.Simplify(Calculus.Differentiate(Unit.Phi, p));
            unitGradient[p] = d;
        }
        return d;
    }

    // The renaming that turns φ(x; θ) into φ(x_μ; θ_h).
    private IReadOnlyDictionary<Sym, Expr> Rename(int h, int mu)
    {
        CheckUnit(h);
        CheckSample(mu);
        if (!renames.TryGetValue((h, mu), out var map))
        {
            var m = new Dictionary<Sym, Expr>();
            foreach (var p in Unit.Parameters) m[p] = FlowNames.Parameter(p, h);
            foreach (var x in Unit.Inputs) m[x] = FlowNames.Input(x, mu);
            map = m;
            renames[(h, mu)] = map;
        }
        return map;
    }

    private IEnumerable<int> Samples1() => Enumerable.Range(1, Samples);

    private void CheckUnit(int h)
    {
        if (h < 1 || h > Width)
            throw new ArgumentOutOfRangeException(nameof(h), h, $"units are 1..{Width}");
    }

    private void CheckSample(int mu)
    {
        if (mu < 1 || mu > Samples)
            throw new ArgumentOutOfRangeException(nameof(mu), mu, $"samples are 1..{Samples}");
    }

    private void CheckParameter(Sym p)
    {
        if (!Unit.Parameters.Contains(p))
            throw new ArgumentOutOfRangeException(nameof(p), p.Key, "not a parameter of the unit");
    }
}
