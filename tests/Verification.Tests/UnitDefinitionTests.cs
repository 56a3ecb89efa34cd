using Verify.Theory;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Tests;

// Units are built with the Expr operators, so these tests need no parser.
public sealed class UnitDefinitionTests
{
    private static readonly Sym U1 = Expr.Symbol("u", 1), U2 = Expr.Symbol("u", 2);
    private static readonly Sym V = Expr.Symbol("v"), X1 = Expr.Symbol("x", 1);
    private static readonly Expr Phi = V * U1 * X1;

    [Fact]
    public void MatchingDeclarationKeepsItsOrder()
    {
        var unit = UnitDefinition.Create(Phi, [V, U1], [X1]);

        Assert.Equal([V, U1], unit.Parameters);
        Assert.Equal([X1], unit.Inputs);
    }

    [Fact]
    public void UndeclaredSymbolIsNamed()
    {
        var e = Assert.Throws<VerifyException>(() => UnitDefinition.Create(Phi, [U1], [X1]));
        Assert.Contains("'v'", e.Message);
    }

    [Fact]
    public void UnusedParameterIsNamed()
    {
        var e = Assert.Throws<VerifyException>(() => UnitDefinition.Create(Phi, [U1, U2, V], [X1]));
        Assert.Contains("parameter 'u[2]' does not occur", e.Message);
    }

    [Fact]
    public void UnusedInputIsNamed()
    {
        var e = Assert.Throws<VerifyException>(
            () => UnitDefinition.Create(Phi, [U1, V], [X1, Expr.Symbol("x", 2)]));
        Assert.Contains("input 'x[2]' does not occur", e.Message);
    }

    [Fact]
    public void SymbolWithTwoRolesIsRejected()
    {
        var e = Assert.Throws<VerifyException>(() => UnitDefinition.Create(Phi, [U1, V], [X1, V]));
        Assert.Contains("both as a parameter and as an input", e.Message);
    }

    [Fact]
    public void ParameterAndInputSharingANameAreRejected()
    {
        // u[1] a parameter and u[2] an input: the copy u_1[2] would mean two things.
        var phi = V * U1 * U2;
        var e = Assert.Throws<VerifyException>(() => UnitDefinition.Create(phi, [U1, V], [U2]));
        Assert.Contains("'u'", e.Message);
    }

    [Fact]
    public void DuplicateParameterIsRejected()
    {
        var e = Assert.Throws<VerifyException>(() => UnitDefinition.Create(Phi, [U1, V, U1], [X1]));
        Assert.Contains("declared twice", e.Message);
    }
}
