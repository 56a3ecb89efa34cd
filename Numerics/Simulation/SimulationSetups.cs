using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Data;
using Verify.Numerics.FixedPoints;
using Verify.Numerics.Flow;
using Verify.Numerics.Integration;
using Verify.Theory.Units;

namespace Verify.Numerics.Simulation;

/// <summary>
/// Default setups reproducing the Figure 1 experiments of PAPER.md §6 in spirit. The paper
/// publishes neither its data nor ε, so each setup chooses them and says so in
/// <see cref="SimulationSetup.Data"/>. Common choices: every data set is fixed by
/// <see cref="DataSeed"/> (the run's seed only draws the initialisation); targets are built
/// from two "teacher" directions of strengths 1 and 0.25 (0.5 for the Type III setups), so
/// that a one-unit solution exists as a saddle and a two-unit one as the end point, and the escape times differ by a factor
/// of four (a ratio of two leaves no plateau in log time that the detector can see at
/// H = 50: the plateau spans at most ln(s₁/s₂) in ln t, less the drops); ε per
/// <see cref="DefaultInitScale"/>. Integration: Dormand–Prince 5(4) at relative tolerance
/// 10⁻⁸ and absolute tolerance 10⁻⁸·ε (so weights still at the scale ε are resolved to
/// 10⁻⁸ of themselves), states recorded at 40 log-spaced times per decade from 10⁻² on.
/// </summary>
public static class SimulationSetups
{
    /// <summary>The seed of every default data set.</summary>
    public const int DataSeed = 2026;

    /// <summary>
    /// The default initial scale ε of <paramref name="arch"/>: 10⁻⁴ where escape times grow
    /// like ln(1/ε) (Types I and II), so that the plateaus span a good part of a decade in
    /// time; 10⁻² where they grow like 1/ε (Type III: quadratic-in-u units and x·tanh x),
    /// so that a run stays short.
    /// </summary>
    public static double DefaultInitScale(string arch) => arch switch
    {
        "linear-attention-separate" or "quadratic" or "xtanhx-fc" => 1e-2,
        _ => 1e-4,
    };

    /// <summary>The largest width accepted: the Hessian of each plateau costs O((H·k)³).</summary>
    public const int MaxWidth = 200;

    private const double FirstOutputTime = 1e-2;
    private const int OutputsPerDecade = 40;

    private static readonly string[] Setups =
    [
        "linear-fc", "linear-conv", "relu-fc", "relu-conv", "linear-attention-separate",
        "quadratic", "tanh-fc", "xtanhx-fc",
    ];

    /// <summary>The architectures with a default setup, in the order of Figure 1.</summary>
    public static IReadOnlyList<string> Names => Setups;

    /// <summary>The width architecture <paramref name="arch"/> uses by default (Figure 1).</summary>
    public static int DefaultWidth(string arch) => arch switch
    {
        "linear-attention-separate" or "quadratic" or "xtanhx-fc" => 10,
        _ => 50,
    };

    /// <summary>
    /// The setup of <paramref name="arch"/> at width <paramref name="width"/> and initial scale
    /// <paramref name="initScale"/> (defaults when null), with a step budget of
    /// <paramref name="maxSteps"/> (default 2·10⁶).
    /// </summary>
    /// <exception cref="NumericsException">An unknown architecture, one without a setup (the
    /// message says what is missing), a width outside [1, <see cref="MaxWidth"/>], a scale
    /// outside (0, 1) or a step budget below 1.</exception>
    public static SimulationSetup Create(string arch, int? width = null, double? initScale = null,
        long? maxSteps = null)
    {
        ArgumentNullException.ThrowIfNull(arch);
        if (!Setups.Contains(arch))
        {
            if (Missing(arch) is { } missing) throw SimulationErrors.NoSetup(arch, missing);
            throw SimulationErrors.UnknownArch(arch, Setups);
        }
        var h = width ?? DefaultWidth(arch);
        if (h < 1 || h > MaxWidth) throw SimulationErrors.Width(h, MaxWidth);
        var eps = initScale ?? DefaultInitScale(arch);
        if (!(eps > 0 && eps < 1)) throw SimulationErrors.InitScale(eps);
        if (maxSteps is < 1) throw SimulationErrors.MaxSteps(maxSteps.Value);
        var setup = arch switch
        {
            "linear-fc" => LinearFc(h, eps),
            "linear-conv" => LinearConv(h, eps),
            "relu-fc" => ReluFc(h, eps),
            "relu-conv" => ReluConv(h, eps),
            "linear-attention-separate" => AttentionSeparate(h, eps),
            "quadratic" => Quadratic(h, eps),
            "tanh-fc" => TanhFc(h, eps),
            _ => XTanhXFc(h, eps),
        };
        return maxSteps is { } budget
            ? setup with { Integration = setup.Integration with { MaxSteps = budget } }
            : setup;
    }

