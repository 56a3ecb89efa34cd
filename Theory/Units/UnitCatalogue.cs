using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using static Verify.Theory.Units.UnitText;

namespace Verify.Theory.Units;

/// <summary>
/// The built-in units of PAPER.md §1 and §6, each defined once as expression text from
/// which its traits, flow and kernels are derived. Names are part of the command-line
/// interface. Symbols: inputs x[j] (j = 1..D), input weights u[j], output weights v (C = 1)
/// or v[c]; attention heads read context tokens Z[n,i] (n = 1..N, i = 1..d) and the query
/// token q[i] and have key K, query Q (or key-query matrix M) and value V.
/// </summary>
public static class UnitCatalogue
{
    private static readonly IReadOnlyList<CatalogueEntry> Entries =
    [
        Neuron("linear-fc", "φ_c = v[c]·uᵀx", w => w, outputs: 2),
        Neuron("relu-fc", "φ_c = v[c]·relu(uᵀx)", w => $"relu{w}"),
        Neuron("tanh-fc", "φ_c = v[c]·tanh(uᵀx)", w => $"tanh{w}"),
        Neuron("sigmoid-fc", "φ_c = v[c]·sigmoid(uᵀx)", w => $"sigmoid{w}"),
        Neuron("xtanhx-fc", "φ_c = v[c]·(uᵀx)·tanh(uᵀx)", w => $"{w}*tanh{w}"),
        Neuron("quadratic", "φ_c = v[c]·(uᵀx)²", w => $"{w}^2"),
        new("quadratic-general",
            "φ_c = v[c]·uᵀZu with Z symmetric, read from its upper triangle Z[i,j], i ≤ j " +
            "(the general quadratic form v·uᵀZ(x)u of PAPER.md §4)",
            Sizes((UnitSize.InputDim, 2), (UnitSize.OutputDim, 1)),
            QuadraticForm),
        Neuron("cubic", "φ_c = v[c]·(uᵀx)³", w => $"{w}^3"),
        new("linear-conv",
            "φ = Σ_{p=1..D−k+1} v[p]·Σ_{j=1..k} u[j]·x[p+j−1]: kernel u ∈ R^k at every valid " +
            "position p of x ∈ R^D, one output weight per position, summed to one output",
            Sizes((UnitSize.InputDim, 3), (UnitSize.Kernel, 2)),
            s => Convolution(s, w => w)),
        new("relu-conv",
            "φ = Σ_{p=1..D−k+1} v[p]·relu(Σ_{j=1..k} u[j]·x[p+j−1]), positions as linear-conv",
            Sizes((UnitSize.InputDim, 3), (UnitSize.Kernel, 2)),
            s => Convolution(s, w => $"relu{w}")),
        new("linear-attention-separate",
            "φ = (1/N)·Σ_n (Vᵀz_n)·(Kᵀz_n)·(Qᵀq): one head with key K ∈ R^d and query " +
            "Q ∈ R^d (u = (K, Q)), value V ∈ R^d (v), context tokens z_n = Z[n,·], output " +
            "read at the query token q (in-context regression); quadratic in u",
            Sizes((UnitSize.Tokens, 2), (UnitSize.TokenDim, 2)),
            AttentionSeparate),
        new("linear-attention-merged",
            "φ = (1/N)·Σ_n (Vᵀz_n)·(z_nᵀMq): one head with a merged key-query matrix " +
            "M ∈ R^{d×d} (u = M), value V ∈ R^d (v); linear in u",
            Sizes((UnitSize.Tokens, 2), (UnitSize.TokenDim, 2)),
            AttentionMerged),
        new("softmax-attention",
            "φ = Σ_n (Vᵀz_n)·exp(s_n) / Σ_m exp(s_m) with s_n = (Kᵀz_n)·(Qᵀq): one head " +
            "of head dimension 1, key K, query Q (u), value V (v), softmax over the N " +
            "context tokens, output read at the query token q",
            Sizes((UnitSize.Tokens, 2), (UnitSize.TokenDim, 2)),
            AttentionSoftmax),
        new("deep-linear-3",
            "φ_c = v[c]·uᵀW₁x: a unit of the middle layer of the three-layer linear net " +
            "W₃W₂W₁x (u a row of W₂, v a column of W₃), g_in(x) = W₁x with W₁ = W[i,j] " +
            "(D×D) fixed symbols, shared by all units and not trained",
            Sizes((UnitSize.InputDim, 2), (UnitSize.OutputDim, 2)),
            DeepLinear),
    ];

