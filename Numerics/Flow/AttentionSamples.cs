namespace Verify.Numerics.Flow;

/// <summary>
/// Per sample, the token second moment S_μ = (1/N) Σ_n z_n z_nᵀ (d×d) and the query q_μ of
/// a linear-attention head. Both linear attentions read the context only through S:
/// (1/N) Σ_n (Vᵀz_n)(Kᵀz_n) = Vᵀ S K and (1/N) Σ_n (Vᵀz_n)(z_nᵀMq) = Vᵀ S M q, so S is
/// formed once from the data and a head costs O(d²) per sample instead of O(N·d).
/// </summary>
internal sealed class AttentionSamples
{
    /// <summary>From a table of Z[1,1..d], …, Z[N,1..d], q[1..d] per sample.</summary>
    public AttentionSamples(double[] table, int tokens, int dimension)
    {
        int k = tokens * dimension + dimension;
        Count = table.Length / k;
        Dimension = dimension;
        S = new double[Count * dimension * dimension];
        Q = new double[Count * dimension];
        for (int mu = 0; mu < Count; mu++)
        {
            var row = table.AsSpan(mu * k, k);
            var s = S.AsSpan(mu * dimension * dimension, dimension * dimension);
            for (int n = 0; n < tokens; n++)
            {
                var z = row.Slice(n * dimension, dimension);
                for (int i = 0; i < dimension; i++)
                {
                    for (int j = 0; j < dimension; j++) s[i * dimension + j] += z[i] * z[j];
                }
            }
            for (int i = 0; i < s.Length; i++) s[i] /= tokens;
            row.Slice(tokens * dimension, dimension).CopyTo(Q.AsSpan(mu * dimension, dimension));
        }
    }

    /// <summary>P.</summary>
    public int Count { get; }

    /// <summary>d.</summary>
    public int Dimension { get; }

    /// <summary>S_μ, P blocks of d×d, symmetric.</summary>
    public double[] S { get; }

    /// <summary>q_μ, P×d.</summary>
    public double[] Q { get; }

    /// <summary>y = S_μ z.</summary>
    public void Apply(int mu, ReadOnlySpan<double> z, Span<double> y)
    {
        int d = Dimension;
        var s = S.AsSpan(mu * d * d, d * d);
        for (int i = 0; i < d; i++)
        {
            double sum = 0;
            for (int j = 0; j < d; j++) sum += s[i * d + j] * z[j];
            y[i] = sum;
        }
    }

    /// <summary>q_μ.</summary>
    public ReadOnlySpan<double> Query(int mu) => Q.AsSpan(mu * Dimension, Dimension);

    /// <summary>S_μ[i,j].</summary>
    public double At(int mu, int i, int j) => S[(mu * Dimension + i) * Dimension + j];

    /// <summary>a·b.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