    // Why the other catalogue units have no setup (null for a name the catalogue lacks).
    private static string? Missing(string arch) => arch switch
    {
        "sigmoid-fc" => "sigmoid(0) = 1/2, so a unit has no zero map and small initialisation " +
            "does not start near a width-0 saddle; Figure 1 has no sigmoid experiment",
        "cubic" => "Figure 1 has no degree-3 experiment and no data set is chosen for one",
        "quadratic-general" => "its inputs are a symmetric matrix Z per sample and no data set " +
            "of such matrices is defined",
        "linear-attention-merged" => "no Figure 1 panel: with a merged key-query matrix one " +
            "head is fully expressive and the paper predicts a single drop (PAPER.md §5)",
        "softmax-attention" => "Figure 1 has no softmax experiment and its flow is not " +
            "polynomial, so no fast path keeps a run short",
        "deep-linear-3" => "the fixed first layer W[i,j] is an input of the unit and no data set " +
            "supplies it",
        _ => UnitCatalogue.Names.Contains(arch) ? "no data set is chosen for it" : null,
    };

    // Whitened 2-D inputs: two orthogonal inputs of norm √2, so Σ_zz = (1/P)Σ z zᵀ = I exactly.
    private static Matrix<double> Whitened(int d) =>
        DataSets.OrthogonalInputs(d, d, Math.Sqrt(d), DataSeed);

    private static SimulationSetup LinearFc(int h, double eps)
    {
        // Σ_yz = M = Σ_k s_k q_k r_kᵀ with s = (1, 0.25): escape times ln(1/ε)/s_k (PAPER.md §4,
        // Theorem 4), plateau at the rank-1 saddle with L = ½s₂² = 1/32 (L(0) = ½Σs_k² = 17/32).
        var data = LinearTarget(2, [1.0, 0.25]);
        var model = LossModels.Create("linear-fc", h, data);
        var blocks = UnitBlock.FromLayout(model.Layout);
        // E‖W‖_F² = C·D·H·ε⁴ at initialisation (W = Σ_h v_h u_hᵀ, entries sums of H products).
        var floor = 10 * eps * eps * Math.Sqrt(2 * 2 * h);
        return Build("linear-fc", h, eps, GrowthType.Rank, model,
            "2 orthogonal inputs z ∈ R² of norm √2 (whitened, Σ_zz = I), targets y = M z with " +
            $"M ∈ R^(2×2) of singular values (1, 0.25) and Haar-random singular vectors " +
            $"(data seed {DataSeed})",
            RankText(floor), floor, EffectiveWidths.Rank(blocks, floor),
            ZeroModeSymmetry.LinearMixing(blocks), EscapeEnd(eps, 0.25),
            "plateau ≈ 0.49 of L(0), rank 1 → rank 2, end loss 0 (width 50)");
    }

    private static SimulationSetup LinearConv(int h, double eps)
    {
        // Kernel k = 2 on x ∈ R³ (two positions), y = cᵀx with c = (1, 0, 0.25). f = Σ_{p,j}
        // W[p,j] x[p+j−1] for W = Σ_h v_h u_hᵀ, so near zero W grows along the top singular pair
        // of the Hankel matrix [[c₁, c₂], [c₂, c₃]] = diag(1, 0.25); a rank-1 W = a bᵀ gives the
        // coefficients a ∗ b, whose polynomial has real roots, but 1 + 0.25ζ² has none: the target
        // needs rank 2. The rank-1 saddle W = e₁e₁ᵀ leaves the residual 0.25·x[3]: L = 1/32.
        var x = Whitened(3);
        var data = DataSets.WithLinearTargets(x, Matrix<double>.Build.DenseOfRowArrays([1.0, 0, 0.25]));
        var model = LossModels.Create("linear-conv", h, data);
        var blocks = UnitBlock.FromLayout(model.Layout);
        var floor = 10 * eps * eps * Math.Sqrt(2 * 2 * h);
        return Build("linear-conv", h, eps, GrowthType.Rank, model,
            "3 orthogonal inputs x ∈ R³ of norm √3 (whitened), kernel 2 at 2 positions, " +
            $"targets y = x₁ + 0.25·x₃ (data seed {DataSeed})",
            RankText(floor) + " (W = Σ_h v_h u_hᵀ, positions × kernel)", floor,
            EffectiveWidths.Rank(blocks, floor), ZeroModeSymmetry.LinearMixing(blocks),
            EscapeEnd(eps, 0.25), "plateau ≈ 0.39 of L(0), rank 1 → rank 2, end loss 0 (width 50)");
    }

