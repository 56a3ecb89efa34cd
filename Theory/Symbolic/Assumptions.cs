namespace Verify.Theory.Symbolic;

/// <summary>
/// What is known about symbols beyond being real. Today: which symbols are positive.
/// With c declared positive, the canonical form uses relu(c·z) = c·relu(z),
/// step(c·z) = step(z), |c·z| = c·|z| and sign(c·z) = sign(z).
/// </summary>
public sealed class Assumptions
{
    private readonly HashSet<Sym> positive;

    public Assumptions(IEnumerable<Sym> positive) => this.positive = [.. positive];

    /// <summary>Nothing assumed: every symbol ranges over all of R.</summary>
    public static Assumptions None { get; } = new([]);

    /// <summary>True when <paramref name="s"/> was declared positive.</summary>
    public bool IsPositive(Sym s) => positive.Contains(s);

    /// <summary>The symbols declared positive.</summary>
    public IReadOnlyCollection<Sym> Positive => positive;
}
