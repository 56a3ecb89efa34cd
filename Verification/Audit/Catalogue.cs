using Verify.Theory.Claims;
using Verify.Theory.Units;
using Verify.Verification.Checkers;

namespace Verify.Verification.Audit;

/// <summary>
/// The registered claims, one per row of <c>theorems.md</c> and with the same IDs (a test
/// keeps the two equal). Which per-unit claims of Theorems 1 and 3 exist is decided by the
/// traits the deriver proves for each catalogue unit (<see cref="UnitConditions.Derive"/>),
/// never by a declaration; <see cref="Build"/> takes other conditions so that a test can
/// show a wrong trait being caught. Controls (X-) are false on purpose.
/// </summary>
internal static class Catalogue
{
    /// <summary>Samples of the symbolic checks: two, so that sums over samples are sums.</summary>
    private const int Samples = 2;

    /// <summary>Every claim the audit runs by default.</summary>
    public static ClaimRegistry Registry { get; } = new(() => Build(UnitConditions.Derive));

    /// <summary>The claims for units whose traits are given by <paramref
    /// name="conditions"/>.</summary>
    public static IEnumerable<RegisteredClaim> Build(Func<string, UnitConditions> conditions)
    {
        var all = UnitCatalogue.Names.Select(conditions).ToList();
        foreach (var c in all) yield return T1(c, "i", l => Embedding.Duplicate(l));
        foreach (var c in all.Where(c => c.ZeroMap)) yield return T1(c, "ii", Embedding.Silent);
        foreach (var c in all.Where(c => c.Degree is not null))
            yield return T1(c, "iii", l => Embedding.Scaled(l, c.Degree!.Value, c.Field!.Value),
                c.Degree!.Value, c.Field!.Value);
        foreach (var c in all.Where(c => c.LinearInU)) yield return T1(c, "iv",
            Embedding.Dependent);

        yield return CorollaryTwo();
        yield return new(new Claim(
                "C2[relu-3]",
                "Widening the second hidden layer of a three-layer relu net by Eq. 4 " +
                    "(duplicate, output weight split) or Eq. 5 (silent unit) keeps the map " +
                    "and the fixed point, W₁'s gradient included.",
                "f = W₃relu(W₂relu(W₁x)), D = 2, H₁ = 3, H₂ = 1..2 → +1; P = 12 Gaussian " +
                    "samples; narrow fixed points trained and refined",
                CheckMethod.RandomInstances, Verdict.Supported),
            StagedChecker.Of(new DeepReluChecker()));

        foreach (var c in all) yield return T3(c, "i", Relation.Equal());
        foreach (var c in all.Where(c => c.ZeroMap)) yield return T3(c, "ii", Relation.Silent());
        foreach (var c in all.Where(c => c.Degree == 1))
            yield return T3(c, "iii",
                Relation.Proportional(c.Field == HomogeneityField.NonNegative));
        foreach (var c in all.Where(c => c.LinearInU)) yield return T3(c, "iv",
            Relation.Dependent());

        foreach (var name in new[] { "relu-fc", "linear-fc" })
        {
            yield return new(new Claim(
                    $"CL.balance[{name}]",
                    "‖v_i‖² − ‖u_i‖² of every unit is conserved by the gradient flow.",
                    $"unit {name}; φ positively homogeneous of degree 1 in u; any width; " +
                        $"P = {Samples}",
                    CheckMethod.SymbolicIdentity, Verdict.Proved),
                StagedChecker.Of(new BalanceChecker(name, Samples)));
        }

        foreach (var saddle in Saddles()) yield return saddle;
        foreach (var control in Controls()) yield return control;
    }