    /// <summary>The names of the catalogue's units, in catalogue order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Entries.Select(e => e.Name)];

    /// <summary>The formula of unit <paramref name="name"/> in words and symbols.</summary>
    public static string Formula(string name) => Find(name).Formula;

    /// <summary>The sizes unit <paramref name="name"/> has, with their defaults.</summary>
    public static IReadOnlyDictionary<UnitSize, int> DefaultSizes(string name) =>
        Find(name).Defaults;

    /// <summary>
    /// Builds unit <paramref name="name"/> at its default sizes overridden by
    /// <paramref name="sizes"/>: parses its text and checks the declaration.
    /// </summary>
    /// <exception cref="VerifyException">An unknown name; a size the unit does not have,
    /// below 1 or above <see cref="UnitSizes.MaxSize"/>; a kernel larger than the
    /// input.</exception>
    public static UnitForm Build(string name, UnitSizes? sizes = null)
    {
        var entry = Find(name);
        var resolved = new Dictionary<UnitSize, int>(entry.Defaults);
        foreach (var (size, value) in (sizes ?? UnitSizes.Defaults).Chosen())
        {
            if (!resolved.ContainsKey(size))
            {
                throw UnitErrors.SizeDoesNotApply(
                    UnitSizes.Describe(size), name,
                    string.Join(", ", entry.Defaults.Keys.Select(UnitSizes.Describe)));
            }
            if (value < 1) throw UnitErrors.SizeNotPositive(UnitSizes.Describe(size), value);
            if (value > UnitSizes.MaxSize)
                throw UnitErrors.SizeTooLarge(UnitSizes.Describe(size), value);
            resolved[size] = value;
        }
        var shape = new UnitShape(resolved);
        var t = entry.Build(shape);
        var definition = UnitDefinition.Create(
            t.Outputs.Select(ExprParser.Parse), t.U.Concat(t.V), t.Inputs, t.Fixed ?? []);
        return UnitForm.Create(name, definition, t.V, shape.ToString());
    }

    private static CatalogueEntry Find(string name) =>
        Entries.FirstOrDefault(e => e.Name == name) ?? throw UnitErrors.UnknownArch(name, Names);

    private static Dictionary<UnitSize, int> Sizes(params (UnitSize Size, int Value)[] sizes) =>
        sizes.ToDictionary(s => s.Size, s => s.Value);

    // v[c]·σ(uᵀx) for c = 1..C.
    private static CatalogueEntry Neuron(
        string name, string formula, Func<string, string> sigma, int outputs = 1) =>
        new(name, formula + ", u ∈ R^D, x ∈ R^D, v ∈ R^C (v when C = 1)",
            Sizes((UnitSize.InputDim, 2), (UnitSize.OutputDim, outputs)),
            s =>
            {
                var w = Dot("u", "x", s.D);
                return new UnitTemplate(
                    [.. Enumerable.Range(1, s.C).Select(c => $"{OutputWeight(c, s.C)}*{sigma(w)}")],
                    [.. Vector("u", s.D)], [.. OutputWeights(s.C)], [.. Vector("x", s.D)]);
            });

    // uᵀZu = Σ_i Z[i,i]u[i]² + Σ_{i<j} 2 Z[i,j] u[i] u[j], symmetric by construction.
    private static UnitTemplate QuadraticForm(UnitShape s)
    {
        var terms = new List<string>();
        var inputs = new List<Sym>();
        for (int i = 1; i <= s.D; i++)
        {
            for (int j = i; j <= s.D; j++)
            {
                terms.Add(i == j ? $"Z[{i},{i}]*u[{i}]^2" : $"2*Z[{i},{j}]*u[{i}]*u[{j}]");
                inputs.Add(Expr.Symbol("Z", i, j));
            }
        }
        var form = Paren(terms);
        return new UnitTemplate(
            [.. Enumerable.Range(1, s.C).Select(c => $"{OutputWeight(c, s.C)}*{form}")],
            [.. Vector("u", s.D)], [.. OutputWeights(s.C)], inputs);
    }

