namespace Verify.Numerics.Integration;

/// <summary>
/// The mutable buffers of one Dormand–Prince integration: stage derivatives, the current and
/// candidate states, and the coefficients of the current step's dense output. Owned by one run;
/// nothing here is allocated per step.
/// </summary>
internal sealed class DormandPrinceWorkspace
{
    public DormandPrinceWorkspace(int dimension, int stages)
    {
        K = new double[stages][];
        for (var i = 0; i < stages; i++) K[i] = new double[dimension];
        Y = new double[dimension];
        YNew = new double[dimension];
        YStage = new double[dimension];
        Scratch = new double[dimension];
        R = new double[5][];
        for (var i = 0; i < 5; i++) R[i] = new double[dimension];
    }

    /// <summary>Stage derivatives k_1 … k_s of the current step.</summary>
    public double[][] K { get; }

    /// <summary>The accepted state y_n.</summary>
    public double[] Y { get; private set; }

    /// <summary>The candidate y_{n+1}.</summary>
    public double[] YNew { get; private set; }

    /// <summary>The argument of the stage being evaluated.</summary>
    public double[] YStage { get; }

    /// <summary>Room for one interpolated state.</summary>
    public double[] Scratch { get; }

    /// <summary>Dense-output coefficients r_1 … r_5 of the current step.</summary>
    private double[][] R { get; }

    /// <summary>Accepts the step: y_n ← y_{n+1}, k_1 ← k_s (first same as last).</summary>
    public void Advance()
    {
        (Y, YNew) = (YNew, Y);
        (K[0], K[^1]) = (K[^1], K[0]);
    }

    /// <summary>
    /// Builds the dense output of the step y_n → y_{n+1} of size h (HNW I, §II.6, DOPRI5):
    /// r_1 = y_n, r_2 = Δ, r_3 = h k_1 − Δ, r_4 = Δ − h k_7 − r_3, r_5 = h Σ d_i k_i,
    /// so that y(t_n + θh) = r_1 + θ(r_2 + (1−θ)(r_3 + θ(r_4 + (1−θ) r_5))).
    /// Must run before <see cref="Advance"/>.
    /// </summary>
    public void PrepareDense(double h, double[] d)
    {
        var k7 = K[^1];
        for (var i = 0; i < Y.Length; i++)
        {
            var delta = YNew[i] - Y[i];
            var bspl = h * K[0][i] - delta;
            R[0][i] = Y[i];
            R[1][i] = delta;
            R[2][i] = bspl;
            R[3][i] = delta - h * k7[i] - bspl;
            var sum = 0.0;
            for (var j = 0; j < d.Length; j++)
                if (d[j] != 0) sum += d[j] * K[j][i];
            R[4][i] = h * sum;
        }
    }

    /// <summary>The dense output at θ ∈ [0, 1] of the prepared step, into <paramref
    /// name="y"/>.</summary>
    public void Interpolate(double theta, Span<double> y)
    {
        var theta1 = 1 - theta;
        for (var i = 0; i < y.Length; i++)
            y[i] = R[0][i] + theta * (R[1][i] + theta1 * (R[2][i] + theta * (R[3][i]
                + theta1 * R[4][i])));
    }
}
