using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verify.Theory.Symbolic;
using Verify.Theory.Symbolic.Compilation;
using static Verify.Theory.Symbolic.Expr;
using static Verify.Theory.Tests.CalculusTests;

namespace Verify.Theory.Tests;

public sealed class CompilerTests
{
    // The catalogue and all its first derivatives: every function, every kink, and many
    // subexpressions shared between outputs (a derivative repeats its function's pieces).
    private static readonly Expr[] Outputs =
    [
        .. Catalogue.Select(c => c.E),
        .. Catalogue.SelectMany(c => Variables.Select(v => Calculus.Differentiate(c.E, v))),
    ];

    private static readonly Lazy<CompiledExpressions> All =
        new(() => Compiler.Compile(Outputs, Variables));

    // Coordinates aimed at the boundaries: exact kinks (0, and equal coordinates from a
    // small set), tiny and huge magnitudes, and ordinary values.
    private static readonly Gen<double> Coordinate = Gen.Frequency(
        (4, Gen.Choose(-3_000_000, 3_000_000).Select(i => i / 1e6)),
        (2, Gen.Elements(0.0, -0.0, 1.0, -1.0, 0.5, 2.0)),
        (1, Gen.Elements(1e-300, -1e-12, 1e12, -1e150, 700.0)));

    private static readonly Arbitrary<double[]> Points =
        Gen.ArrayOf(Coordinate, Variables.Length).ToArbitrary();

    private static bool Agree(double compiled, double interpreted) =>
        compiled.Equals(interpreted) ||
        Math.Abs(compiled - interpreted) <=
            1e-15 * Math.Max(Math.Abs(compiled), Math.Abs(interpreted));

    [Property(MaxTest = 300)]
    public Property CompiledEqualsInterpretedToOnePartIn1e15() =>
        Prop.ForAll(Points, point =>
        {
            var compiled = All.Value.Evaluate(point);
            var values = Bind(point);
            int nonFinite = 0;
            for (int k = 0; k < Outputs.Length; k++)
            {
                double interpreted = Evaluator.Evaluate(Outputs[k], values);
                if (!double.IsFinite(interpreted)) nonFinite++;
                if (!Agree(compiled[k], interpreted))
                {
                    throw new Xunit.Sdk.XunitException(
                        $"output {k}, {Outputs[k]}: compiled {compiled[k]:R}, interpreted " +
                        $"{interpreted:R} at ({string.Join(", ", point)})");
                }
            }
            return Prop.Classify(true, point.Contains(0.0), "a coordinate at a kink")
                .Classify(nonFinite > 0, "some output NaN or infinite");
        });

    [Fact]
    public void CompiledValuesByHand()
    {
        // At x = −8, y = 0, z = 4: relu(x) = 0, step(y) = 0, sign(y) = 0, |x| = 8,
        // x^(1/3) = −2, z^(3/2) = 8, σ(y) = 1/2, √z = 2, x·y + 1 = 1.
        Expr[] outputs =
        [
            F(Fn.Relu, X), F(Fn.Step, Y), F(Fn.Sign, Y), F(Fn.Abs, X), P(X, 1, 3),
            P(Z, 3, 2), F(Fn.Sigmoid, Y), F(Fn.Sqrt, Z), X * Y + 1,
        ];
        var compiled = Compiler.Compile(outputs, [X, Y, Z]);
        var result = new double[outputs.Length];
        compiled.Evaluate([-8, 0, 4], result);
        Assert.Equal([0, 0, 0, 8, -2, 8, 0.5, 2, 1], result);
    }

    [Fact]
    public void SharedSubexpressionIsBoundOnce()
    {
        // x·y built twice as separate instances is one node, used three times.
        // Distinct nodes: x, y, x·y, tanh(x·y), tanh(x·y) + x·y, (x·y)². Shared: x·y.
        var compiled = Compiler.Compile([F(Fn.Tanh, X * Y) + X * Y, P(X * Y, 2)], [X, Y]);
        Assert.Equal(6, compiled.DistinctNodes);
        Assert.Equal(1, compiled.SharedSubexpressions);
        double xy = 0.3 * -1.1;
        Assert.Equal([Math.Tanh(xy) + xy, xy * xy], compiled.Evaluate([0.3, -1.1]));
    }

