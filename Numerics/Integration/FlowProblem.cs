namespace Verify.Numerics.Integration;

/// <summary>
/// An initial-value problem dθ/dt = F(t, θ), θ(t₀) = θ₀, for a gradient flow F = −∇L or any
/// other smooth field. Immutable: the initial state is copied in.
/// </summary>
public sealed class FlowProblem
{
    private readonly double[] initialState;

    private FlowProblem(VectorField field, double[] initialState, double startTime,
        StateLayout layout)
    {
        Field = field;
        this.initialState = initialState;
        StartTime = startTime;
        Layout = layout;
    }

    /// <summary>The vector field F(t, θ).</summary>
    public VectorField Field { get; }

    /// <summary>The start time t₀.</summary>
    public double StartTime { get; }

    /// <summary>Names and units of the state components (flat <c>y[i]</c> when none was
    /// given).</summary>
    public StateLayout Layout { get; }

    /// <summary>Number of state components.</summary>
    public int Dimension => initialState.Length;

    /// <summary>The initial state θ₀.</summary>
    public ReadOnlySpan<double> InitialState => initialState;

    /// <summary>Creates a problem.</summary>
    /// <param name="field">The vector field; must not allocate per call.</param>
    /// <param name="initialState">θ₀; copied. Every entry must be finite.</param>
    /// <param name="startTime">t₀.</param>
    /// <param name="layout">Names and units of the components; its dimension must match.</param>
    public static FlowProblem Create(
        VectorField field, ReadOnlySpan<double> initialState, double startTime = 0,
            StateLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (initialState.Length == 0)
            throw NumericsErrors.Shape(nameof(initialState),
                "the state is empty; give at least one component");
        for (var i = 0; i < initialState.Length; i++)
        {
            if (!double.IsFinite(initialState[i]))
                throw NumericsErrors.NotFiniteValue(nameof(initialState), i, initialState[i]);
        }
        if (!double.IsFinite(startTime)) throw NumericsErrors.OutOfRange(nameof(startTime),
            startTime, "(−∞, ∞)");
        layout ??= StateLayout.Flat(initialState.Length);
        if (layout.Dimension != initialState.Length)
            throw NumericsErrors.DimensionMismatch("layout", initialState.Length, layout.Dimension);
        return new FlowProblem(field, initialState.ToArray(), startTime, layout);
    }

    /// <summary>The same field and layout from another initial state and start time.</summary>
    public FlowProblem WithInitialState(ReadOnlySpan<double> state, double startTime) =>
        Create(Field, state, startTime, Layout);
}
