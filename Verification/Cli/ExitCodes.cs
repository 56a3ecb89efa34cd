namespace Verify.Verification.Cli;

/// <summary>The exit codes of <c>verify</c>, part of its contract (DESIGN.md).</summary>
internal static class ExitCodes
{
    /// <summary>Every claim reached its expected verdict; or a derivation succeeded.</summary>
    public const int Success = 0;

    /// <summary>At least one claim did not reach its expected verdict.</summary>
    public const int ClaimMissed = 1;

    /// <summary>Bad usage or bad input; the message names the input and what to do.</summary>
    public const int BadUsage = 2;

    /// <summary>A fault of verify itself (an exception it did not expect); please report it.</summary>
    public const int InternalError = 3;
}
