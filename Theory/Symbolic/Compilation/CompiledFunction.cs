namespace Verify.Theory.Symbolic.Compilation;

/// <summary>
/// Compiled code for a list of expressions: reads the variables from
/// <paramref name="inputs"/> in the order they were compiled with and writes output k to
/// <c>outputs[k]</c>. It allocates nothing.
/// </summary>
public delegate void CompiledFunction(double[] inputs, double[] outputs);
