using Fractions;
using Verify.Theory.Symbolic;

namespace Verify.Theory.Units;

/// <summary>
/// Derives the traits of a unit φ(z; u)·v from its text (PAPER.md §2–§4). A trait is
/// proved by an exact identity (canonical form 0, <see cref="Canonical.IsZero"/>), disproved
/// by an exact argument or by a counterexample at a printed rational point, and otherwise
/// reported as undecided with the reason. Identities are tested on f = φ·v with v
/// symbolic, which is equivalent because f is linear in v (<see cref="UnitForm"/>).
/// </summary>
public static class TraitDeriver
{
    /// <summary>The largest degree tried for homogeneity and the largest order tried for
    /// the lowest non-vanishing order.</summary>
    public const int MaxOrder = 4;

    // Fixed seeds: the command prints the same counterexamples on every run.
    private const int LinearitySeed = 1;
    private const int HomogeneitySeed = 2;
    private const int SignSeed = 3;

    /// <summary>All traits of <paramref name="unit"/>.</summary>
    public static UnitTraits Derive(UnitForm unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var a = new Analysis(unit);
        var zero = a.ZeroMap();
        var (homogeneous, degree, field) = a.Homogeneity();
        var linear = a.Linearity();
        var (order, orderHow) = a.LowestOrder(homogeneous.Decision == Decision.Yes ? degree : null);
        return new UnitTraits(zero, homogeneous, degree, field, linear, order, orderHow);
    }

    private sealed class Analysis(UnitForm unit)
    {
        private readonly IReadOnlyList<Expr> f = unit.Definition.Outputs;
        private readonly IReadOnlyList<Sym> u = unit.InputWeights;
        private readonly HashSet<string> names = [.. unit.Definition.Parameters
            .Concat(unit.Definition.Inputs).Concat(unit.Definition.Constants)
            .Select(s => s.Name)];

        // Theorem 1(ii): try u₀ = 0; disprove any zero map by an input z₀ at which φ is a
        // non-zero constant in u (sigmoid(0) = 1/2; a softmax over equal tokens).
        public Trait ZeroMap()
        {
            try
            {
                var atZero = Map(f, u, _ => Expr.Zero);
                if (atZero.All(g => Canonical.IsZero(g)))
                    return new(Decision.Yes, "proved: φ(z; u₀ = 0) ≡ 0 (canonical form 0)");
            }
            catch (SymbolicException)
            {
                // u = 0 is outside the domain (a division by u): not a zero map candidate.
            }
            foreach (var z0 in new[] { 0, 1 })
            {
                if (ConstantInU(z0) is { } value)
                {
                    return new(Decision.No,
                        $"proved none: at z = {z0} (every input {z0}) the unit is {value} for " +
                        "every u, not 0, so no u₀ makes φ vanish for all z");
                }
            }
            return new(Decision.Undecided,
                "u₀ = 0 does not make φ vanish, and no input z₀ ∈ {0, 1} makes φ a non-zero " +
                "constant in u; other u₀ were not searched");
        }

