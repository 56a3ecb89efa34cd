using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics.Data;

/// <summary>Random matrices with orthonormal columns, distributed by Haar measure.</summary>
internal static class RandomOrthogonal
{
    /// <summary>
    /// An n×k matrix with orthonormal columns (k ≤ n): the Q of a QR factorisation of a Gaussian
    /// matrix, with column signs fixed so that R has a positive diagonal; without the sign fix
    /// the distribution is not Haar (Mezzadri 2007, "How to generate random matrices from the
    /// classical compact groups", §5).
    /// </summary>
    public static Matrix<double> Columns(int n, int k, GaussianSource gauss)
    {
        var g = Matrix<double>.Build.Dense(n, k, (_, _) => 0);
        for (var j = 0; j < k; j++)
            for (var i = 0; i < n; i++)
                g[i, j] = gauss.Next();
        var qr = g.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        var q = qr.Q.Clone();
        for (var j = 0; j < k; j++)
        {
            if (qr.R[j, j] < 0) q.SetColumn(j, -q.Column(j));
        }
        return q;
    }
}
