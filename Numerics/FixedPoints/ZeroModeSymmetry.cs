namespace Verify.Numerics.FixedPoints;

/// <summary>
/// Candidate flat directions at a point θ that a known structure of the loss creates. When L is
/// invariant under a group acting on θ, L(g_α θ) = L(θ); differentiating twice at a fixed point
/// (∇L = 0) gives H t = 0 for every tangent t = d(g_α θ)/dα at α = identity, so each tangent is a
/// zero mode. <see cref="HessianSpectrum"/> counts the zero modes these candidates explain as
/// dim(span T ∩ null H), so a candidate that is not flat at θ explains nothing.
/// </summary>
public sealed class ZeroModeSymmetry
{
    private readonly Func<IReadOnlyList<double>, List<double[]>> tangents;

    private ZeroModeSymmetry(string description, Func<IReadOnlyList<double>, List<double[]>> tangents)
    {
        Description = description;
        this.tangents = tangents;
    }

    /// <summary>What is counted, in words (shown in reports).</summary>
    public string Description { get; }

    /// <summary>The candidate directions at <paramref name="theta"/> (zero vectors included).</summary>
    public IReadOnlyList<double[]> TangentsAt(IReadOnlyList<double> theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return tangents(theta);
    }

    /// <summary>
    /// The per-unit rescaling of units homogeneous of degree k in u (PAPER.md §2, Theorem 1(iii)):
    /// φ(z; αu) = α^k φ(z; u), so u_h → αu_h, v_h → α^{−k}v_h leaves f unchanged; the tangent at
    /// α = 1 is (δu_h, δv_h) = (u_h, −k v_h). One direction per unit; it vanishes for a silent
    /// unit (u_h = 0, v_h = 0). k = 1: linear and ReLU units; k = 2: quadratic units.
    /// For ReLU only α &gt; 0 is allowed, which still gives the full tangent line.
    /// </summary>
    public static ZeroModeSymmetry UnitRescaling(IReadOnlyList<UnitBlock> units, int degree = 1)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (degree < 1) throw NumericsErrors.NotPositiveCount(nameof(degree), degree);
        return new ZeroModeSymmetry($"per-unit rescaling u → αu, v → α^−{degree}v", theta =>
        {
            var list = new List<double[]>(units.Count);
            foreach (var b in units)
            {
                var t = new double[theta.Count];
                foreach (var i in b.Input) t[i] = theta[i];
                foreach (var i in b.Output) t[i] = -degree * theta[i];
                list.Add(t);
            }
            return list;
        });
    }

    /// <summary>
    /// The GL(H) symmetry of units linear in u (PAPER.md §2, Theorem 1(iv)): f = V Uᵀz with
    /// U = [u_1 … u_H], V = [v_1 … v_H] is unchanged by U → U A^{−T}, V → V A. Generator E_ab
    /// (a ≠ b allowed) moves u_a += ε u_b and v_b −= ε v_a, tangent (δu_a, δv_b) = (u_b, −v_a);
    /// a = b is the rescaling. H² candidates; their span is the orbit's tangent space, of
    /// dimension H² minus the stabiliser's (e.g. 3 at a rank-1 point of width 2 with one silent
    /// unit, where E_22 vanishes).
    /// </summary>
    public static ZeroModeSymmetry LinearMixing(IReadOnlyList<UnitBlock> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        for (var h = 1; h < units.Count; h++)
        {
            if (units[h].Input.Count != units[0].Input.Count ||
                units[h].Output.Count != units[0].Output.Count)
                throw NumericsErrors.Shape(nameof(units), $"unit {units[h].Unit} has a different " +
                    "size from unit " + units[0].Unit + "; GL(H) mixing needs units of one shape");
        }
        return new ZeroModeSymmetry("GL(H) mixing of units linear in u", theta =>
        {
            var list = new List<double[]>(units.Count * units.Count);
            foreach (var a in units)
            {
                foreach (var b in units)
                {
                    var t = new double[theta.Count];
                    for (var j = 0; j < a.Input.Count; j++) t[a.Input[j]] += theta[b.Input[j]];
                    for (var i = 0; i < b.Output.Count; i++) t[b.Output[i]] -= theta[a.Output[i]];
                    list.Add(t);
                }
            }
            return list;
        });
    }

    /// <summary>
    /// Every coordinate direction of each unit for which <paramref name="isFlat"/> holds at θ.
    /// Used for dead ReLU units (every pre-activation u_hᵀx_μ &lt; 0, so L is locally constant in
    /// (u_h, v_h): all N_u + N_v directions are exactly flat) and, through
    /// <see cref="SilentUnits"/>, for silent units, whose directions are flat only where the
    /// second-order coupling −(Σ_yz − WΣ_zz) vanishes; only the flat part is counted.
    /// </summary>
    public static ZeroModeSymmetry FlatUnits(IReadOnlyList<UnitBlock> units,
        Func<IReadOnlyList<double>, UnitBlock, bool> isFlat, string description)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(isFlat);
        ArgumentNullException.ThrowIfNull(description);
        return new ZeroModeSymmetry(description, theta =>
        {
            var list = new List<double[]>();
            foreach (var b in units)
            {
                if (!isFlat(theta, b)) continue;
                foreach (var i in b.Input.Concat(b.Output))
                {
                    var t = new double[theta.Count];
                    t[i] = 1;
                    list.Add(t);
                }
            }
            return list;
        });
    }

    /// <summary>
    /// Coordinate directions of silent units, ‖(u_h, v_h)‖ ≤ <paramref name="threshold"/>
    /// (PAPER.md §2, Theorem 1(ii), for units with φ(z; 0) = 0). At such a unit the loss depends
    /// on (u_h, v_h) at second order only through the coupling block −Eᵀ/−E
    /// (E = Σ_yz − WΣ_zz), so exactly the null directions of that block are flat; the intersection
    /// rule counts those and no others.
    /// </summary>
    public static ZeroModeSymmetry SilentUnits(IReadOnlyList<UnitBlock> units, double threshold)
    {
        if (!(threshold >= 0 && double.IsFinite(threshold)))
            throw NumericsErrors.Negative(nameof(threshold), threshold);
        return FlatUnits(units, (theta, b) =>
        {
            var sq = 0.0;
            foreach (var i in b.Input.Concat(b.Output)) sq += theta[i] * theta[i];
            return Math.Sqrt(sq) <= threshold;
        }, $"silent units (‖θ_h‖ ≤ {threshold:R})");
    }

    /// <summary>The union of several families' candidates.</summary>
    public static ZeroModeSymmetry Combine(params ZeroModeSymmetry[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
            throw NumericsErrors.Shape(nameof(parts), "no symmetry given; list at least one");
        return new ZeroModeSymmetry(string.Join(" + ", parts.Select(p => p.Description)), theta =>
        {
            var list = new List<double[]>();
            foreach (var p in parts) list.AddRange(p.tangents(theta));
            return list;
        });
    }
}