    private static SimulationSetup ReluFc(int h, double eps)
    {
        // Orthogonal inputs x₁, x₂ of norm √2 with labels of opposite sign, y = (1, −0.25): a unit
        // active on x_μ alone grows at rate |y_μ|·‖x_μ‖²/P = |y_μ| (Boursier et al. 2022), so one
        // ray fits x₁ first (saddle loss ½·½·0.25² = 1/64) and a second ray x₂ later. Labels of
        // one sign would not do: one ray along Σ y_μ x_μ fits both.
        var x = Whitened(2);
        var data = DataSet.Create(x, Matrix<double>.Build.DenseOfColumnArrays([1.0, -0.25]));
        var model = LossModels.Create("relu-fc", h, data);
        var blocks = UnitBlock.FromLayout(model.Layout);
        var floor = 10 * eps * Math.Sqrt(2);
        return Build("relu-fc", h, eps, GrowthType.Rays, model,
            "2 orthogonal inputs x ∈ R² of norm √2 (Haar-random orientation), labels y = (1, " +
            $"−0.25) (data seed {DataSeed})",
            RaysText(floor), floor, EffectiveWidths.Rays(blocks, floor),
            ZeroModeSymmetry.Combine(ZeroModeSymmetry.UnitRescaling(blocks),
                ZeroModeSymmetry.FlatUnits(blocks, (th, b) => Dead(th, b, x),
                    "dead units (u_hᵀx_μ < 0 for every μ)"),
                ZeroModeSymmetry.SilentUnits(blocks, floor)),
            EscapeEnd(eps, 0.25), "plateau ≈ 0.50 of L(0), one ray → two orthogonal rays, end 0");
    }

    private static SimulationSetup ReluConv(int h, double eps)
    {
        // Teacher of two ReLU kernels a₁ = (1, 1)/√2 (strength 1) and a₂ = (1, −1)/√2 (strength
        // −0.25) summed over both positions, on 100 Gaussian inputs x ~ N(0, I₃).
        var x = DataSets.GaussianInputs(100, Matrix<double>.Build.DenseIdentity(3), DataSeed);
        var r = 1 / Math.Sqrt(2);
        var data = DataSets.WithTargets(x, z =>
        [
            Enumerable.Range(0, 2).Sum(p => Relu(r * (z[p] + z[p + 1]))
                - 0.25 * Relu(r * (z[p] - z[p + 1]))),
        ]);
        var model = LossModels.Create("relu-conv", h, data);
        var blocks = UnitBlock.FromLayout(model.Layout);
        var floor = 10 * eps * Math.Sqrt(2);
        return Build("relu-conv", h, eps, GrowthType.Rays, model,
            "100 inputs x ~ N(0, I₃), kernel 2 at 2 positions, targets y = Σ_p relu(a₁ᵀx_p) − " +
            "0.25·Σ_p relu(a₂ᵀx_p) with a₁ = (1, 1)/√2, a₂ = (1, −1)/√2, x_p = (x_p, x_{p+1}) " +
            $"(data seed {DataSeed})",
            RaysText(floor) + " (kernels u_h)", floor, EffectiveWidths.Rays(blocks, floor),
            ZeroModeSymmetry.Combine(ZeroModeSymmetry.UnitRescaling(blocks),
                ZeroModeSymmetry.SilentUnits(blocks, floor)),
            EscapeEnd(eps, 0.1), "plateau ≈ 0.40 of L(0), one ray → two rays, end loss 0");
    }

