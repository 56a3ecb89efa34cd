namespace Verify.Numerics.Integration;

/// <summary>
/// An event to locate during integration: a sign change of <see cref="Function"/>, found on
/// the dense output by a bracketing root finder, so its time is as accurate as the
/// interpolant and not limited to step boundaries.
/// </summary>
public sealed class FlowEvent
{
    private FlowEvent(string name, EventFunction function, EventDirection direction, bool terminal)
    {
        Name = name;
        Function = function;
        Direction = direction;
        Terminal = terminal;
    }

    /// <summary>The name reported with each occurrence.</summary>
    public string Name { get; }

    /// <summary>The event function g(t, y).</summary>
    public EventFunction Function { get; }

    /// <summary>Which sign changes count.</summary>
    public EventDirection Direction { get; }

    /// <summary>Whether the integration stops at the first occurrence.</summary>
    public bool Terminal { get; }

    /// <summary>Creates an event.</summary>
    /// <param name="name">Name used in the result.</param>
    /// <param name="function">The event function g(t, y).</param>
    /// <param name="direction">Which sign changes count.</param>
    /// <param name="terminal">Stop the integration at the first occurrence.</param>
    public static FlowEvent Create(
        string name, EventFunction function, EventDirection direction = EventDirection.Either,
        bool terminal = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(function);
        return new FlowEvent(name, function, direction, terminal);
    }

    /// <summary>Whether g going from <paramref name="g0"/> to <paramref name="g1"/> is an event of
    /// this
    /// direction; a start exactly at 0 is not a crossing.</summary>
    internal bool Crosses(double g0, double g1) => Direction switch
    {
        EventDirection.Rising => g0 < 0 && g1 >= 0,
        EventDirection.Falling => g0 > 0 && g1 <= 0,
        _ => (g0 < 0 && g1 >= 0) || (g0 > 0 && g1 <= 0),
    };
}
