using Fractions;
using Verify.Theory.Symbolic;

namespace Verify.Theory.Flow;

/// <summary>
/// The symbolic gradient flow of a width-H network of one unit type on P symbolic samples
/// (DESIGN.md, "What it is"; PAPER.md §1). The unit has C ≥ 1 output components φ_c:
/// <code>
///   f_c(x_μ)  = Σ_h φ_c(x_μ; θ_h)
///   r_{μ,c}   = y_{μ,c} − f_c(x_μ)
///   L         = (1/2P) Σ_μ Σ_c r_{μ,c}²
///   θ̇_{h,p}   = (1/P) Σ_μ Σ_c ∂φ_c(x_μ; θ_h)/∂p · r_{μ,c}  = −∂L/∂θ_{h,p}
/// </code>
/// i.e. θ̇_h = mean_μ J_φ(x_μ; θ_h)ᵀ r_μ. Units h = 1..H, samples μ = 1..P and components
/// c = 1..C are numbered from 1; copies of the unit's symbols are named by
/// <see cref="FlowNames"/> (a scalar unit's target is y_μ, a vector unit's y_μ[c]); fixed
/// symbols are shared and keep their names. Expressions are returned unsimplified except
/// for ∂φ_c/∂p, which is brought to canonical form once, in the unit's own symbols.
/// </summary>
public sealed class GradientFlow
{
    private static readonly string[] ResidualNames = ["r", "res", "resid"];

    private readonly Dictionary<(Sym P, int C), Expr> unitGradient = [];
    private readonly Dictionary<(int H, int Mu), IReadOnlyDictionary<Sym, Expr>> renames = [];
    private readonly Dictionary<Sym, Expr> lossGradient = [];
    private Expr? loss;