    private static SimulationSetup AttentionSeparate(int h, double eps)
    {
        // In-context regression (Zhang et al. 2025): D = 2, token covariance diag(1, 2)/3, task
        // w ~ N(0, I), context N = 16, 200 sequences. Each head is cubic in (K, Q, V): escape
        // times ∝ 1/ε, one head per eigen-direction of the token covariance.
        var data = DataSets.InContextRegression(2, 16, 200, DataSeed);
        var model = LossModels.Create("linear-attention-separate", h, data);
        var blocks = HeadBlocks(model.Layout);
        var floor = 10 * eps * Math.Sqrt(9);
        return Build("linear-attention-separate", h, eps, GrowthType.Units, model,
            "in-context linear regression: tokens x ∈ R² ~ N(0, diag(1, 2)/3), tasks w ~ N(0, I), " +
            $"context 16, 200 sequences, token dimension 3 (data seed {DataSeed})",
            UnitsText(floor) + " (heads (K, Q, V))", floor,
            EffectiveWidths.Units(model.Layout, floor),
            ZeroModeSymmetry.Combine(ZeroModeSymmetry.UnitRescaling(blocks, 2),
                ZeroModeSymmetry.SilentUnits(blocks, floor)),
            PowerEnd(eps, 0.1), "plateau ≈ 0.54 of L(0), one head → two heads, end ≈ 0.09");
    }

    private static SimulationSetup Quadratic(int h, double eps)
    {
        // y = (e₁ᵀx)² − 0.5(e₂ᵀx)² on 200 Gaussian inputs: Σ_yZ = mean y x xᵀ ≈ diag(2.5, −0.5)
        // (E[y x xᵀ] = Σ_k c_k(‖a_k‖²I + 2a_k a_kᵀ)), eigenvalues of both signs (Proposition 5),
        // so one unit leaves zero first and a second of opposite sign later.
        var data = QuadraticTeacher(z => z * z);
        var model = LossModels.Create("quadratic", h, data);
        var blocks = UnitBlock.FromLayout(model.Layout);
        var floor = 10 * eps * Math.Sqrt(3);
        return Build("quadratic", h, eps, GrowthType.Units, model,
            "200 inputs x ~ N(0, I₂), targets y = (x₁)² − 0.5·(x₂)² " +
            $"(data seed {DataSeed})",
            UnitsText(floor), floor, EffectiveWidths.Units(model.Layout, floor),
            ZeroModeSymmetry.Combine(ZeroModeSymmetry.UnitRescaling(blocks, 2),
                ZeroModeSymmetry.SilentUnits(blocks, floor)),
            PowerEnd(eps, 0.5), "plateau ≈ 0.32 of L(0), one unit → two units, end loss 0 (width 10)");
    }

    private static SimulationSetup TanhFc(int h, double eps)
    {
        // The linear-fc data: tanh is linear near 0 (rank-one growth first), but rank-one
        // weights are not invariant for tanh, so the paper expects no clean second plateau.
        var data = LinearTarget(2, [1.0, 0.25]);
        var model = LossModels.Create("tanh-fc", h, data);
        var blocks = UnitBlock.FromLayout(model.Layout);
        var floor = 10 * eps * eps * Math.Sqrt(2 * 2 * h);
        return Build("tanh-fc", h, eps, GrowthType.Rank, model,
            "the linear-fc data: 2 whitened orthogonal inputs in R², targets y = M z with " +
            $"singular values (1, 0.25) (data seed {DataSeed})",
            RankText(floor) + "; W = ∂f/∂x at x = 0 since tanh′(0) = 1", floor,
            EffectiveWidths.Rank(blocks, floor), ZeroModeSymmetry.SilentUnits(blocks, floor),
            EscapeEnd(eps, 0.25), "plateau ≈ 0.16 of L(0), then a slow decay, no second clean plateau");
    }

    private static SimulationSetup XTanhXFc(int h, double eps)
    {
        // Two teacher units of the same kind: y = x₁tanh(x₁) − 0.5·x₂tanh(x₂). φ starts as
        // (uᵀx)², so this behaves like the quadratic net near zero (Type III).
        var data = QuadraticTeacher(z => z * Math.Tanh(z));
        var model = LossModels.Create("xtanhx-fc", h, data);
        var blocks = UnitBlock.FromLayout(model.Layout);
        var floor = 10 * eps * Math.Sqrt(3);
        return Build("xtanhx-fc", h, eps, GrowthType.Units, model,
            "200 inputs x ~ N(0, I₂), targets y = x₁·tanh(x₁) − 0.5·x₂·tanh(x₂) " +
            $"(data seed {DataSeed})",
            UnitsText(floor), floor, EffectiveWidths.Units(model.Layout, floor),
            ZeroModeSymmetry.SilentUnits(blocks, floor), PowerEnd(eps, 0.3),
            "plateau ≈ 0.25 of L(0), one unit → two units, end loss 0 (width 10)");
    }

