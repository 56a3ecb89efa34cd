using Fractions;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Checkers;

/// <summary>
/// A network as the claim checkers see it (PAPER.md §1): outputs f_c(x_μ) in its trainable
/// symbols, and the gradient-flow field θ̇ = −∂L/∂θ = (1/P) Σ_μ Σ_c r_{μ,c} ∂f_c(x_μ)/∂θ
/// for L = (1/2P) Σ_μ Σ_c r_{μ,c}². The field is kept with r_{μ,c} as free symbols
/// (<see cref="FieldInResiduals"/>): an identity proved there holds for every residual, so
/// for every width, every other unit and every target; <see cref="Field"/> substitutes
/// r = y − f to get the field of this very network. Two-layer nets come from
/// <see cref="GradientFlow"/>; the three-layer linear net of Corollary 2 is built here
/// because its first layer W₁ is trained and shared by all middle-layer units.
/// </summary>
internal sealed class SymbolicNet
{
    private readonly Func<Sym, Expr> fieldInResiduals;
    private readonly Func<int, int, Expr> output;
    private readonly Func<int, int, Sym> residual;
    private readonly Func<int, int, Sym> target;
    private readonly Dictionary<Sym, Expr> fields = [];
    private Dictionary<Sym, Expr>? residualValues;

    private SymbolicNet(
        int width, int samples, int outputs, IReadOnlyList<Sym> parameters,
        Func<Sym, Expr> fieldInResiduals, Func<int, int, Expr> output,
        Func<int, int, Sym> residual, Func<int, int, Sym> target)
    {
        Width = width;
        Samples = samples;
        Outputs = outputs;
        Parameters = parameters;
        this.fieldInResiduals = fieldInResiduals;
        this.output = output;
        this.residual = residual;
        this.target = target;
    }

    /// <summary>H, the number of units of the layer that is widened.</summary>
    public int Width { get; }

    /// <summary>P, the number of symbolic samples.</summary>
    public int Samples { get; }

    /// <summary>C, the number of output components.</summary>
    public int Outputs { get; }

    /// <summary>Every trainable symbol.</summary>
    public IReadOnlyList<Sym> Parameters { get; }

    /// <summary>The two-layer net of <paramref name="width"/> copies of
    /// <paramref name="unit"/> on <paramref name="samples"/> symbolic samples.</summary>
    public static SymbolicNet TwoLayer(UnitDefinition unit, int width, int samples)
    {
        var flow = GradientFlow.Build(unit, width, samples);
        var owner = new Dictionary<Sym, (int H, Sym P)>();
        for (int h = 1; h <= width; h++)
        {
            foreach (var p in unit.Parameters) owner[flow.Parameter(h, p)] = (h, p);
        }
        return new SymbolicNet(
            width, samples, flow.OutputDimension, flow.State,
            theta => flow.FieldInResiduals(owner[theta].H, owner[theta].P),
            flow.Output, flow.ResidualSymbol, flow.Target);
    }

    /// <summary>
    /// f(x) = W₃W₂W₁x with W₁ = W[j,k] (D×D, trained, shared), middle-layer unit h with
    /// input weights u_h[j] (row h of W₂) and output weights v_h[c] (column h of W₃):
    /// f_c(x_μ) = Σ_h v_h[c]·Σ_j u_h[j]·Σ_k W[j,k]·x_μ[k] (the deep-linear-3 catalogue unit
    /// with W₁ trained, PAPER.md §2, Corollary 2).
    /// </summary>
    public static SymbolicNet DeepLinear(int dim, int outputs, int width, int samples)
    {
        var w = new List<Sym>();
        for (int j = 1; j <= dim; j++)
        {
            for (int k = 1; k <= dim; k++) w.Add(Expr.Symbol("W", j, k));
        }
        var parameters = new List<Sym>(w);
        for (int h = 1; h <= width; h++)
        {
            for (int j = 1; j <= dim; j++) parameters.Add(Expr.Symbol($"u_{h}", j));
            for (int c = 1; c <= outputs; c++) parameters.Add(Expr.Symbol($"v_{h}", c));
        }
        Expr Out(int mu, int c) => Expr.Sum(Enumerable.Range(1, width).Select(h =>
            Expr.Symbol($"v_{h}", c) * Expr.Sum(Enumerable.Range(1, dim).Select(j =>
                Expr.Symbol($"u_{h}", j) * Expr.Sum(Enumerable.Range(1, dim).Select(k =>
                    Expr.Symbol("W", j, k) * Expr.Symbol($"x_{mu}", k)))))));
        Sym R(int mu, int c) => Expr.Symbol($"r_{mu}", c);
        Sym Y(int mu, int c) => Expr.Symbol($"y_{mu}", c);
        Expr Field(Sym theta) =>
            Expr.Constant(new Fraction(1, samples)) * Expr.Sum(
                from mu in Enumerable.Range(1, samples)
                from c in Enumerable.Range(1, outputs)
                select R(mu, c) * Calculus.Differentiate(Out(mu, c), theta));
        return new SymbolicNet(width, samples, outputs, parameters, Field, Out, R, Y);
    }

    /// <summary>f_c(x_μ).</summary>
    public Expr Output(int mu, int c) => output(mu, c);

    /// <summary>The residual symbol r_{μ,c}.</summary>
    public Sym Residual(int mu, int c) => residual(mu, c);

    /// <summary>The target symbol y_{μ,c}.</summary>
    public Sym Target(int mu, int c) => target(mu, c);

    /// <summary>θ̇ = (1/P) Σ_μ Σ_c r_{μ,c} ∂f_c(x_μ)/∂θ with every r_{μ,c} a free symbol.</summary>
    public Expr FieldInResiduals(Sym theta)
    {
        if (!fields.TryGetValue(theta, out var e))
        {
            e = fieldInResiduals(theta);
            fields[theta] = e;
        }
        return e;
    }

    /// <summary>θ̇ of this network: <see cref="FieldInResiduals"/> with r = y − f.</summary>
    public Expr Field(Sym theta) => Calculus.Substitute(FieldInResiduals(theta), ResidualValues());

    /// <summary>Every (μ, c) pair, samples first.</summary>
    public IEnumerable<(int Mu, int C)> Pairs() =>
        from mu in Enumerable.Range(1, Samples)
        from c in Enumerable.Range(1, Outputs)
        select (mu, c);

    private Dictionary<Sym, Expr> ResidualValues() => residualValues ??=
        Pairs().ToDictionary(p => Residual(p.Mu, p.C), p => Target(p.Mu, p.C) - Output(p.Mu, p.C));
}
