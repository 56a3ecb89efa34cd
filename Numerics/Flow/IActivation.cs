namespace Verify.Numerics.Flow;

/// <summary>σ and its first two derivatives for a neuron fast path; static so that the JIT
/// specialises <see cref="NeuronLossModel{TActivation}"/> per activation.</summary>
internal interface IActivation
{
    /// <summary>σ(a).</summary>
    static abstract double Value(double a);

    /// <summary>σ′(a).</summary>
    static abstract double Slope(double a);

    /// <summary>σ″(a).</summary>
    static abstract double Curvature(double a);
}
