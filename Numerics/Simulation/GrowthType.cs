namespace Verify.Numerics.Simulation;

/// <summary>How the effective width grows from saddle to saddle (PAPER.md §1).</summary>
public enum GrowthType
{
    /// <summary>Type I: the rank of the end-to-end map grows (linear and linear conv nets).</summary>
    Rank,

    /// <summary>Type II: the number of rays of proportional weights grows (ReLU nets).</summary>
    Rays,

    /// <summary>Type III: the number of units with non-zero weights grows (quadratic nets,
    /// linear attention with separate key and query).</summary>
    Units,
}
