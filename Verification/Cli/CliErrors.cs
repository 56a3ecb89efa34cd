using Verify.Theory;

namespace Verify.Verification.Cli;

/// <summary>Builds every <see cref="VerifyException"/> the command line throws.</summary>
internal static class CliErrors
{
    public static VerifyException BadExpression(string option, ParseException e) =>
        new($"{option}: {e.Message}\nfix the expression at column {e.Column} and run again", e);

    public static VerifyException BadListItem(string option, string item, ParseException e) =>
        new($"{option}: cannot read the symbol '{item}': expected {e.Expected} at column " +
            $"{e.Column} of the item, found {e.Found}; list symbols such as u[1],u[2],v", e);

    public static VerifyException NotASymbol(string option, string item) =>
        new($"{option}: '{item}' is not a symbol; list plain or indexed variables such as " +
            "u[1],u[2],v");

    public static VerifyException EmptyListItem(string option, int position) =>
        new($"{option}: item {position} of the list is empty; separate symbols by single commas");

    public static VerifyException BadUnit(VerifyException e) =>
        new($"{e.Message} (check --unit, --params and --inputs)", e);

    public static VerifyException JsonAndLatex() =>
        new("--json prints the text syntax and --latex prints LaTeX; choose one of them");

    public static VerifyException UnknownClaim(string id, IEnumerable<string> known) =>
        new($"--claims: no claim has the ID '{id}'; known IDs: {string.Join(", ", known)}");

    public static VerifyException MissingDirectory(string option, string path) =>
        new($"{option}: the directory of '{path}' does not exist; create it or choose " +
            "another file");

    public static VerifyException NotAFile(string option, string path) =>
        new($"{option}: '{path}' is a directory or empty; give the path of a file to write");

    public static VerifyException CannotWrite(string option, string path, Exception e) =>
        new($"{option}: cannot write '{path}' ({e.Message}); choose a writable location");

    public static VerifyException EmptyClaimList() =>
        new("--claims: the list is empty; give claim IDs separated by commas, or leave the option out");

    public static VerifyException FunctionNameAsSymbol(string option, string item) =>
        new($"{option}: '{item}' is the name of a function, not a symbol; rename the symbol");

    public static VerifyException OutOfRange(string option, int value, int min, int max) =>
        new($"{option}: {value} is outside [{min}, {max}]; choose a value in that range");

    /// <summary>System.CommandLine's type errors name CLR types ("System.Nullable`1[System.Int32]");
    /// users need to read "a whole number".</summary>
    public static string Readable(string message) => TypeName.Replace(message, m => m.Groups[1].Value switch
    {
        "Int32" => $"a whole number between {int.MinValue} and {int.MaxValue}",
        "Int64" => $"a whole number between {long.MinValue} and {long.MaxValue}",
        "Double" => "a number such as 0.001 or 1e-3",
        var other => $"a value of type {other}",
    });

    private static readonly System.Text.RegularExpressions.Regex TypeName = new(
        @"expected type 'System\.(?:Nullable`1\[System\.)?(\w+)\]?'");
}
