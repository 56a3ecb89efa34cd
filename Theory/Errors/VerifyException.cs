namespace Verify.Theory;

/// <summary>
/// The one family of exceptions the checker throws for bad input or an impossible
/// request. Messages name the input, the position when there is one, and what to do.
/// Build them through <see cref="Errors"/>.
/// </summary>
public class VerifyException : Exception
{
    public VerifyException(string message) : base(message) { }
    public VerifyException(string message, Exception inner) : base(message, inner) { }
}
