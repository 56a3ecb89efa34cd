using Verify.Numerics.Integration;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;

namespace Verify.Numerics.Flow;

/// <summary>
/// The state layout of H copies of a unit, shared by the compiled model and the fast paths
/// so that both name θ alike. Runs of vector parameters u[1..n] and scalar parameters v
/// become <see cref="StateLayout.ForUnits"/> groups (u_h[i], v_h); any other parameter list
/// (a matrix M[i,j], a name split into two runs) keeps the flow's names θ_{h,p}
/// (<see cref="FlowNames.Parameter"/>, e.g. M_2[1,2]).
/// </summary>
internal static class UnitLayout
{
    public static StateLayout For(int width, IReadOnlyList<Sym> parameters)
    {
        var groups = TryGroups(parameters);
        if (groups is not null) return StateLayout.ForUnits(width, groups);
        var names = new List<string>();
        var units = new List<int>();
        for (int h = 1; h <= width; h++)
        {
            foreach (var p in parameters)
            {
                names.Add(FlowNames.Parameter(p, h).Key);
                units.Add(h);
            }
        }
        return StateLayout.Create(names, units);
    }

    private static (string Name, int Length)[]? TryGroups(IReadOnlyList<Sym> parameters)
    {
        var groups = new List<(string Name, int Length)>();
        int i = 0;
        while (i < parameters.Count)
        {
            var name = parameters[i].Name;
            if (groups.Any(g => g.Name == name)) return null;
            if (parameters[i].Indices.Count == 0)
            {
                groups.Add((name, 1));
                i++;
                continue;
            }
            int n = 0;
            while (i < parameters.Count && parameters[i].Name == name)
            {
                var ix = parameters[i].Indices;
                if (ix.Count != 1 || ix[0] != n + 1) return null;
                n++;
                i++;
            }
            // ForUnits names a length-1 group v_h, which would drop the index of u[1].
            if (n == 1) return null;
            groups.Add((name, n));
        }
        return [.. groups];
    }
}
