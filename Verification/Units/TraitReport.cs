using System.Text.Json;
using Verify.Theory.Units;

namespace Verify.Verification.Units;

/// <summary>
/// How traits are shown: short table cells, one line per trait with its evidence, and the
/// JSON fields of <c>verify units --json</c>. An undecided trait is the string
/// <c>"undecided"</c> in every field, so that a reader cannot mistake it for a decided
/// false or null.
/// </summary>
internal static class TraitReport
{
    public const string Undecided = "undecided";

    public static string ZeroMap(UnitTraits t) => YesNo(t.ZeroMap.Decision);

    public static string LinearInU(UnitTraits t) => YesNo(t.LinearInU.Decision);

    public static string Homogeneity(UnitTraits t) => t.Homogeneous.Decision switch
    {
        Decision.Yes => $"degree {t.HomogeneityDegree} over {Field(t.HomogeneityField!.Value)}",
        Decision.No => "no",
        _ => Undecided,
    };

    public static string LowestOrder(UnitTraits t) =>
        t.LowestOrder is int k ? k.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Undecided;

    /// <summary>"R" or "R>=0", as in the JSON.</summary>
    public static string Field(HomogeneityField f) => f == HomogeneityField.Real ? "R" : "R>=0";

    /// <summary>One line per trait: name, value, evidence.</summary>
    public static IEnumerable<string> Lines(UnitTraits t) =>
    [
        $"zero map: {ZeroMap(t)} — {t.ZeroMap.How}",
        $"homogeneity in u: {Homogeneity(t)} — {t.Homogeneous.How}",
        $"linear in u: {LinearInU(t)} — {t.LinearInU.How}",
        $"lowest order in u: {LowestOrder(t)} — {t.LowestOrderHow}",
    ];

    /// <summary>
    /// Writes the trait fields into the current JSON object: <c>zero_map</c> and
    /// <c>linear_in_u</c> (true, false or "undecided"), <c>homogeneity</c>
    /// ({"degree", "field"}, null when not homogeneous, or "undecided"),
    /// <c>lowest_order</c> (an integer or "undecided") and <c>evidence</c> (how each was
    /// decided).
    /// </summary>
    public static void WriteFields(Utf8JsonWriter w, UnitTraits t)
    {
        WriteDecision(w, "zero_map", t.ZeroMap.Decision);
        w.WritePropertyName("homogeneity");
        switch (t.Homogeneous.Decision)
        {
            case Decision.Yes:
                w.WriteStartObject();
                w.WriteNumber("degree", t.HomogeneityDegree!.Value);
                w.WriteString("field", Field(t.HomogeneityField!.Value));
                w.WriteEndObject();
                break;
            case Decision.No: w.WriteNullValue(); break;
            default: w.WriteStringValue(Undecided); break;
        }
        WriteDecision(w, "linear_in_u", t.LinearInU.Decision);
        if (t.LowestOrder is int k) w.WriteNumber("lowest_order", k);
        else w.WriteString("lowest_order", Undecided);
        w.WriteStartObject("evidence");
        w.WriteString("zero_map", t.ZeroMap.How);
        w.WriteString("homogeneity", t.Homogeneous.How);
        w.WriteString("linear_in_u", t.LinearInU.How);
        w.WriteString("lowest_order", t.LowestOrderHow);
        w.WriteEndObject();
    }

    private static string YesNo(Decision d) => d switch
    {
        Decision.Yes => "yes",
        Decision.No => "no",
        _ => Undecided,
    };

    private static void WriteDecision(Utf8JsonWriter w, string name, Decision d)
    {
        if (d == Decision.Undecided) w.WriteString(name, Undecided);
        else w.WriteBoolean(name, d == Decision.Yes);
    }
}