    private static DataSet LinearTarget(int d, double[] s) =>
        DataSets.WithLinearTargets(Whitened(d), DataSets.LinearMap(2, d, s, DataSeed + 1));

    private static DataSet QuadraticTeacher(Func<double, double> phi)
    {
        var x = DataSets.GaussianInputs(200, Matrix<double>.Build.DenseIdentity(2), DataSeed);
        return DataSets.WithTargets(x, z => [phi(z[0]) - 0.5 * phi(z[1])]);
    }

    private static double Relu(double z) => z > 0 ? z : 0;

    private static bool Dead(IReadOnlyList<double> theta, UnitBlock b, Matrix<double> x)
    {
        for (var n = 0; n < x.RowCount; n++)
        {
            var z = 0.0;
            for (var j = 0; j < b.Input.Count; j++) z += theta[b.Input[j]] * x[n, j];
            if (z >= 0) return false;
        }
        return true;
    }

    // Heads: u = (K, Q), v = V.
    private static IReadOnlyList<UnitBlock> HeadBlocks(StateLayout layout) =>
        [.. Enumerable.Range(1, layout.UnitCount).Select(h =>
        {
            var c = layout.ComponentsOf(h);
            return new UnitBlock(h, [.. c.Where(i => !layout.NameOf(i).StartsWith('V'))],
                [.. c.Where(i => layout.NameOf(i).StartsWith('V'))]);
        })];

    // Type I/II: the slowest direction (rate r) escapes near ln(1/ε)/r; 20× that leaves
    // decades for the final convergence.
    private static double EscapeEnd(double eps, double slowestRate) =>
        20 * Math.Log(1 / eps) / slowestRate;

    // Type III: a unit of degree 3 in its weights escapes in finite time ∝ 1/(λε) (PAPER.md §4,
    // v̇ = v²); 4/(λ_min ε) covers the slowest with room to converge, and no more: once
    // converged, explicit steps are limited by stability, so a longer run only costs time.
    private static double PowerEnd(double eps, double slowestRate) => 4 / (slowestRate * eps);

    private static string F(double x) => x.ToString("G3", CultureInfo.InvariantCulture);

    private static string RankText(double floor) =>
        $"Type I: numerical rank of W = Σ_h v_h u_hᵀ (singular values ≤ {F(floor)} = " +
        "10·ε²·√(C·D·H) set to 0, then rtol 1e-6 and gap factor 100)";

    private static string RaysText(double floor) =>
        $"Type II: rays of the input weights u_h with ‖u_h‖ > {F(floor)} = 10·ε·√k " +
        "and ≥ 0.1 of the largest (angle 0.05 rad, w and −w distinct)";

    private static string UnitsText(double floor) =>
        $"Type III: units with ‖θ_h‖ > {F(floor)} = 10·ε·√k and ≥ 0.1 of the largest";

    private static SimulationSetup Build(string arch, int h, double eps, GrowthType growth,
        ILossModel model, string data, string widthText, double floor,
        Func<IReadOnlyList<double>, int> width, ZeroModeSymmetry symmetry, double endTime,
        string expected) => new()
    {
        Arch = arch,
        Data = data,
        Width = h,
        InitScale = eps,
        Growth = growth,
        WidthMeasure = widthText,
        WidthFloor = floor,
        Model = model,
        EffectiveWidth = width,
        FixedPoint = FixedPointOptions.Default with { Symmetry = symmetry },
        Integration = IntegrationOptions.Default with
        {
            RelativeTolerance = 1e-8,
            AbsoluteTolerance = 1e-8 * eps,
            MaxSteps = 2_000_000,
            OutputTimes = TimeGrid.LogSpacedPerDecade(FirstOutputTime, endTime, OutputsPerDecade),
        },
        EndTime = endTime,
        Expected = expected,
    };
}
