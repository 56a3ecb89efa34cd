using Verify.Theory;

namespace Verify.Numerics;

/// <summary>
/// A numerical request that cannot be carried out as stated: an option out of range, a data-set
/// shape that does not fit, a method whose coefficients fail their consistency conditions.
/// Numerical failures that are outcomes of a run (NaN, divergence, a step that became too small)
/// are not thrown; they are reported in the run's result.
/// </summary>
public sealed class NumericsException : VerifyException
{
    internal NumericsException(string parameter, string message) : base(message) =>
        Parameter = parameter;

    /// <summary>The option, argument or coefficient the message is about.</summary>
    public string Parameter { get; }
}
