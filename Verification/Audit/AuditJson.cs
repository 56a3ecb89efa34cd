using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Verify.Theory.Claims;

namespace Verify.Verification.Audit;

/// <summary>
/// The JSON report of an audit (DESIGN.md): an array with one object per claim,
/// <c>{id, expected, verdict, evidence: {kind, instances, max_residual, tolerance,
/// counterexample, seed, summary}, seconds}</c>. Absent numbers are null.
/// </summary>
internal static class AuditJson
{
    /// <summary>The report as indented JSON text.</summary>
    public static string Format(IReadOnlyList<ClaimResult> results)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            // Expressions contain '+', '<' and non-ASCII symbols; keep them readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartArray();
            foreach (var r in results) WriteResult(w, r);
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteResult(Utf8JsonWriter w, ClaimResult r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Claim.Id);
        w.WriteString("expected", VerdictNames.Name(r.Claim.ExpectedVerdict));
        w.WriteString("verdict", VerdictNames.Name(r.Verdict));
        w.WriteStartObject("evidence");
        var e = r.Evidence;
        w.WriteString("kind", EvidenceKindNames.Name(e.Kind));
        WriteNumber(w, "instances", e.Instances);
        WriteNumber(w, "max_residual", e.MaxResidual);
        WriteNumber(w, "tolerance", e.Tolerance);
        w.WriteString("counterexample", e.Counterexample);
        WriteNumber(w, "seed", e.Seed);
        w.WriteString("summary", e.Summary);
        w.WriteEndObject();
        w.WriteNumber("seconds", Math.Round(r.Seconds, 3));
        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v && double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