    // PAPER.md §2 ("saddles under mild conditions") and §6 (Figure 1): the embedded one-unit
    // fixed point; issue 5, item 6. Expected verdicts are what the check finds; index 0 is
    // finding F3 of theorems.md.
    private static IEnumerable<RegisteredClaim> Saddles()
    {
        static UnitData Fixed(NumericUnit net, double[][] x, Func<double[], double[]> y)
        {
            var inputs = net.Form.Definition.Inputs.Select((s, j) => (s, j))
                .ToDictionary(t => t.s, t => x.Select(row => row[t.j]).ToArray());
            var targets = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfRowArrays(
                x.Select(y));
            return new UnitData(Numerics.Flow.UnitSamples.Create(inputs, targets), []);
        }
        static double[][] Gaussian(int count, int dimension)
        {
            var rng = new Random(7);
            return [.. Enumerable.Range(0, count).Select(_ => NumericUnit.Gaussians(dimension, rng))];
        }
        var setups = new (SaddleSetup Setup, Verdict Expected)[]
        {
            (new SaddleSetup("linear-fc", net => Fixed(net, Gaussian(6, 2),
                x => [2 * x[0], x[1]]), "iii",
                "linear-fc, P = 6 Gaussian inputs (seed 7), rank-2 target y = diag(2, 1)x, " +
                "one unit embedded as a scaled copy"), Verdict.Supported),
            (new SaddleSetup("relu-fc", net => Fixed(net, [[1, 0], [0, 1]],
                x => [x[0] - 0.5 * x[1]]), "iii",
                "relu-fc, orthogonal inputs e_1, e_2 with targets 1, −0.5, one ray embedded " +
                "as a scaled copy (γu > 0)"), Verdict.Refuted),
            (new SaddleSetup("quadratic", net => Fixed(net, Gaussian(8, 2),
                x => [x[0] * x[0] - 0.5 * x[1] * x[1]]), "ii",
                "quadratic, P = 8 Gaussian inputs (seed 7), y = x_1² − 0.5x_2² (Σ_yZ with " +
                "eigenvalues of both signs, Prop. 5), a silent second unit"), Verdict.Refuted),
            (new SaddleSetup("linear-attention-separate", net => net.Samples(8, new Random(7),
                NumericUnit.Gaussians(2 * net.Size, new Random(8))), "ii",
                "linear attention, separate K, Q (N = 2, d = 2), P = 8 Gaussian sequences " +
                "(seed 7) labelled by a random two-head teacher (seed 8), a silent second head"),
                Verdict.Refuted),
        };
        foreach (var (setup, expected) in setups)
        {
            yield return new(new Claim(
                    $"S.saddle[{setup.Unit}]",
                    "The embedded one-unit fixed point of the Figure 1 setup is a saddle: its " +
                        "Hessian has index ≥ 1.",
                    setup.Description,
                    CheckMethod.NumericalFlow, expected),
                new SaddleChecker(setup));
        }
    }

    // PAPER.md §2, Theorem 1, Eqs. 4–7: the embedded point is a fixed point of the wide net.
    private static RegisteredClaim T1(UnitConditions c, string @case, Func<Layer, Embedding> make,
        int degree = 1, HomogeneityField field = HomogeneityField.Real)
    {
        var (statement, condition) = @case switch
        {
            "i" => ("Duplicating unit 1 with its output weight split (Eq. 4) keeps the map " +
                "and the fixed point.", "none"),
            "ii" => ("Adding a silent unit u₀ = 0, v = 0 (Eq. 5) keeps the map and the fixed " +
                "point.", "zero map u₀ = 0 (derived)"),
            "iii" => ("Adding a scaled copy u = γu·u_1, v = γv·v_1 with v_1 rescaled (Eq. 6) " +
                "keeps the map and the fixed point.", $"homogeneous, {c.Homogeneity} (derived)"),
            _ => ("Adding u = Σa_j u_j, v = Σb_j v_j with v_i reduced (Eq. 7) keeps the map " +
                "and the fixed point.", "linear in u (derived)"),
        };
        return new(new Claim(
                $"T1.{@case}[{c.Unit}]", statement,
                $"unit {c.Unit}; {condition}; symbolic samples P = {Samples}; symbolic " +
                    $"coefficients",
                CheckMethod.SymbolicIdentity, Verdict.Proved),
            StagedChecker.Of(new EmbeddingChecker(() => Problem(c.Unit, make)))
                .Then(new NumericEmbeddingChecker(c.Unit, @case, degree, field)));
    }

