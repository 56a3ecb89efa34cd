namespace Verify.Numerics.Integration;

/// <summary>Scans a vector for the first bad component; shared by every integrator.</summary>
internal static class StateScan
{
    /// <summary>Index of the first NaN or ±∞ entry, or −1.</summary>
    public static int FirstNonFinite(ReadOnlySpan<double> v)
    {
        for (var i = 0; i < v.Length; i++)
            if (!double.IsFinite(v[i])) return i;
        return -1;
    }

    /// <summary>Index of the first entry whose magnitude exceeds <paramref name="bound"/>, or
    /// −1.</summary>
    public static int FirstAbove(ReadOnlySpan<double> v, double bound)
    {
        for (var i = 0; i < v.Length; i++)
            if (Math.Abs(v[i]) > bound) return i;
        return -1;
    }
}
