using Verify.Theory.Symbolic;

namespace Verify.Theory.Flow;

/// <summary>
/// How the flow builder names the copies of a unit's symbols. A copy keeps the indices and
/// appends <c>_k</c> to the name, so every copy is an identifier of the text syntax:
/// parameter <c>u[1]</c> of unit 2 is <c>u_2[1]</c>, parameter <c>v</c> of unit 2 is
/// <c>v_2</c>; input <c>x[1]</c> of sample μ = 3 is <c>x_3[1]</c>; the target of sample 3
/// is <c>y_3</c> for a scalar unit and <c>y_3[c]</c>, c = 1..C, for a unit with C output
/// components; residuals are named the same way (<c>r_3</c>, <c>r_3[c]</c>). Units and
/// samples count from 1, as in the paper. The suffix after the last underscore is all
/// digits, so distinct (name, k) give distinct copies; clashes between roles are
/// prevented by <see cref="UnitDefinition"/> and <see cref="GradientFlow"/>, which keep
/// parameter, input, fixed-symbol and target names apart.
/// </summary>
public static class FlowNames
{
    /// <summary>The copy of parameter <paramref name="p"/> in unit <paramref name="h"/>.</summary>
    public static Sym Parameter(Sym p, int h) => Copy(p, h);

    /// <summary>The copy of input <paramref name="x"/> in sample <paramref name="mu"/>.</summary>
    public static Sym Input(Sym x, int mu) => Copy(x, mu);

    /// <summary>The target of sample <paramref name="mu"/> of a scalar unit, e.g. <c>y_3</c>.</summary>
    public static Sym Target(string name, int mu) => new($"{name}_{mu}");

    /// <summary>Component <paramref name="c"/> of the target of sample <paramref name="mu"/>,
    /// e.g. <c>y_3[2]</c>.</summary>
    public static Sym Target(string name, int mu, int c) =>
        Expr.Symbol($"{name}_{mu}", c);

    private static Sym Copy(Sym s, int k) => new($"{s.Name}_{k}", s.Indices);
}
