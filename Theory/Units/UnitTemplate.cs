using Verify.Theory.Symbolic;

namespace Verify.Theory.Units;

/// <summary>A catalogue unit at given sizes, as text and symbol lists before checking:
/// one expression text per output component, u, v, inputs and fixed symbols.</summary>
internal sealed record UnitTemplate(
    IReadOnlyList<string> Outputs,
    IReadOnlyList<Sym> U,
    IReadOnlyList<Sym> V,
    IReadOnlyList<Sym> Inputs,
    IReadOnlyList<Sym>? Fixed = null);
