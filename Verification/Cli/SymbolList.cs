using Verify.Theory;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Cli;

/// <summary>Reads a comma-separated list of symbols such as <c>u[1],u[2],v</c>.</summary>
internal static class SymbolList
{
    /// <summary>The symbols of <paramref name="text"/>; an empty text is an empty list.
    /// Errors name <paramref name="option"/> and the offending item.</summary>
    public static IReadOnlyList<Sym> Parse(string option, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var items = SplitTopLevel(text).Select(item => item.Trim()).ToList();
        int empty = items.FindIndex(item => item.Length == 0);
        if (empty >= 0) throw CliErrors.EmptyListItem(option, empty + 1);
        var symbols = new List<Sym>();
        foreach (var item in items)
        {
            Expr e;
            try
            {
                if (FnNames.TryParse(item, out _)) throw CliErrors.FunctionNameAsSymbol(option, item);
                e = ExprParser.Parse(item);
            }
            catch (ParseException pe)
            {
                throw CliErrors.BadListItem(option, item, pe);
            }
            symbols.Add(e as Sym ?? throw CliErrors.NotASymbol(option, item));
        }
        return symbols;
    }

    // Commas inside brackets separate indices (W[1,2]), not list items.
    private static List<string> SplitTopLevel(string text)
    {
        var items = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[' or '(': depth++; break;
                case ']' or ')': depth = Math.Max(0, depth - 1); break;
                case ',' when depth == 0:
                    items.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }
        items.Add(text[start..]);
        return items;
    }
}
