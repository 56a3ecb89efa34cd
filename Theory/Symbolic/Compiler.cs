using System.Linq.Expressions;
using Verify.Theory.Symbolic.Compilation;
using L = System.Linq.Expressions.Expression;

namespace Verify.Theory.Symbolic;

/// <summary>
/// Compiles expressions to one delegate (System.Linq.Expressions). Structurally equal
/// subexpressions across all outputs are computed once: each non-trivial one used more than
/// once is bound to a local. The delegate computes exactly what
/// <see cref="Evaluator.Evaluate(Expr, Func{Sym, double})"/> computes: the same operations in
/// the same order, through the same kink and power methods.
/// </summary>
public static class Compiler
{
    /// <summary>
    /// Compiles <paramref name="outputs"/> over <paramref name="variables"/>: the delegate
    /// reads variable i from <c>inputs[i]</c> and writes output k to <c>outputs[k]</c>.
    /// Variables that no output uses are allowed.
    /// </summary>
    /// <exception cref="SymbolicException">An output uses a symbol that is not in
    /// <paramref name="variables"/>, or a variable is listed twice.</exception>
    public static CompiledExpressions Compile(
        IReadOnlyList<Expr> outputs, IReadOnlyList<Sym> variables)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(variables);
        var position = new Dictionary<Sym, int>();
        for (int i = 0; i < variables.Count; i++)
        {
            if (!position.TryAdd(variables[i], i)) throw Errors.DuplicateVariable(variables[i].Key);
        }

        var dag = new ExpressionDag(outputs);
        var inputs = L.Parameter(typeof(double[]), "inputs");
        var results = L.Parameter(typeof(double[]), "outputs");
        var locals = new List<ParameterExpression>();
        var body = new List<L>();
        var value = new L[dag.Nodes.Count];
        int shared = 0;

        for (int id = 0; id < dag.Nodes.Count; id++)
        {
            var (source, children) = dag.Nodes[id];
            switch (source)
            {
                case Num n:
                    value[id] = L.Constant(n.Value.ToDouble());
                    continue;
                case Sym s:
                    // Read each variable once, into a local, however often it is used.
                    if (!position.TryGetValue(s, out int index))
                    {
                        var names = string.Join(", ", variables.Select(v => v.Key));
                        throw Errors.NotAVariable(s.Key, names);
                    }
                    var variable = L.Variable(typeof(double), s.Key);
                    locals.Add(variable);
                    body.Add(L.Assign(variable, L.ArrayIndex(inputs, L.Constant(index))));
                    value[id] = variable;
                    continue;
            }
            var node = Build(source, children.Select(c => value[c]).ToArray());
            if (dag.Uses[id] > 1)
            {
                var local = L.Variable(typeof(double), $"s{id}");
                locals.Add(local);
                body.Add(L.Assign(local, node));
                value[id] = local;
                shared++;
            }
            else
            {
                value[id] = node;
            }
        }
        for (int k = 0; k < dag.Roots.Count; k++)
        {
            body.Add(L.Assign(L.ArrayAccess(results, L.Constant(k)), value[dag.Roots[k]]));
        }
        body.Add(L.Empty());

        var lambda = L.Lambda<CompiledFunction>(L.Block(locals, body), inputs, results);
        return new CompiledExpressions(
            [.. variables], outputs.Count, lambda.Compile(), dag.Nodes.Count, shared);
    }

    private static L Build(Expr source, L[] operands) => source switch
    {
        // Left to right from the first operand, the order the interpreter folds in.
        Add => operands.Skip(1).Aggregate(operands[0], L.Add),
        Mul => operands.Skip(1).Aggregate(operands[0], L.Multiply),
        Pow p => Power(operands[0], p.Exponent),
        Call c => L.Call(DoubleSemantics.Function(c.Function).Method, operands[0]),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source.GetType().Name),
    };

    // The dispatch of DoubleSemantics.Pow, decided here once instead of on every call.
    private static L Power(L b, Fractions.Fraction r) =>
        DoubleSemantics.Classify(r, out int p, out int q) switch
        {
            DoubleSemantics.PowerKind.Integer => L.Call(
                typeof(DoubleSemantics).GetMethod(nameof(DoubleSemantics.IntegerPower))!,
                b, L.Constant(p)),
            DoubleSemantics.PowerKind.Root => L.Call(
                typeof(DoubleSemantics).GetMethod(nameof(DoubleSemantics.RootPower))!,
                b, L.Constant(p), L.Constant(q)),
            _ => L.Call(
                typeof(DoubleSemantics).GetMethod(nameof(DoubleSemantics.RealPower))!,
                b, L.Constant(r.ToDouble())),
        };
}
