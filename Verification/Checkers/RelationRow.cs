using Verify.Theory.Symbolic;

namespace Verify.Verification.Checkers;

/// <summary>One relation θ_i = Σ_j c_j·θ_j of a <see cref="Relation"/>.</summary>
/// <param name="Unit">i, the unit whose parameters are determined.</param>
/// <param name="Terms">(c_j, j); empty for θ_i = 0.</param>
/// <param name="Parameters">The unit parameters the relation covers; all when null.</param>
internal sealed record RelationRow(
    int Unit, IReadOnlyList<(Expr Coefficient, int Unit)> Terms, IReadOnlyList<Sym>? Parameters);
