namespace Verify.Theory.Symbolic.Algebra;

/// <summary>
/// Bounds the work of one canonicalisation, counted in term operations (products in
/// multiplications, merged terms in additions), so that an expression whose exact normal form is out of reach (a
/// multivariate gcd of large polynomials) fails in seconds with a clear error instead of
/// running for hours. The budget is per thread and per top-level call.
/// </summary>
internal static class WorkBudget
{
    /// <summary>A few seconds of exact arithmetic on this project's machines.</summary>
    public const long DefaultTermProducts = 5_000_000;

    [ThreadStatic] private static long remaining;
    [ThreadStatic] private static int depth;

    /// <summary>Runs <paramref name="work"/> with a fresh budget unless one is already running.</summary>
    public static T Run<T>(Func<T> work, long termProducts = DefaultTermProducts)
    {
        if (depth++ == 0) remaining = termProducts;
        try
        {
            return work();
        }
        finally
        {
            depth--;
        }
    }

    /// <summary>Spends <paramref name="termProducts"/>; throws when the budget is exhausted.</summary>
    public static void Charge(long termProducts)
    {
        if (depth == 0) return;
        remaining -= termProducts;
        if (remaining < 0) throw Errors.ExpressionTooLarge(termProducts);
    }
}
