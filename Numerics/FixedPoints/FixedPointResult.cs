namespace Verify.Numerics.FixedPoints;

/// <summary>
/// The immutable outcome of one refinement: where it stopped and why, how stationary that
/// point is, and the Hessian analysis there (index, zero modes, most negative eigenvalue).
/// A refinement that did not converge is a result, not an exception: check
/// <see cref="Status"/>.
/// </summary>
public sealed class FixedPointResult
{
    private readonly double[] theta;

    internal FixedPointResult(FixedPointStatus status, string reason, double[] theta,
        double loss, double gradientNorm, double gradientScale, int iterations,
        int rejectedSteps, double finalDamping, HessianSpectrum? spectrum)
    {
        Status = status;
        Reason = reason;
        this.theta = theta;
        Loss = loss;
        GradientNorm = gradientNorm;
        GradientScale = gradientScale;
        Iterations = iterations;
        RejectedSteps = rejectedSteps;
        FinalDamping = finalDamping;
        Spectrum = spectrum;
    }

    /// <summary>Why the refinement stopped.</summary>
    public FixedPointStatus Status { get; }

    /// <summary>The reason in words, with the numbers that decided it.</summary>
    public string Reason { get; }

    /// <summary>True when the gradient tolerance was met.</summary>
    public bool Converged => Status == FixedPointStatus.Converged;

    /// <summary>The final iterate θ.</summary>
    public IReadOnlyList<double> Theta => theta;

    /// <summary>L at the final iterate.</summary>
    public double Loss { get; }

    /// <summary>‖∇L(θ)‖₂ at the final iterate.</summary>
    public double GradientNorm { get; }

    /// <summary>The stated scale G = ‖∇L(θ₀)‖₂ (1 when the start was exactly
    /// stationary).</summary>
    public double GradientScale { get; }

    /// <summary>‖∇L(θ)‖₂ / G.</summary>
    public double RelativeGradientNorm => GradientNorm / GradientScale;

    /// <summary>Accepted Newton steps.</summary>
    public int Iterations { get; }

    /// <summary>Trial steps rejected (each followed by a larger damping).</summary>
    public int RejectedSteps { get; }

    /// <summary>The relative damping μ when the refinement stopped.</summary>
    public double FinalDamping { get; }

    /// <summary>The Hessian analysis at the final iterate; null only for
    /// <see cref="FixedPointStatus.NonFinite"/>.</summary>
    public HessianSpectrum? Spectrum { get; }

    /// <summary>A copy of the final iterate.</summary>
    public double[] CopyTheta() => (double[])theta.Clone();

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Status} after {Iterations} iterations ({Reason}); ‖∇L‖ = {GradientNorm:E3}, " +
        (Spectrum is null ? "no spectrum" :
            $"index {Spectrum.Index}, {Spectrum.ZeroModes} zero modes, " +
            $"λ_min = {Spectrum.MostNegativeEigenvalue:G6}");
}
