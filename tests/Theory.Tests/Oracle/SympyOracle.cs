using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Verify.Theory.Tests.Oracle;

/// <summary>
/// Runs SymPy (an independent computer-algebra system) on a batch of cases through
/// sympy_oracle.py. The interpreter is the first of $VERIFY_PYTHON, python3 and
/// /usr/bin/python3 that can import sympy; .ci/run installs Debian's python3-sympy.
/// </summary>
internal static class SympyOracle
{
    private static readonly Lazy<string?> Interpreter = new(FindInterpreter);

    /// <summary>Why the oracle cannot run here, or null when it can.</summary>
    public static string? UnavailableReason => Interpreter.Value is null
        ? "SymPy is not installed: no python3 here imports sympy (install Debian's python3-sympy, "
          + "as .ci/run does, or point VERIFY_PYTHON at an interpreter that has it)"
        : null;

    public sealed record Case(string Expr, string Ours, IReadOnlyList<string> Variables,
        IReadOnlyDictionary<string, string> Derivatives);

    public sealed record Answer(string Canonical, IReadOnlyDictionary<string, string> Derivatives, bool Agrees);

    public static IReadOnlyList<Answer> Run(IReadOnlyList<Case> cases)
    {
        var python = Interpreter.Value ?? throw new InvalidOperationException(UnavailableReason);
        var input = new JsonArray(cases.Select(c => (JsonNode)new JsonObject
        {
            ["expr"] = c.Expr,
            ["ours"] = c.Ours,
            ["variables"] = new JsonArray(c.Variables.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray()),
            ["derivatives"] = new JsonObject(c.Derivatives.Select(kv =>
                new KeyValuePair<string, JsonNode?>(kv.Key, JsonValue.Create(kv.Value)))),
        }).ToArray());
        var script = Path.Combine(AppContext.BaseDirectory, "Oracle", "sympy_oracle.py");
        var (code, stdout, stderr) = Execute(python, [script], input.ToJsonString());
        if (code != 0) throw new InvalidOperationException($"sympy_oracle.py failed ({code}): {stderr}");
        var output = JsonNode.Parse(stdout)!.AsArray();
        return output.Select(o => new Answer(
            o!["canonical"]!.GetValue<string>(),
            o["derivatives"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>()),
            o["agrees"]!.GetValue<bool>())).ToList();
    }

    private static string? FindInterpreter()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("VERIFY_PYTHON"), "python3", "/usr/bin/python3" };
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate)) continue;
            try
            {
                var (code, _, _) = Execute(candidate, ["-c", "import sympy"], "");
                if (code == 0) return candidate;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not on this machine; try the next one.
            }
        }
        return null;
    }

    private static (int Code, string Stdout, string Stderr) Execute(string file, string[] args, string stdin)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        var stderrTask = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        p.WaitForExit();
        return (p.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}