    private GradientFlow(
        UnitDefinition unit, int width, int samples, string targetName, string residualName)
    {
        Unit = unit;
        Width = width;
        Samples = samples;
        TargetName = targetName;
        ResidualName = residualName;
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

    /// <summary>The base name of the residual symbols of <see cref="ResidualSymbol"/>: the
    /// first of r, res, resid that no symbol of the unit and not the targets use.</summary>
    public string ResidualName { get; }

    /// <summary>C, the number of output components of the unit.</summary>
    public int OutputDimension => Unit.OutputDimension;

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
        var symbols = unit.Parameters.Concat(unit.Inputs).Concat(unit.Constants).ToList();
        foreach (var s in symbols)
        {
            if (s.Name == targetName)
                throw FlowErrors.NameClash(targetName, $"the symbol {s.Key}", "the targets");
        }
        // Residual symbols only abbreviate r_μ in printed flows, so a free name is chosen
        // rather than an error raised.
        var residualName = ResidualNames.First(
            n => n != targetName && symbols.All(s => s.Name != n));
        return new GradientFlow(unit, width, samples, targetName, residualName);
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

    /// <summary>y_μ, the target of sample <paramref name="mu"/> of a scalar unit.</summary>
    public Sym Target(int mu) => Target(mu, ScalarComponent());

    /// <summary>y_{μ,c}: <c>y_μ</c> for a scalar unit, <c>y_μ[c]</c> otherwise.</summary>
    public Sym Target(int mu, int c)
    {
        CheckSample(mu);
        CheckComponent(c);
        return OutputDimension == 1
            ? FlowNames.Target(TargetName, mu)
            : FlowNames.Target(TargetName, mu, c);
    }

    /// <summary>A symbol standing for r_{μ,c} (named like the targets, base
    /// <see cref="ResidualName"/>), for printing the flow compactly.</summary>
    public Sym ResidualSymbol(int mu, int c)
    {
        CheckSample(mu);
        CheckComponent(c);
        return OutputDimension == 1
            ? FlowNames.Target(ResidualName, mu)
            : FlowNames.Target(ResidualName, mu, c);
    }

    /// <summary>φ(x_μ; θ_h) of a scalar unit.</summary>
    public Expr UnitOutput(int h, int mu) => UnitOutput(h, mu, ScalarComponent());

    /// <summary>φ_c(x_μ; θ_h).</summary>
    public Expr UnitOutput(int h, int mu, int c)
    {
        CheckComponent(c);
        return Calculus.Substitute(Unit.Outputs[c - 1], Rename(h, mu));
    }

    /// <summary>f(x_μ) = Σ_h φ(x_μ; θ_h) of a scalar unit.</summary>
    public Expr Output(int mu) => Output(mu, ScalarComponent());

    /// <summary>f_c(x_μ) = Σ_h φ_c(x_μ; θ_h).</summary>
    public Expr Output(int mu, int c) =>
        Expr.Sum(Enumerable.Range(1, Width).Select(h => UnitOutput(h, mu, c)));

    /// <summary>r_μ = y_μ − f(x_μ) of a scalar unit.</summary>
    public Expr Residual(int mu) => Residual(mu, ScalarComponent());

    /// <summary>r_{μ,c} = y_{μ,c} − f_c(x_μ).</summary>
    public Expr Residual(int mu, int c) => Target(mu, c) - Output(mu, c);

    /// <summary>L = (1/2P) Σ_μ Σ_c r_{μ,c}².</summary>
    public Expr Loss => loss ??=
        Expr.Constant(new Fraction(1, 2 * Samples)) *
        Expr.Sum(Samples1().SelectMany(
            mu => Components().Select(c => Expr.Power(Residual(mu, c), 2))));

    /// <summary>
    /// θ̇_{h,p} = (1/P) Σ_μ Σ_c ∂φ_c(x_μ; θ_h)/∂p · r_{μ,c}, the component −∂L/∂θ_{h,p},
    /// built from the Jacobian of the unit (not by differentiating L).
    /// </summary>
    public Expr Field(int h, Sym p) => FieldWith(h, p, Residual);

    /// <summary>
    /// <see cref="Field"/> with every residual r_{μ,c} left as the symbol
    /// <see cref="ResidualSymbol"/>; substituting <see cref="Residual(int, int)"/> for
    /// those symbols gives <see cref="Field"/>.
    /// </summary>
    public Expr FieldInResiduals(int h, Sym p) => FieldWith(h, p, ResidualSymbol);

    /// <summary>∂L/∂θ for a state component <paramref name="theta"/>, by differentiating
    /// <see cref="Loss"/>.</summary>
    public Expr LossGradient(Sym theta)
    {
        CheckState(theta);
        if (!lossGradient.TryGetValue(theta, out var g))
        {
            g = Calculus.Differentiate(Loss, theta);
            lossGradient[theta] = g;
        }
        return g;
    }

    /// <summary>∂²L/∂θ∂θ′ for state components <paramref name="theta"/> and
    /// <paramref name="thetaPrime"/> (an entry of the Hessian of the loss).</summary>
    public Expr Hessian(Sym theta, Sym thetaPrime)
    {
        CheckState(thetaPrime);
        return Calculus.Differentiate(LossGradient(theta), thetaPrime);
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

    private Expr FieldWith(int h, Sym p, Func<int, int, Expr> residual)
    {
        CheckUnit(h);
        CheckParameter(p);
        var terms = Samples1().SelectMany(mu => Components().Select(c =>
            Calculus.Substitute(UnitGradient(p, c), Rename(h, mu)) * residual(mu, c)));
        return Expr.Constant(new Fraction(1, Samples)) * Expr.Sum(terms);
    }

    private Expr UnitGradient(Sym p, int c)
    {
        if (!unitGradient.TryGetValue((p, c), out var d))
        {
            d = Canonical.Simplify(Calculus.Differentiate(Unit.Outputs[c - 1], p));
            unitGradient[(p, c)] = d;
        }
        return d;
    }

    // The renaming that turns φ(x; θ) into φ(x_μ; θ_h); fixed symbols keep their names.
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

    private IEnumerable<int> Components() => Enumerable.Range(1, OutputDimension);

    private int ScalarComponent() => OutputDimension == 1
        ? 1
        : throw new InvalidOperationException(
            $"the unit has {OutputDimension} output components; name the component c");

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

    private void CheckComponent(int c)
    {
        if (c < 1 || c > OutputDimension)
        {
            throw new ArgumentOutOfRangeException(
                nameof(c), c, $"output components are 1..{OutputDimension}");
        }
    }

    private void CheckParameter(Sym p)
    {
        if (!Unit.Parameters.Contains(p))
            throw new ArgumentOutOfRangeException(nameof(p), p.Key, "not a parameter of the unit");
    }

    private void CheckState(Sym theta)
    {
        if (!State.Contains(theta))
        {
            throw new ArgumentOutOfRangeException(
                nameof(theta), theta.Key, "not a parameter copy θ_{h,p} of the flow");
        }
    }
}
