namespace Verify.Numerics.Integration;

/// <summary>
/// An explicit embedded Runge–Kutta pair (c, A, b, b̂). The consistency conditions are checked
/// when the tableau is built, so a mistyped coefficient fails at once rather than as a silent
/// loss of order: c_i = Σ_j a_ij (each stage is evaluated at the time its increments assume),
/// Σ b_i = 1 and Σ b̂_i = 1 (order ≥ 1 of both solutions), hence Σ (b_i − b̂_i) = 0 (the error
/// estimate vanishes on constant fields).
/// </summary>
internal sealed class ButcherTableau
{
    // Coefficients are rationals with denominators up to ~3·10^5, entered as quotients of doubles;
    // their sums carry rounding of a few ulp of the largest term (|a_ij| < 12 for DP5).
    private const double CheckTolerance = 1e-13;

    private ButcherTableau(string name, double[] c, double[][] a, double[] b, double[] e, int order)
    {
        Name = name;
        C = c;
        A = a;
        B = b;
        E = e;
        Order = order;
    }

    public string Name { get; }

    public int Stages => C.Length;

    /// <summary>Order p of the propagated solution b (the embedded one has order p − 1).</summary>
    public int Order { get; }

    public double[] C { get; }

    /// <summary>Rows of A; row i has i entries (strictly lower triangular).</summary>
    public double[][] A { get; }

    public double[] B { get; }

    /// <summary>Error weights e = b − b̂.</summary>
    public double[] E { get; }

    /// <summary>First-same-as-last: the last stage is evaluated at the new solution.</summary>
    public bool Fsal
    {
        get
        {
            var last = A[^1];
            if (C[^1] != 1 || B[^1] != 0) return false;
            for (var j = 0; j < last.Length; j++)
                if (last[j] != B[j]) return false;
            return true;
        }
    }

    /// <summary>Builds and checks a tableau; throws <see cref="NumericsException"/> on
    /// violation.</summary>
    public static ButcherTableau Create(string name, double[] c, double[][] a, double[] b,
        double[] bHat, int order)
    {
        var s = c.Length;
        if (a.Length != s || b.Length != s || bHat.Length != s)
            throw NumericsErrors.TableauShape(name,
                $"c has {s} entries but A has {a.Length} rows, " +
                $"b {b.Length} and b̂ {bHat.Length} entries; give all of them one entry per stage");
        for (var i = 0; i < s; i++)
        {
            if (a[i].Length != i)
                throw NumericsErrors.TableauShape(name,
                    $"row {i + 1} of A has {a[i].Length} entries; " +
                    $"an explicit method needs exactly {i} (strictly lower triangular)");
            var rowSum = a[i].Sum();
            if (Math.Abs(rowSum - c[i]) > CheckTolerance)
                throw NumericsErrors.Tableau(name,
                    $"the row-sum condition c_{i + 1} = Σ_j a_{i + 1},j", rowSum - c[i]);
        }
        var sumB = b.Sum();
        if (Math.Abs(sumB - 1) > CheckTolerance)
            throw NumericsErrors.Tableau(name, "Σ b_i = 1", sumB - 1);
        var e = new double[s];
        for (var i = 0; i < s; i++) e[i] = b[i] - bHat[i];
        var sumE = e.Sum();
        if (Math.Abs(sumE) > CheckTolerance) throw NumericsErrors.Tableau(name,
            "Σ (b_i − b̂_i) = 0", sumE);
        return new ButcherTableau(name, c.ToArray(), a.Select(r => r.ToArray()).ToArray(),
            b.ToArray(), e, order);
    }
}
