namespace Verify.Theory;

/// <summary>A symbolic operation that is not defined for its input (e.g. a symbolic exponent,
/// an exact value of tanh at a non-zero rational, a division by an expression equal to zero).</summary>
public sealed class SymbolicException(string message) : VerifyException(message);
