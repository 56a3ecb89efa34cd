using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics.FixedPoints;

/// <summary>
/// The symmetric eigendecomposition of a Hessian ∇²L(θ) and what it says about θ as a fixed
/// point: the index (eigenvalues below −tol), the zero modes (|λ| ≤ tol) and how many of those a
/// known symmetry explains, with tol = r·max|λ_i| and r stated by
/// <see cref="FixedPointOptions.EigenvalueRelativeTolerance"/>.
/// </summary>
public sealed class HessianSpectrum
{
    // A tangent counts as lying in the numerical null space when its component outside it is
    // below this fraction of its length; eigenvectors of a null space separated from the rest of
    // the spectrum by a gap g are accurate to about ε‖H‖/g, far below this.
    internal const double SubspaceTolerance = 1e-6;

    private readonly double[] eigenvalues;
    private readonly Matrix<double> hessian;
    private readonly Matrix<double> eigenvectors;

    private HessianSpectrum(Matrix<double> hessian, double[] eigenvalues,
        Matrix<double> eigenvectors, double relativeTolerance, int? explained,
        string? symmetryDescription)
    {
        this.hessian = hessian;
        this.eigenvalues = eigenvalues;
        this.eigenvectors = eigenvectors;
        RelativeTolerance = relativeTolerance;
        var scale = eigenvalues.Length == 0 ? 0 : eigenvalues.Max(Math.Abs);
        Tolerance = relativeTolerance * scale;
        Index = eigenvalues.Count(l => l < -Tolerance);
        ZeroModes = eigenvalues.Count(l => Math.Abs(l) <= Tolerance);
        PositiveCount = eigenvalues.Length - Index - ZeroModes;
        ExplainedZeroModes = explained;
        SymmetryDescription = symmetryDescription;
    }

    /// <summary>The eigenvalues of the (symmetrised) Hessian, ascending.</summary>
    public IReadOnlyList<double> Eigenvalues => eigenvalues;

    /// <summary>The smallest eigenvalue: the most negative one at a saddle.</summary>
    public double MostNegativeEigenvalue => eigenvalues.Length == 0 ? 0 : eigenvalues[0];

    /// <summary>The relative tolerance r used.</summary>
    public double RelativeTolerance { get; }

    /// <summary>The absolute tolerance tol = r·max|λ_i| that separates zero modes.</summary>
    public double Tolerance { get; }

    /// <summary>The index: the number of eigenvalues λ &lt; −tol (0 at a local minimum).</summary>
    public int Index { get; }

    /// <summary>The number of zero modes, |λ| ≤ tol.</summary>
    public int ZeroModes { get; }

    /// <summary>The number of eigenvalues λ &gt; tol.</summary>
    public int PositiveCount { get; }

    /// <summary>
    /// The zero modes explained by the known symmetry: dim(span T ∩ null H) for its tangents T,
    /// computed as rank(T) − rank(P⊥T) with P⊥ the projector off the numerical null space. Null
    /// when no symmetry was given.
    /// </summary>
    public int? ExplainedZeroModes { get; }

    /// <summary>Zero modes no known symmetry explains (null when no symmetry was given).</summary>
    public int? UnexplainedZeroModes => ZeroModes - ExplainedZeroModes;

    /// <summary>What the explained count counts, or null.</summary>
    public string? SymmetryDescription { get; }

    /// <summary>The Hessian as analysed (symmetrised: ½(H + Hᵀ)), row-major.</summary>
    public double[,] Hessian => hessian.ToArray();

    /// <summary>The unit eigenvector of eigenvalue <paramref name="k"/> (ascending order).</summary>
    public double[] Eigenvector(int k) => eigenvectors.Column(k).ToArray();

    /// <summary>
    /// Analyses a Hessian given row-major (n × n). <paramref name="theta"/> is the point, needed
    /// only to evaluate the symmetry's tangents.
    /// </summary>
    public static HessianSpectrum Of(ReadOnlySpan<double> hessianRowMajor, int dimension,
        double relativeTolerance = 1e-8, ZeroModeSymmetry? symmetry = null,
        IReadOnlyList<double>? theta = null)
    {
        if (dimension < 1) throw NumericsErrors.NotPositiveCount(nameof(dimension), dimension);
        if (hessianRowMajor.Length != dimension * dimension)
            throw NumericsErrors.DimensionMismatch("hessian", dimension * dimension,
                hessianRowMajor.Length);
        if (!(relativeTolerance >= 0 && double.IsFinite(relativeTolerance)))
            throw NumericsErrors.Negative(nameof(relativeTolerance), relativeTolerance);
        if (symmetry is not null && (theta is null || theta.Count != dimension))
            throw NumericsErrors.DimensionMismatch(nameof(theta), dimension, theta?.Count ?? 0);
        for (var i = 0; i < hessianRowMajor.Length; i++)
        {
            if (!double.IsFinite(hessianRowMajor[i]))
                throw NumericsErrors.NotFiniteValue("hessian", i, hessianRowMajor[i]);
        }
        var h = Matrix<double>.Build.Dense(dimension, dimension);
        for (var i = 0; i < dimension; i++)
        {
            for (var j = 0; j < dimension; j++)
                h[i, j] = 0.5 * (hessianRowMajor[i * dimension + j] + hessianRowMajor[j * dimension + i]);
        }
        var evd = h.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).ToArray();
        var order = Enumerable.Range(0, dimension).OrderBy(k => values[k]).ToArray();
        var sorted = order.Select(k => values[k]).ToArray();
        var vectors = Matrix<double>.Build.Dense(dimension, dimension,
            (i, j) => evd.EigenVectors[i, order[j]]);
        var tol = relativeTolerance * (sorted.Length == 0 ? 0 : sorted.Max(Math.Abs));
        int? explained = null;
        if (symmetry is not null)
            explained = Explained(symmetry.TangentsAt(theta!), sorted, vectors, tol);
        return new HessianSpectrum(h, sorted, vectors, relativeTolerance, explained,
            symmetry?.Description);
    }

    // dim(span T ∩ N) = rank(T) − rank(P⊥T): P⊥ restricted to span T has kernel span T ∩ N.
    private static int Explained(IReadOnlyList<double[]> tangents, double[] values,
        Matrix<double> vectors, double tol)
    {
        var n = values.Length;
        var unit = new List<Vector<double>>();
        foreach (var t in tangents)
        {
            var v = Vector<double>.Build.DenseOfArray(t);
            var norm = v.L2Norm();
            if (norm > 0) unit.Add(v / norm);
        }
        if (unit.Count == 0) return 0;
        var null_ = Enumerable.Range(0, n).Where(k => Math.Abs(values[k]) <= tol).ToArray();
        var t_ = Matrix<double>.Build.DenseOfColumnVectors(unit);
        var outside = t_.Clone();
        if (null_.Length > 0)
        {
            var basis = Matrix<double>.Build.DenseOfColumnVectors(null_.Select(k => vectors.Column(k)));
            outside = t_ - basis * (basis.TransposeThisAndMultiply(t_));
        }
        return RankAbove(t_, SubspaceTolerance) - RankAbove(outside, SubspaceTolerance);
    }

    private static int RankAbove(Matrix<double> m, double threshold) =>
        m.Svd(computeVectors: false).S.Count(s => s > threshold);
}
