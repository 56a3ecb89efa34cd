namespace Verify.Verification.Checkers;

/// <summary>
/// What <see cref="EmbeddingChecker"/> needs: the net at any width and the construction.
/// Built only when the claim is checked, so registering claims stays cheap.
/// </summary>
/// <param name="Net">The net of the given width (units in the widened layer).</param>
/// <param name="Embedding">The construction of Theorem 1 to check.</param>
/// <param name="Layer">The widened layer's symbols (u, v, shared).</param>
/// <param name="Setting">Unit, sizes and samples in words, for the evidence.</param>
internal sealed record EmbeddingProblem(Func<int, SymbolicNet> Net, Embedding Embedding,
    Layer Layer, string Setting);
