namespace Verify.Numerics.Width;

/// <summary>Units grouped into rays of proportional weights.</summary>
public sealed class RayResult
{
    private readonly int[] rayOfUnit;
    private readonly double[][] directions;

    internal RayResult(int[] rayOfUnit, double[][] directions, double[] norms, double threshold)
    {
        this.rayOfUnit = rayOfUnit;
        this.directions = directions;
        Norms = norms;
        NormThreshold = threshold;
    }

    /// <summary>The number of rays: the effective width of Type II growth.</summary>
    public int Count => directions.Length;

    /// <summary>The 0-based ray of each unit, or −1 for a negligible unit.</summary>
    public IReadOnlyList<int> RayOfUnit => rayOfUnit;

    /// <summary>Each ray's unit direction (that of its largest unit).</summary>
    public IReadOnlyList<IReadOnlyList<double>> Directions => directions;

    /// <summary>‖w_h‖ of each unit.</summary>
    public IReadOnlyList<double> Norms { get; }

    /// <summary>The absolute norm threshold used.</summary>
    public double NormThreshold { get; }

    /// <summary>Units that belong to some ray.</summary>
    public int NonNegligibleUnits => rayOfUnit.Count(r => r >= 0);
}
