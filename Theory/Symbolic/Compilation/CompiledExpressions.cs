namespace Verify.Theory.Symbolic.Compilation;

/// <summary>
/// A list of expressions compiled by <see cref="Compiler.Compile"/> into one delegate in
/// which every subexpression shared between them is computed once per call.
/// </summary>
public sealed class CompiledExpressions
{
    internal CompiledExpressions(
        IReadOnlyList<Sym> variables,
        int outputCount,
        CompiledFunction function,
        int distinctNodes,
        int sharedSubexpressions)
    {
        Variables = variables;
        OutputCount = outputCount;
        Function = function;
        DistinctNodes = distinctNodes;
        SharedSubexpressions = sharedSubexpressions;
    }

    /// <summary>The variables in the order <c>inputs</c> holds their values.</summary>
    public IReadOnlyList<Sym> Variables { get; }

    /// <summary>How many values one call writes.</summary>
    public int OutputCount { get; }

    /// <summary>The compiled delegate itself, without the length checks of
    /// <see cref="Evaluate(double[], double[])"/>, for the innermost loops.</summary>
    public CompiledFunction Function { get; }

    /// <summary>Distinct subexpressions (structurally equal ones counted once) across all
    /// outputs, constants and variables included.</summary>
    public int DistinctNodes { get; }

    /// <summary>Non-trivial subexpressions used more than once, each computed once into a
    /// local of the delegate.</summary>
    public int SharedSubexpressions { get; }

    /// <summary>Evaluates every output at <paramref name="inputs"/> into
    /// <paramref name="outputs"/>; allocates nothing.</summary>
    public void Evaluate(double[] inputs, double[] outputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        if (inputs.Length != Variables.Count)
        {
            throw new ArgumentException(
                $"expected {Variables.Count} inputs, one per variable, got {inputs.Length}",
                nameof(inputs));
        }
        if (outputs.Length < OutputCount)
        {
            throw new ArgumentException(
                $"expected room for {OutputCount} outputs, got {outputs.Length}",
                nameof(outputs));
        }
        Function(inputs, outputs);
    }

    /// <summary>Evaluates every output at <paramref name="inputs"/> into a new array.</summary>
    public double[] Evaluate(double[] inputs)
    {
        var outputs = new double[OutputCount];
        Evaluate(inputs, outputs);
        return outputs;
    }
}
