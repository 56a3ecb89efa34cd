namespace Verify.Theory.Units;

/// <summary>One unit of the catalogue: its name, its formula in words, the sizes it has
/// with their defaults, and the builder of its expression text.</summary>
internal sealed record CatalogueEntry(
    string Name,
    string Formula,
    IReadOnlyDictionary<UnitSize, int> Defaults,
    Func<UnitShape, UnitTemplate> Build);
