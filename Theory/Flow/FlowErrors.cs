namespace Verify.Theory.Flow;

/// <summary>Builds every <see cref="VerifyException"/> the flow builder throws.</summary>
internal static class FlowErrors
{
    public static VerifyException Undeclared(string symbol) =>
        new($"the unit uses the symbol '{symbol}', which is declared neither as a parameter " +
            "nor as an input (nor as a fixed symbol); declare it as one of them");

    public static VerifyException Unused(string role, string symbol) =>
        new($"the {role} '{symbol}' does not occur in the unit; remove it from the {role}s " +
            "or use it in the unit");

    public static VerifyException Duplicate(string role, string symbol) =>
        new($"the {role} '{symbol}' is declared twice; list each {role} once");

    public static VerifyException BothRoles(string symbol, string first, string second) =>
        new($"'{symbol}' is declared both as {WithArticle(first)} and as " +
            $"{WithArticle(second)}; give it one role");

    private static string WithArticle(string role) =>
        "aeiou".Contains(role[0]) ? $"an {role}" : $"a {role}";

    public static VerifyException NameClash(string name, string first, string second) =>
        new($"the name '{name}' is used by {first} and by {second}, so their per-unit and " +
            $"per-sample copies ({name}_1, …) would clash; rename one of them");

    public static VerifyException NoOutputs() =>
        new("the unit has no output component; give at least one expression");

    public static VerifyException NoParameters() =>
        new("the unit has no parameters; declare at least one parameter");

    public static VerifyException NotPositive(string what, int value) =>
        new($"the number of {what} must be at least 1, not {value}");
}
