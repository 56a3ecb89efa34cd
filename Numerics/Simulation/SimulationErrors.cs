using System.Globalization;

namespace Verify.Numerics.Simulation;

/// <summary>Builds every <see cref="NumericsException"/> of the simulation setups.</summary>
internal static class SimulationErrors
{
    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    public static NumericsException UnknownArch(string name, IEnumerable<string> known) =>
        new("arch", $"--arch: there is no simulation setup named '{name}'; " +
            $"choose one of {string.Join(", ", known)}");

    public static NumericsException NoSetup(string name, string missing) =>
        new("arch", $"--arch: '{name}' is a catalogue unit but has no simulation setup: " +
            $"{missing}; choose one of {string.Join(", ", SimulationSetups.Names)}");

    public static NumericsException Width(int width, int max) =>
        new("width", $"--width must be a whole number in [1, {max}], not {width}; " +
            "the paper's Figure 1 uses 10 or 50");

    public static NumericsException InitScale(double scale) =>
        new("init", $"--init must be a finite number in (0, 1), not {F(scale)}; the theory " +
            "is about small initialisation, e.g. 1e-3");

    public static NumericsException MaxSteps(long steps) =>
        new("max-steps", $"--max-steps must be at least 1, not {steps}; give a step budget such " +
            "as 100000");
}
