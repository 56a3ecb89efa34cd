using Verify.Theory.Flow;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Tests;

public sealed class FreeSymbolsTests
{
    [Fact]
    public void ListsEachSymbolOnceInOrderOfFirstOccurrence()
    {
        Sym a = Expr.Symbol("a"), b = Expr.Symbol("b", 2), c = Expr.Symbol("c");
        var e = a * Expr.Apply(Fn.Relu, b + a) + Expr.Power(c, -1) * b + 3;

        Assert.Equal([a, b, c], FreeSymbols.Of(e));
    }

    [Fact]
    public void ConstantHasNoSymbols() => Assert.Empty(FreeSymbols.Of(Expr.Constant(7)));
}