    [Fact]
    public void RepeatedOutputAddsNoNodesAndSharesItsRoot()
    {
        // The second copy of the first output is structurally equal: no new node, and the
        // sum is now used twice, so it is bound too.
        var e = F(Fn.Tanh, X * Y) + X * Y;
        var compiled = Compiler.Compile([e, P(X * Y, 2), F(Fn.Tanh, X * Y) + X * Y], [X, Y]);
        Assert.Equal(6, compiled.DistinctNodes);
        Assert.Equal(2, compiled.SharedSubexpressions);
    }

    [Fact]
    public void GradientOfANeuronSharesItsPreactivation()
    {
        // ∂/∂u_i [v·relu(u·x)] = v·step(u·x)·x_i: the preactivation u·x and step(u·x)
        // appear in both derivatives and the unit, and each is computed once.
        var x1 = Symbol("x", 1);
        var x2 = Symbol("x", 2);
        var unit = V * F(Fn.Relu, U1 * x1 + U2 * x2);
        Sym[] parameters = [U1, U2, V];
        Expr[] outputs = [unit, .. parameters.Select(p => Calculus.Differentiate(unit, p))];
        var compiled = Compiler.Compile(outputs, [U1, U2, V, x1, x2]);
        Assert.True(compiled.SharedSubexpressions >= 2);
        // At u = (1, −2), v = 3, x = (4, 1): u·x = 2 > 0, so φ = 6, ∂u = (12, 3), ∂v = 2.
        Assert.Equal([6, 12, 3, 2], compiled.Evaluate([1, -2, 3, 4, 1]));
    }

    [Fact]
    public void EvaluateAllocatesNothing()
    {
        var compiled = All.Value;
        var inputs = new double[Variables.Length];
        var outputs = new double[compiled.OutputCount];
        for (int i = 0; i < inputs.Length; i++) inputs[i] = 0.1 * (i + 1);
        compiled.Evaluate(inputs, outputs);
        // The runtime may allocate on this thread once (tiered JIT promoting the delegate);
        // an allocation of Evaluate itself would recur in every window of 1000 calls.
        long allocated = long.MaxValue;
        for (int window = 0; window < 5 && allocated != 0; window++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++) compiled.Evaluate(inputs, outputs);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ExposesVariablesAndOutputCount()
    {
        var compiled = Compiler.Compile([X, Y, X + Y], [Y, X, Z]);
        Assert.Equal([Y, X, Z], compiled.Variables);
        Assert.Equal(3, compiled.OutputCount);
        // Inputs follow the variable order: y = 1, x = 2.
        Assert.Equal([2, 1, 3], compiled.Evaluate([1, 2, 99]));
    }

    [Fact]
    public void SymbolOutsideTheVariableListIsNamed()
    {
        var ex = Assert.Throws<SymbolicException>(() => Compiler.Compile([X * Z], [X, Y]));
        Assert.Contains("'z'", ex.Message);
        Assert.Contains("[x, y]", ex.Message);
    }

    [Fact]
    public void DuplicateVariableIsRejected()
    {
        var ex = Assert.Throws<SymbolicException>(() => Compiler.Compile([X], [X, Symbol("x")]));
        Assert.Contains("'x'", ex.Message);
    }

    [Fact]
    public void WrongInputLengthIsRejectedBeforeRunning()
    {
        var compiled = Compiler.Compile([X + Y], [X, Y]);
        Assert.Throws<ArgumentException>(() => compiled.Evaluate([1.0], new double[1]));
        Assert.Throws<ArgumentException>(() => compiled.Evaluate([1.0, 2.0], []));
    }

    [Fact]
    public void NoOutputsCompileToANoOp()
    {
        var compiled = Compiler.Compile([], [X]);
        Assert.Equal(0, compiled.OutputCount);
        Assert.Empty(compiled.Evaluate([1.0]));
    }
}
