using Verify.Theory.Symbolic;
using Verify.Theory.Units;

namespace Verify.Verification.Checkers;

/// <summary>
/// The layer being widened, as a unit's symbols: input weights u, output weights v, and
/// trainable symbols shared by all units (W₁ of the three-layer linear net; none for a
/// two-layer net).
/// </summary>
/// <param name="U">The input weights of one unit.</param>
/// <param name="V">The output weights of one unit.</param>
/// <param name="Shared">Trainable symbols outside the layer, identical in every width.</param>
internal sealed record Layer(IReadOnlyList<Sym> U, IReadOnlyList<Sym> V, IReadOnlyList<Sym> Shared)
{
    /// <summary>The layer of a catalogue unit in a two-layer net.</summary>
    public static Layer Of(UnitForm unit) => new(unit.InputWeights, unit.OutputWeights, []);
}
