namespace Verify.Numerics.Integration;

/// <summary>
/// Coefficients of the Dormand–Prince 5(4) pair (Dormand &amp; Prince 1980, "A family of embedded
/// Runge–Kutta formulae"; HNW I, Table II.5.2) and of its continuous extension of order 4
/// (Dormand &amp; Prince 1986; HNW I, §II.6, as in Hairer's DOPRI5).
/// </summary>
internal static class DormandPrince54
{
    public const string Name = "Dormand–Prince 5(4)";

    public static double[] C => [0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1];

    public static double[][] A =>
    [
        [],
        [1.0 / 5],
        [3.0 / 40, 9.0 / 40],
        [44.0 / 45, -56.0 / 15, 32.0 / 9],
        [19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729],
        [9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656],
        [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84],
    ];

    public static double[] B => [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784,
        11.0 / 84, 0];

    public static double[] BHat =>
        [5179.0 / 57600, 0, 7571.0 / 16695, 393.0 / 640, -92097.0 / 339200, 187.0 / 2100, 1.0 / 40];

    /// <summary>
    /// Weights d_i of the quartic correction term of the dense output,
    /// y(t_n + θh) = y_n + θ(Δ + (1−θ)(h k_1 − Δ + θ(Δ − h k_7 − (h k_1 − Δ) + (1−θ) h Σ d_i
    /// k_i))),
    /// Δ = y_{n+1} − y_n (HNW I, §II.6, dense output of DOPRI5).
    /// </summary>
    public static double[] Dense =>
    [
        -12715105075.0 / 11282082432, 0, 87487479700.0 / 32700410799, -10690763975.0 / 1880347072,
        701980252875.0 / 199316789632, -1453857185.0 / 822651844, 69997945.0 / 29380423,
    ];

    /// <summary>The checked tableau, built once.</summary>
    public static ButcherTableau Tableau { get; } = ButcherTableau.Create(Name, C, A, B, BHat, order: 5);
}
