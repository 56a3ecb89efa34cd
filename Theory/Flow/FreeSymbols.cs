using Verify.Theory.Symbolic;

namespace Verify.Theory.Flow;

/// <summary>The variables that occur in an expression.</summary>
public static class FreeSymbols
{
    /// <summary>Every distinct <see cref="Sym"/> of <paramref name="e"/>, in order of first
    /// occurrence (depth first, left to right).</summary>
    public static IReadOnlyList<Sym> Of(Expr e)
    {
        var seen = new HashSet<Sym>();
        var order = new List<Sym>();
        var stack = new Stack<Expr>();
        stack.Push(e);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is Sym s)
            {
                if (seen.Add(s)) order.Add(s);
                continue;
            }
            // Children pushed in reverse so that they are visited left to right.
            foreach (var child in node.Children.Reverse()) stack.Push(child);
        }
        return order;
    }
}
