namespace Verify.Theory.Tests.Oracle;

/// <summary>
/// A fact that needs SymPy. Where no interpreter imports sympy it is reported as skipped
/// with that reason (the issue asks for exactly this); in CI, .ci/run installs it.
/// </summary>
public sealed class SympyFactAttribute : FactAttribute
{
    public SympyFactAttribute()
    {
        if (SympyOracle.UnavailableReason is { } reason) Skip = reason;
    }
}
