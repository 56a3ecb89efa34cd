using Verify.Theory.Claims;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Verification.Audit;

namespace Verify.Verification.Checkers;

/// <summary>
/// PAPER.md §3, Theorem 3(i): the set θ_i = θ_j is invariant under the gradient flow
/// because on it the two units' vector fields agree. The checker builds the symbolic flow
/// of <see cref="Width"/> units on <see cref="Samples"/> symbolic samples, substitutes
/// θ_2 → θ_1 for the parameters in <see cref="Identified"/>, and asks for every parameter p
/// whether θ̇_{1,p} − θ̇_{2,p} has canonical form zero. All zero: proved. A component
/// that is non-zero at an exact rational point: refuted, with that point. Otherwise
/// undecided. With only some parameters identified it checks a weaker, false statement,
/// which is how the negative control X-T3.i is built on the same machinery.
/// </summary>
internal sealed class InvariantSetChecker(
    UnitSpec unit, int width, int samples, IReadOnlyList<Sym>? identified = null)
    : IClaimChecker
{
    private const int Attempts = 200, QuickAttempts = 40;

    /// <summary>The number of units H.</summary>
    public int Width { get; } = width;

    /// <summary>The number of symbolic samples P.</summary>
    public int Samples { get; } = samples;

    /// <summary>The parameters set equal across the two units; all when null.</summary>
    public IReadOnlyList<Sym>? Identified { get; } = identified;

    /// <inheritdoc/>
    public Judgement Check(CheckContext context)
    {
        var flow = GradientFlow.Build(unit.Build(), Width, Samples);
        var same = flow.Identify(1, 2, Identified);
        var identity = $"θ̇_1 − θ̇_2 at {Describe(same)} (H = {Width}, P = {Samples})";

        foreach (var p in flow.Unit.Parameters)
        {
            // θ̇_{1,p} − θ̇_{2,p} restricted to the set where units 1 and 2 agree.
            var difference = Calculus.Substitute(flow.Field(1, p) - flow.Field(2, p), same);
            var canonical = Canonical.Simplify(difference);
            if (Canonical.IsZero(canonical)) continue;
            return NonZero(p, difference, canonical, context);
        }
        var evidence = Evidence.Identity(identity, flow.Unit.Parameters.Count);
        return new Judgement(Verdict.Proved, evidence);
    }

    private static Judgement NonZero(Sym p, Expr difference, Expr canonical, CheckContext context)
    {
        var component = $"θ̇_1,{p.Key} − θ̇_2,{p.Key}";
        int attempts = context.Quick ? QuickAttempts : Attempts;
        var witness = Witness.Find(difference, context.Seed, attempts);
        if (witness is not { } w)
        {
            return new Judgement(Verdict.Undecided, Evidence.Inconclusive(
                $"{component} has canonical form {canonical}, not 0, but no rational point " +
                "was found where it is non-zero", context.Seed));
        }
        return new Judgement(Verdict.Refuted, Evidence.Refutation(
            $"{component} has canonical form {canonical}",
            $"{component} = {w.Value} at {Witness.Describe(w.Point)}",
            context.Seed));
    }

    private static string Describe(IReadOnlyDictionary<Sym, Expr> map) =>
        string.Join(", ", map.Select(kv => $"{kv.Key.Key} = {kv.Value}"));
}
