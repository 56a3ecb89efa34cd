using Verify.Numerics.Integration;

namespace Verify.Numerics.FixedPoints;

/// <summary>
/// Where one unit's parameters sit in θ: the input-side weights u_h and output weights v_h of
/// PAPER.md §1, as 0-based indices into θ.
/// </summary>
/// <param name="Unit">The 1-based unit number h.</param>
/// <param name="Input">Indices of u_h in θ.</param>
/// <param name="Output">Indices of v_h in θ.</param>
public sealed record UnitBlock(int Unit, IReadOnlyList<int> Input, IReadOnlyList<int> Output)
{
    /// <summary>
    /// The units of a layout whose components are named <c>{input}_h…</c> and
    /// <c>{output}_h…</c>, as <see cref="StateLayout.ForUnits"/> names them.
    /// </summary>
    public static IReadOnlyList<UnitBlock> FromLayout(StateLayout layout, string input = "u",
        string output = "v")
    {
        ArgumentNullException.ThrowIfNull(layout);
        var blocks = new UnitBlock[layout.UnitCount];
        for (var h = 1; h <= layout.UnitCount; h++)
        {
            var u = new List<int>();
            var v = new List<int>();
            foreach (var i in layout.ComponentsOf(h))
            {
                var name = layout.NameOf(i);
                if (name.StartsWith(input + "_", StringComparison.Ordinal)) u.Add(i);
                else if (name.StartsWith(output + "_", StringComparison.Ordinal)) v.Add(i);
            }
            if (u.Count == 0 || v.Count == 0)
                throw NumericsErrors.Shape(nameof(layout), $"unit {h} has no components named " +
                    $"'{(u.Count == 0 ? input : output)}_{h}…'; name the input weights " +
                    $"'{input}_h' and the output weights '{output}_h', or build the blocks by hand");
            blocks[h - 1] = new UnitBlock(h, u, v);
        }
        return blocks;
    }
}