    private static EmbeddingProblem Problem(string unit, Func<Layer, Embedding> make)
    {
        var form = UnitCatalogue.Build(unit);
        var layer = Layer.Of(form);
        return new EmbeddingProblem(
            h => SymbolicNet.TwoLayer(form.Definition, h, Samples), make(layer), layer,
            $"{unit}, {form.Shape}, P = {Samples}");
    }

    // PAPER.md §2, Corollary 2: each construction of Theorem 1 in the middle layer of
    // W₃W₂W₁x, with W₁ trained and shared; φ(z; u) = uᵀz meets every case's condition.
    private static RegisteredClaim CorollaryTwo()
    {
        var layer = new Layer(
            [Theory.Symbolic.Expr.Symbol("u", 1), Theory.Symbolic.Expr.Symbol("u", 2)],
            [Theory.Symbolic.Expr.Symbol("v", 1), Theory.Symbolic.Expr.Symbol("v", 2)],
            [.. from j in Enumerable.Range(1, 2) from k in Enumerable.Range(1, 2)
                select Theory.Symbolic.Expr.Symbol("W", j, k)]);
        IClaimChecker Part(Embedding e) => new EmbeddingChecker(() => new EmbeddingProblem(
            h => SymbolicNet.DeepLinear(2, 2, h, Samples), e, layer,
            $"W₃W₂W₁x, D = 2, C = 2, W₁ trained, P = {Samples}"));
        return new(new Claim(
                "C2[deep-linear-3]",
                "Embedding a middle-layer unit of a three-layer linear net by any of Eqs. 4–7 " +
                    "keeps the map and the fixed point, W₁'s gradient included.",
                $"f = W₃W₂W₁x, W₁ (2×2) trained; middle width 1 → 2 (Eqs. 4–6), 2 → 3 (Eq. " +
                    $"7); P = {Samples}",
                CheckMethod.SymbolicIdentity, Verdict.Proved),
            StagedChecker.Of(new ConjunctionChecker(
            [
                ("Eq. 4", Part(Embedding.Duplicate(layer))),
                ("Eq. 5", Part(Embedding.Silent(layer))),
                ("Eq. 6", Part(Embedding.Scaled(layer, 1, HomogeneityField.Real))),
                ("Eq. 7", Part(Embedding.Dependent(layer))),
            ])));
    }

    // PAPER.md §3, Theorem 3: the set is invariant (tangency of the field).
    private static RegisteredClaim T3(UnitConditions c, string @case, Relation relation)
    {
        var (statement, condition) = @case switch
        {
            "i" => ("Two equal units stay equal (θ_2 = θ_1 is invariant).", "none"),
            "ii" => ("A silent unit u = u₀ = 0, v = 0 stays silent.", "zero map u₀ = 0 (derived)"),
            "iii" => ("Proportional units stay proportional with the same γ (θ_2 = γθ_1 is " +
                "invariant).", $"homogeneous, {c.Homogeneity} (derived)"),
            _ => ("Linearly dependent units stay dependent with the same γ's (θ_3 = γ_1θ_1 + " +
                "γ_2θ_2 is invariant).", "linear in u (derived)"),
        };
        return new(new Claim(
                $"T3.{@case}[{c.Unit}]", statement,
                $"unit {c.Unit}; {condition}; {relation.Description}; P = {Samples}; " +
                    $"residuals free",
                CheckMethod.SymbolicIdentity, Verdict.Proved),
            StagedChecker.Of(new TangencyChecker(() => UnitCatalogue.Build(c.Unit).Definition,
                relation, Samples)).Then(new NumericInvarianceChecker(c.Unit, relation)));
    }

