using System.Collections.Immutable;
using Fractions;

namespace Verify.Theory.Symbolic;

/// <summary>
/// Differentiation and substitution on expression trees. Both rewrite by reference-memoised
/// recursion, so a tree that shares one subexpression instance in many places (as derived
/// gradient flows do) is visited once per instance, not once per path.
/// </summary>
public static class Calculus
{
    /// <summary>
    /// ∂e/∂v. The result is tidied while it is built (zero terms dropped, factors of 1
    /// skipped, numeric factors folded into one leading coefficient) but not canonical:
    /// call <see cref="Canonical.Simplify"/> to compare derivatives. An expression that
    /// does not contain <paramref name="v"/> has derivative <see cref="Expr.Zero"/>.
    /// At kinks the derivative follows <see cref="Kinks"/>: relu' = step, |z|' = sign(z),
    /// step' = sign' = 0.
    /// </summary>
    public static Expr Differentiate(Expr e, Sym v)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(v);
        return new Differentiator(v).D(e);
    }

    /// <summary>
    /// Replaces every symbol that is a key of <paramref name="map"/> by its value,
    /// simultaneously (so {x ↦ y, y ↦ x} swaps x and y). Returns the same instance when
    /// nothing changes; a rebuilt node reuses every unchanged child.
    /// </summary>
    public static Expr Substitute(Expr e, IReadOnlyDictionary<Sym, Expr> map)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(map);
        return map.Count == 0 ? e : new Substituter(map).S(e);
    }

    /// <summary>
    /// The distinct symbols of <paramref name="e"/> in order of first occurrence, reading
    /// the tree depth first and left to right.
    /// </summary>
    public static IReadOnlyList<Sym> FreeSymbols(Expr e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var found = new List<Sym>();
        var seenSymbols = new HashSet<Sym>();
        var seenNodes = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Expr>();
        stack.Push(e);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seenNodes.Add(node)) continue;
            if (node is Sym s)
            {
                if (seenSymbols.Add(s)) found.Add(s);
                continue;
            }
            // Push in reverse so the leftmost child is read first.
            foreach (var child in node.Children.Reverse()) stack.Push(child);
        }
        return found;
    }

    /// <summary>A product that folds numeric factors into one leading coefficient,
    /// skips a coefficient of 1 and is <see cref="Expr.Zero"/> when any factor is 0.</summary>
    internal static Expr Times(params ReadOnlySpan<Expr> factors)
    {
        var coefficient = Fraction.One;
        var rest = ImmutableArray.CreateBuilder<Expr>();
        foreach (var f in factors) Collect(f);
        if (coefficient.IsZero) return Expr.Zero;
        if (coefficient != Fraction.One) rest.Insert(0, new Num(coefficient));
        return Expr.Product(rest);

        void Collect(Expr f)
        {
            switch (f)
            {
                case Num n: coefficient *= n.Value; break;
                // One level suffices: Expr.Product never nests a product in a product.
                case Mul m:
                    foreach (var g in m.Factors)
                    {
                        if (g is Num k) coefficient *= k.Value;
                        else rest.Add(g);
                    }
                    break;
                default: rest.Add(f); break;
            }
        }
    }

    /// <summary>A sum without zero terms; numeric terms are added into one leading
    /// constant.</summary>
    internal static Expr Plus(IEnumerable<Expr> terms)
    {
        var constant = Fraction.Zero;
        var rest = ImmutableArray.CreateBuilder<Expr>();
        foreach (var t in terms) Collect(t);
        if (!constant.IsZero) rest.Insert(0, new Num(constant));
        return Expr.Sum(rest);

        void Collect(Expr t)
        {
            switch (t)
            {
                case Num n: constant += n.Value; break;
                // One level suffices: Expr.Sum never nests a sum in a sum.
                case Add a:
                    foreach (var u in a.Terms)
                    {
                        if (u is Num k) constant += k.Value;
                        else rest.Add(u);
                    }
                    break;
                default: rest.Add(t); break;
            }
        }
    }

    private sealed class Differentiator(Sym v)
    {
        private static readonly Num Half = new(new Fraction(1, 2));
        private readonly Dictionary<Expr, Expr> memo = new(ReferenceEqualityComparer.Instance);

        public Expr D(Expr e)
        {
            if (e is Num) return Expr.Zero;
            // dv/dv = 1; du/dv = 0 for every other symbol u.
            if (e is Sym s) return s == v ? Expr.One : Expr.Zero;
            if (memo.TryGetValue(e, out var done)) return done;
            var d = e switch
            {
                Add a => DSum(a),
                Mul m => DProduct(m),
                Pow p => DPower(p),
                Call c => DCall(c),
                _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
            };
            memo[e] = d;
            return d;
        }

        // (Σ t_i)' = Σ t_i'
        private Expr DSum(Add a) => Plus(a.Terms.Select(D));

        // (Π f_i)' = Σ_i f_i' · Π_{j≠i} f_j
        private Expr DProduct(Mul m)
        {
            var terms = new List<Expr>();
            var factors = m.Factors;
            for (int i = 0; i < factors.Length; i++)
            {
                var di = D(factors[i]);
                if (di is Num { Value.IsZero: true }) continue;
                var term = new Expr[factors.Length];
                for (int j = 0; j < factors.Length; j++) term[j] = j == i ? di : factors[j];
                terms.Add(Times(term));
            }
            return Plus(terms);
        }

        // (b^r)' = r · b^(r−1) · b'
        private Expr DPower(Pow p)
        {
            var db = D(p.Base);
            if (db is Num { Value.IsZero: true }) return Expr.Zero;
            var r = p.Exponent;
            if (r.IsZero) return Expr.Zero;
            var lowered = r == Fraction.One ? Expr.One : Expr.Power(p.Base, r - Fraction.One);
            return Times(new Num(r), lowered, db);
        }

        // f(z)' = f'(z) · z'
        private Expr DCall(Call c)
        {
            var dz = D(c.Argument);
            if (dz is Num { Value.IsZero: true }) return Expr.Zero;
            var outer = Outer(c);
            return outer is Num { Value.IsZero: true } ? Expr.Zero : Times(outer, dz);
        }

        private static Expr Outer(Call c)
        {
            var z = c.Argument;
            return c.Function switch
            {
                // relu'(z) = step(z), with step(0) = 0 (Kinks).
                Fn.Relu => Expr.Apply(Fn.Step, z),
                // step'(z) = 0, the convention at the kink included.
                Fn.Step => Expr.Zero,
                // |z|' = sign(z), with sign(0) = 0 (Kinks).
                Fn.Abs => Expr.Apply(Fn.Sign, z),
                // sign'(z) = 0, the convention at the kink included.
                Fn.Sign => Expr.Zero,
                // tanh'(z) = 1 − tanh(z)²
                Fn.Tanh => Plus([Expr.One, Times(Expr.Constant(-1), Expr.Power(c, 2))]),
                // exp'(z) = exp(z)
                Fn.Exp => c,
                // log'(z) = 1/z
                Fn.Log => Expr.Power(z, Fraction.MinusOne),
                // σ'(z) = σ(z) · (1 − σ(z))
                Fn.Sigmoid => Times(c, Plus([Expr.One, Times(Expr.Constant(-1), c)])),
                // sqrt'(z) = 1 / (2 sqrt(z))
                Fn.Sqrt => Times(Half, Expr.Power(c, Fraction.MinusOne)),
                _ => throw new ArgumentOutOfRangeException(nameof(c), c.Function, null),
            };
        }
    }

    private sealed class Substituter(IReadOnlyDictionary<Sym, Expr> map)
    {
        private readonly Dictionary<Expr, Expr> memo = new(ReferenceEqualityComparer.Instance);

        public Expr S(Expr e)
        {
            switch (e)
            {
                case Num: return e;
                // A symbol mapped to an equal symbol keeps its instance, so that the
                // identity map returns the input unchanged.
                case Sym s:
                    return map.TryGetValue(s, out var value) && !(value is Sym t && t == s)
                        ? value
                        : e;
            }
            if (memo.TryGetValue(e, out var done)) return done;
            var result = e switch
            {
                Add a => Rebuild(a.Terms) is { } terms ? Expr.Sum(terms) : e,
                Mul m => Rebuild(m.Factors) is { } factors ? Expr.Product(factors) : e,
                Pow p => S(p.Base) is var b && !ReferenceEquals(b, p.Base)
                    ? Expr.Power(b, p.Exponent)
                    : e,
                Call c => S(c.Argument) is var z && !ReferenceEquals(z, c.Argument)
                    ? Expr.Apply(c.Function, z)
                    : e,
                _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
            };
            memo[e] = result;
            return result;
        }

        // Null when no child changed; otherwise the new children, copying the unchanged
        // prefix only once the first changed child is found.
        private ImmutableArray<Expr>? Rebuild(ImmutableArray<Expr> children)
        {
            ImmutableArray<Expr>.Builder? rebuilt = null;
            for (int i = 0; i < children.Length; i++)
            {
                var child = S(children[i]);
                if (rebuilt is null && !ReferenceEquals(child, children[i]))
                {
                    rebuilt = ImmutableArray.CreateBuilder<Expr>(children.Length);
                    for (int j = 0; j < i; j++) rebuilt.Add(children[j]);
                }
                rebuilt?.Add(child);
            }
            return rebuilt?.MoveToImmutable();
        }
    }
}
