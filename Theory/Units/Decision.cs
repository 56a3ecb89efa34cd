namespace Verify.Theory.Units;

/// <summary>The answer the symbolic core gives to a yes-or-no question about a unit.</summary>
public enum Decision
{
    /// <summary>Proved: an exact identity (canonical form 0).</summary>
    Yes,

    /// <summary>Disproved: an exact argument or a counterexample at a printed point.</summary>
    No,

    /// <summary>Neither: the reason is in <see cref="Trait.How"/>.</summary>
    Undecided,
}