    private static UnitTemplate Convolution(UnitShape s, Func<string, string> sigma)
    {
        if (s.K > s.D) throw UnitErrors.KernelLargerThanInput(s.K, s.D);
        int positions = s.D - s.K + 1;
        var terms = Enumerable.Range(1, positions).Select(p =>
            $"v[{p}]*{sigma(Paren(Enumerable.Range(1, s.K).Select(j => $"u[{j}]*x[{p + j - 1}]")))}");
        return new UnitTemplate(
            [string.Join(" + ", terms)],
            [.. Vector("u", s.K)], [.. Vector("v", positions)], [.. Vector("x", s.D)]);
    }

    private static IReadOnlyList<Sym> Tokens(UnitShape s) =>
        [.. Matrix("Z", s.N, s.Dt), .. Vector("q", s.Dt)];

    // (1/N) Σ_n (Vᵀz_n)(Kᵀz_n)(Qᵀq)
    private static UnitTemplate AttentionSeparate(UnitShape s)
    {
        var terms = Enumerable.Range(1, s.N).Select(n =>
            $"{DotRow("V", "Z", n, s.Dt)}*{DotRow("K", "Z", n, s.Dt)}");
        var text = $"(1/{s.N})*{Paren(terms)}*{Dot("Q", "q", s.Dt)}";
        return new UnitTemplate(
            [text], [.. Vector("K", s.Dt), .. Vector("Q", s.Dt)], [.. Vector("V", s.Dt)],
            Tokens(s));
    }

    // (1/N) Σ_n (Vᵀz_n)(z_nᵀ M q)
    private static UnitTemplate AttentionMerged(UnitShape s)
    {
        var terms = Enumerable.Range(1, s.N).Select(n =>
        {
            var score = Paren(
                from i in Enumerable.Range(1, s.Dt)
                from j in Enumerable.Range(1, s.Dt)
                select $"Z[{n},{i}]*M[{i},{j}]*q[{j}]");
            return $"{DotRow("V", "Z", n, s.Dt)}*{score}";
        });
        return new UnitTemplate(
            [$"(1/{s.N})*{Paren(terms)}"], [.. Matrix("M", s.Dt, s.Dt)], [.. Vector("V", s.Dt)],
            Tokens(s));
    }

    // Σ_n (Vᵀz_n) exp(s_n) / Σ_m exp(s_m), s_n = (Kᵀz_n)(Qᵀq)
    private static UnitTemplate AttentionSoftmax(UnitShape s)
    {
        string Score(int n) => $"exp({DotRow("K", "Z", n, s.Dt)}*{Dot("Q", "q", s.Dt)})";
        var numerator = Paren(Enumerable.Range(1, s.N).Select(n =>
            $"{DotRow("V", "Z", n, s.Dt)}*{Score(n)}"));
        var denominator = Paren(Enumerable.Range(1, s.N).Select(Score));
        return new UnitTemplate(
            [$"{numerator}/{denominator}"], [.. Vector("K", s.Dt), .. Vector("Q", s.Dt)],
            [.. Vector("V", s.Dt)], Tokens(s));
    }

    // v[c]·Σ_j u[j]·(W₁x)_j
    private static UnitTemplate DeepLinear(UnitShape s)
    {
        var hidden = Paren(Enumerable.Range(1, s.D).Select(j =>
            $"u[{j}]*{Paren(Enumerable.Range(1, s.D).Select(k => $"W[{j},{k}]*x[{k}]"))}"));
        return new UnitTemplate(
            [.. Enumerable.Range(1, s.C).Select(c => $"{OutputWeight(c, s.C)}*{hidden}")],
            [.. Vector("u", s.D)], [.. OutputWeights(s.C)], [.. Vector("x", s.D)],
            [.. Matrix("W", s.D, s.D)]);
    }
}