        // Theorem 1(iii): φ(αu) = α^k φ(u), first over R, then with α declared positive.
        public (Trait Trait, int? Degree, HomogeneityField? Field) Homogeneity()
        {
            var alpha = new Sym(Fresh("alpha"));
            var scaled = Map(f, u, s => alpha * s);
            var positive = new Assumptions([alpha]);
            for (int k = 1; k <= MaxOrder; k++)
            {
                if (Holds(scaled, k, alpha, null))
                {
                    return (new(Decision.Yes,
                        $"proved: φ(z; αu) = α^{k}·φ(z; u) for every real α (canonical form 0)"),
                        k, HomogeneityField.Real);
                }
            }
            for (int k = 1; k <= MaxOrder; k++)
            {
                if (!Holds(scaled, k, alpha, positive)) continue;
                var sign = Map(f, u, s => -s);
                var flip = Probe.Search(
                    [.. f.Select((g, c) => (sign[c], Expr.Constant(k % 2 == 0 ? 1 : -1) * g))],
                    SignSeed);
                var overR = flip is null
                    ? "over all of R it was neither proved nor refuted"
                    : $"not over R: φ(−u) ≠ (−1)^{k}·φ(u) at {flip}";
                return (new(Decision.Yes,
                    $"proved: φ(z; αu) = α^{k}·φ(z; u) for α > 0 (α declared positive, " +
                    $"canonical form 0); {overR}"), k, HomogeneityField.NonNegative);
            }
            // φ(αu) = α^k φ(u) for α = 2, 4 and any real k forces φ(4u)·φ(u) = φ(2u)².
            var twice = Map(f, u, s => 2 * s);
            var four = Map(f, u, s => 4 * s);
            var gap = Probe.Search(
                [.. f.Select((g, c) => (four[c] * g, Expr.Power(twice[c], 2)))], HomogeneitySeed);
            if (gap is not null)
            {
                return (new(Decision.No,
                    $"refuted for every degree: φ(4u)·φ(u) ≠ φ(2u)² at {gap}, while " +
                    "homogeneity of any degree k would make both sides 4^k·φ(u)²"),
                    null, null);
            }
            return (new(Decision.Undecided,
                $"φ(αu) = α^k·φ(u) is not an identity of the canonical form for k = 1..{MaxOrder}, " +
                "and no counterexample was found"), null, null);
        }

        // Theorem 1(iv): additivity φ(u + u′) = φ(u) + φ(u′).
        public Trait Linearity()
        {
            var primed = u.ToDictionary(s => s, s => new Sym(Fresh(s.Name + "′"), s.Indices));
            var sum = Map(f, u, s => s + primed[s]);
            var other = Map(f, u, s => primed[s]);
            var pairs = f.Select((g, c) => (sum[c], g + other[c])).ToList();
            if (pairs.All(p => Canonical.AreEqual(p.Item1, p.Item2)))
                return new(Decision.Yes, "proved: φ(u + u′) = φ(u) + φ(u′) (canonical form 0)");
            var found = Probe.Search(pairs, LinearitySeed);
            return found is not null
                ? new(Decision.No, $"refuted: φ(u + u′) ≠ φ(u) + φ(u′) at {found}")
                : new(Decision.Undecided,
                    "φ(u + u′) − φ(u) − φ(u′) is not 0 in canonical form and no counterexample " +
                    "was found");
        }

        // PAPER.md §4, "Other activations": the lowest k with d^k/dt^k φ(tu)|_{t=0} ≢ 0 when
        // φ is smooth at u = 0; for a positively homogeneous φ that is not, φ(tu) = t^k φ(u)
        // for t > 0 gives the degree.
        public (int? Order, string How) LowestOrder(int? degree)
        {
            var obstacle = NotSmoothAtZero();
            if (obstacle is null)
            {
                var t = new Sym(Fresh("t"));
                var g = Map(f, u, s => t * s);
                var atZero = new Dictionary<Sym, Expr> { [t] = Expr.Zero };
                for (int k = 0; k <= MaxOrder; k++)
                {
                    if (k > 0)
                        g = [.. g.Select(e => Canonical.Simplify(Calculus.Differentiate(e, t)))];
                    if (g.Any(e => !Canonical.IsZero(Calculus.Substitute(e, atZero))))
                    {
                        return (k, k == 0
                            ? "φ(z; u = 0) is not 0 (canonical form), so the order is 0"
                            : $"Taylor: d^j/dt^j φ(z; tu) at t = 0 is 0 for j < {k} and not 0 " +
                              $"for j = {k} (canonical forms; φ is smooth at u = 0)");
                    }
                }
                return (null, $"every derivative d^k/dt^k φ(z; tu) at t = 0 up to k = {MaxOrder} is 0");
            }
            if (degree is int k0)
            {
                if (f.All(e => Canonical.IsZero(e)))
                    return (null, "φ is identically 0, so no order is non-vanishing");
                return (k0, $"homogeneous of degree {k0}: φ(z; tu) = t^{k0}·φ(z; u) for t > 0 " +
                    $"and φ ≢ 0 (Taylor does not apply: {obstacle})");
            }
            return (null, $"{obstacle}, and φ is not known to be homogeneous");
        }

