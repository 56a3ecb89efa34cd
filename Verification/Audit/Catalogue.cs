using Verify.Theory.Claims;
using Verify.Theory.Symbolic;
using Verify.Verification.Checkers;

namespace Verify.Verification.Audit;

/// <summary>
/// The registered claims, one per row of <c>theorems.md</c> and with the same IDs (a test
/// keeps the two equal). Statements paraphrase PAPER.md; controls (X-) are false on purpose.
/// </summary>
internal static class Catalogue
{
    /// <summary>Every claim the audit runs by default.</summary>
    public static ClaimRegistry Registry { get; } = new(
    [
        // PAPER.md §3, Theorem 3(i), for the two-layer ReLU neuron.
        new(new Claim(
                "T3.i[relu-fc]",
                "Two equal units stay equal: on θ_1 = θ_2 the units' vector fields agree.",
                "unit v·relu(u[1]x[1] + u[2]x[2]); H = 2; P = 2 symbolic samples; " +
                "scalar output; squared loss; relu' = step, step(0) = 0",
                CheckMethod.SymbolicIdentity,
                Verdict.Proved),
            new InvariantSetChecker(UnitSpec.ReluNeuron2, width: 2, samples: 2)),

        // Negative control for T3.i: equal input weights alone are not invariant, since
        // the u-field of unit h carries the factor v_h, and v_1 ≠ v_2 separates them.
        new(new Claim(
                "X-T3.i[relu-fc]",
                "(false) Units with equal input weights u have equal vector fields, " +
                "whatever their output weights v.",
                "as T3.i[relu-fc], but only u_2 = u_1 is imposed; v_1, v_2 free",
                CheckMethod.SymbolicIdentity,
                Verdict.Refuted),
            new InvariantSetChecker(
                UnitSpec.ReluNeuron2, width: 2, samples: 2,
                identified: [Expr.Symbol("u", 1), Expr.Symbol("u", 2)])),
    ]);
}
