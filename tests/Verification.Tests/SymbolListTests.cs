using Verify.Theory;
using Verify.Theory.Symbolic;
using Verify.Verification.Cli;

namespace Verify.Verification.Tests;

public sealed class SymbolListTests
{
    [Fact]
    public void CommasInsideIndicesDoNotSplitTheList()
    {
        var symbols = SymbolList.Parse("--params", "W[1,2], v");

        Assert.Equal([Expr.Symbol("W", 1, 2), Expr.Symbol("v")], symbols);
    }

    [Fact]
    public void BlankListIsEmpty() => Assert.Empty(SymbolList.Parse("--inputs", "  "));

    [Fact]
    public void TrailingCommaNamesTheEmptyItem()
    {
        var e = Assert.Throws<VerifyException>(() => SymbolList.Parse("--inputs", "x[1],"));
        Assert.Contains("--inputs: item 2", e.Message);
    }
}