    private static IEnumerable<RegisteredClaim> Controls()
    {
        RegisteredClaim Control(string id, string statement, string hypotheses,
            IClaimChecker checker) =>
            new(new Claim(id, "(false) " +
                "" + statement, hypotheses, CheckMethod.SymbolicIdentity, Verdict.Refuted),
                checker is StagedChecker staged ? staged : StagedChecker.Of(checker));
        StagedChecker Set(string unit, Relation r) =>
            StagedChecker.Of(new TangencyChecker(() => UnitCatalogue.Build(unit).Definition, r,
                Samples)).Then(new NumericInvarianceChecker(unit, r));

        var u = new[] { Theory.Symbolic.Expr.Symbol("u", 1), Theory.Symbolic.Expr.Symbol("u", 2) };
        yield return Control("X-T3.i[relu-fc]",
            "Units with equal input weights u have equal vector fields, whatever their output " +
                "weights v.",
            "relu-fc; only u_2 = u_1 is imposed, v_1, v_2 free", Set("relu-fc", Relation.Equal(u)));
        yield return Control("X-T1.i[relu-fc]",
            "Duplicating unit 1 without splitting its output weight (v_1 kept, v_2 = γv_1) " +
                "keeps the fixed point.",
            "relu-fc; Eq. 4 with v_1 = v_1*", StagedChecker.Of(new EmbeddingChecker(
                () => Problem("relu-fc", l => Embedding.Duplicate(l, split: false))))
                .Then(new NumericEmbeddingChecker("relu-fc", "i", split: false)));
        yield return Control("X-T1.ii[sigmoid-fc]",
            "Adding a unit with u = 0, v = 0 to a sigmoid net keeps the fixed point.",
            "sigmoid-fc, which has no zero map (σ(0) = 1/2); Eq. 5 with u₀ = 0",
            StagedChecker.Of(new EmbeddingChecker(() => Problem("sigmoid-fc", Embedding.Silent)))
                .Then(new NumericEmbeddingChecker("sigmoid-fc", "ii")));
        yield return Control("X-T3.iii[tanh-fc]",
            "For tanh units the proportional set θ_2 = γθ_1 is invariant.",
            "tanh-fc, not homogeneous; γ ∈ R free", Set("tanh-fc", Relation.Proportional(false)));
        yield return Control("X-T3.iii.neg[relu-fc]",
            "For relu units proportionality with γ < 0 is invariant.",
            "relu-fc, homogeneous over R>=0 only; θ_2 = −gθ_1, g > 0 free",
            Set("relu-fc", Relation.NegativelyProportional()));
        yield return Control("X-T3.iii[quadratic]",
            "For the degree-2 quadratic unit the proportional set θ_2 = γθ_1 is invariant.",
            "quadratic, homogeneous of degree 2 (not 1) over R; γ free (finding F1 of theorems.md)",
            Set("quadratic", Relation.Proportional(false)));
        yield return Control("X-T3.iv[relu-fc]",
            "For relu units the linearly dependent set θ_3 = γ_1θ_1 + γ_2θ_2 is invariant.",
            "relu-fc, not linear in u; γ's free", Set("relu-fc", Relation.Dependent()));
        yield return Control("X-T3.iv[tanh-fc]",
            "For tanh units the rank-one set θ_2 = γ_2θ_1, θ_3 = γ_3θ_1 is invariant.",
            "tanh-fc, not linear in u; γ's free", Set("tanh-fc", Relation.RankOne()));
        yield return Control("X-CL.balance[tanh-fc]",
            "For tanh units ‖v_i‖² − ‖u_i‖² is conserved by the gradient flow.",
            "tanh-fc, not homogeneous", new BalanceChecker("tanh-fc", Samples));
    }
}
