namespace Verify.Numerics.Integration;

/// <summary>Which sign changes of an event function count as an event.</summary>
public enum EventDirection
{
    /// <summary>Either direction.</summary>
    Either,

    /// <summary>g goes from negative to non-negative.</summary>
    Rising,

    /// <summary>g goes from positive to non-positive.</summary>
    Falling,
}