        // The value of φ at inputs all equal to z0 when it is a non-zero constant in u.
        private string? ConstantInU(int z0)
        {
            try
            {
                var g = Map(f, unit.Definition.Inputs, _ => Expr.Constant(z0));
                bool constant = g.All(e => u.All(
                    s => Canonical.IsZero(Calculus.Differentiate(e, s))));
                if (!constant || g.All(e => Canonical.IsZero(e))) return null;
                return string.Join("; ", g.Select(e => Canonical.Simplify(e).ToString()));
            }
            catch (SymbolicException)
            {
                // φ is undefined at z0 (a division by an input): try the next point.
                return null;
            }
        }

        private bool Holds(IReadOnlyList<Expr> scaled, int k, Sym alpha, Assumptions? assumptions)
        {
            var factor = Expr.Power(alpha, new Fraction(k));
            return scaled.Select((e, c) => e - factor * f[c])
                .All(d => Canonical.IsZero(d, assumptions));
        }

        // Why Taylor's formula in t may fail at u = 0, or null when every function is
        // smooth there: tanh, exp, sigmoid anywhere; powers, log and sqrt only where their
        // base at u = 0 is a constant that keeps them smooth.
        private string? NotSmoothAtZero()
        {
            var atZero = u.ToDictionary(s => s, _ => (Expr)Expr.Zero);
            var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
            var stack = new Stack<Expr>(f);
            while (stack.Count > 0)
            {
                var e = stack.Pop();
                if (!seen.Add(e)) continue;
                foreach (var child in e.Children) stack.Push(child);
                string? reason = e switch
                {
                    Call { Function: Fn.Relu or Fn.Step or Fn.Abs or Fn.Sign } c =>
                        $"{FnNames.Name(c.Function)} has a kink at 0",
                    Call { Function: Fn.Log or Fn.Sqrt } c
                        when !PositiveConstant(c.Argument, atZero) =>
                        $"{FnNames.Name(c.Function)} is not known to be smooth at u = 0",
                    Pow p when !(p.Exponent.Denominator.IsOne && !p.Exponent.IsNegative)
                        && !NonZeroConstant(p.Base, atZero, p.Exponent.Denominator.IsOne) =>
                        $"the power {p} is not known to be smooth at u = 0",
                    _ => null,
                };
                if (reason is not null) return reason;
            }
            return null;
        }

        private static bool PositiveConstant(Expr e, Dictionary<Sym, Expr> atZero) =>
            Constant(e, atZero) is { IsPositive: true };

        private static bool NonZeroConstant(Expr e, Dictionary<Sym, Expr> atZero, bool integral) =>
            Constant(e, atZero) is { } c && (integral ? !c.IsZero : c.IsPositive);

        private static Fraction? Constant(Expr e, Dictionary<Sym, Expr> atZero)
        {
            try
            {
                return Canonical.TryGetConstant(Calculus.Substitute(e, atZero), out var c)
                    ? c
                    : null;
            }
            catch (SymbolicException)
            {
                return null;
            }
        }

        private static List<Expr> Map(
            IReadOnlyList<Expr> es, IEnumerable<Sym> symbols, Func<Sym, Expr> image)
        {
            var map = symbols.ToDictionary(s => s, image);
            return [.. es.Select(e => Calculus.Substitute(e, map))];
        }

        // A name no symbol of the unit uses; fresh symbols also never collide with each
        // other because each base name is distinct.
        private string Fresh(string name)
        {
            while (names.Contains(name)) name += "′";
            return name;
        }
    }
}
