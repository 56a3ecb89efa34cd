using System.Globalization;

namespace Verify.Numerics.Integration;

/// <summary>
/// Names the components of a flattened parameter vector θ and groups them into units (hidden
/// neurons, kernels, heads), so a failure can be reported as "unit 3 (u_3[1])" rather than as
/// a bare index. Units are numbered from 1 as in the paper (u_1, …, u_H); a component may
/// belong to no unit (a shared parameter).
/// </summary>
public sealed class StateLayout
{
    private readonly string[] names;
    private readonly int[] units;
    private readonly Dictionary<string, int> index;

    private StateLayout(string[] names, int[] units)
    {
        this.names = names;
        this.units = units;
        index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (!index.TryAdd(names[i], i)) throw NumericsErrors.DuplicateName(names[i]);
        }
        UnitCount = units.Length == 0 ? 0 : Math.Max(0, units.Max());
    }

    /// <summary>Number of state components.</summary>
    public int Dimension => names.Length;

    /// <summary>Number of units (the largest unit number used).</summary>
    public int UnitCount { get; }

    /// <summary>
    /// A layout from explicit names and unit numbers.
    /// </summary>
    /// <param name="componentNames">One distinct name per component.</param>
    /// <param name="unitOfComponent">The 1-based unit of each component, or 0 for none.</param>
    public static StateLayout Create(IReadOnlyList<string> componentNames,
        IReadOnlyList<int> unitOfComponent)
    {
        ArgumentNullException.ThrowIfNull(componentNames);
        ArgumentNullException.ThrowIfNull(unitOfComponent);
        if (componentNames.Count != unitOfComponent.Count)
            throw NumericsErrors.DimensionMismatch("unitOfComponent", componentNames.Count,
                unitOfComponent.Count);
        for (var i = 0; i < unitOfComponent.Count; i++)
        {
            if (unitOfComponent[i] < 0)
                throw NumericsErrors.Shape("unitOfComponent",
                    $"entry {i} is {unitOfComponent[i]}; " +
                    "use a unit number of 1 or more, or 0 for a component of no unit");
        }
        return new StateLayout(componentNames.ToArray(), unitOfComponent.ToArray());
    }

    /// <summary>
    /// The layout of H identical units stored one after another, each holding the listed
    /// parameters in order. A parameter of length 1 is named <c>v_h</c>, a longer one
    /// <c>u_h[i]</c> with i from 1; e.g. <c>ForUnits(2, ("v", 1), ("u", 2))</c> gives
    /// v_1, u_1[1], u_1[2], v_2, u_2[1], u_2[2].
    /// </summary>
    /// <param name="unitCount">Number of units H.</param>
    /// <param name="parameters">Each per-unit parameter's name and length.</param>
    public static StateLayout ForUnits(int unitCount, params (string Name, int Length)[] parameters)
    {
        if (unitCount < 1) throw NumericsErrors.NotPositiveCount(nameof(unitCount), unitCount);
        if (parameters.Length == 0)
            throw NumericsErrors.Shape(nameof(parameters),
                "no per-unit parameters given; list at least one");
        var names = new List<string>();
        var units = new List<int>();
        for (var h = 1; h <= unitCount; h++)
        {
            foreach (var (name, length) in parameters)
            {
                if (length < 1)
                    throw NumericsErrors.NotPositiveCount($"length of '{name}'", length);
                for (var i = 1; i <= length; i++)
                {
                    names.Add(length == 1
                        ? string.Create(CultureInfo.InvariantCulture, $"{name}_{h}")
                        : string.Create(CultureInfo.InvariantCulture, $"{name}_{h}[{i}]"));
                    units.Add(h);
                }
            }
        }
        return new StateLayout(names.ToArray(), units.ToArray());
    }

    /// <summary>A layout without units: components named <c>y[1]</c>, …, <c>y[n]</c>.</summary>
    public static StateLayout Flat(int dimension, string name = "y")
    {
        if (dimension < 1) throw NumericsErrors.NotPositiveCount(nameof(dimension), dimension);
        var names = new string[dimension];
        for (var i = 0; i < dimension; i++)
            names[i] = string.Create(CultureInfo.InvariantCulture, $"{name}[{i + 1}]");
        return new StateLayout(names, new int[dimension]);
    }

    /// <summary>The name of component <paramref name="component"/> (0-based index).</summary>
    public string NameOf(int component) => names[component];

    /// <summary>The 1-based unit of a component, or null when it belongs to no unit.</summary>
    public int? UnitOf(int component) => units[component] == 0 ? null : units[component];

    /// <summary>The 0-based index of the component with this name.</summary>
    public int IndexOf(string name) =>
        index.TryGetValue(name, out var i) ? i : throw NumericsErrors.UnknownName(name);

    /// <summary>The 0-based indices of the components of a unit, in state order.</summary>
    public IReadOnlyList<int> ComponentsOf(int unit)
    {
        var result = new List<int>();
        for (var i = 0; i < units.Length; i++)
            if (units[i] == unit) result.Add(i);
        return result;
    }

    /// <summary>Human-readable location: "unit 3 (u_3[1])" or "component 7 (y[7])".</summary>
    public string Describe(int component) => units[component] == 0
        ? string.Create(CultureInfo.InvariantCulture,
            $"component {component + 1} ({names[component]})")
        : string.Create(CultureInfo.InvariantCulture,
            $"unit {units[component]} ({names[component]})");
}
