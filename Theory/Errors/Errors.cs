using Fractions;

namespace Verify.Theory;

/// <summary>Builds every <see cref="VerifyException"/> the symbolic layer throws.</summary>
internal static class Errors
{
    public static SymbolicException NotFinite(Fraction value) =>
        new($"the constant {value} is not a finite rational number; check for a division by zero");

    public static SymbolicException DivisionByZero(string expression) =>
        new($"division by zero in '{expression}': the divisor simplifies to 0");

    public static SymbolicException NotExact(string function, string argument) =>
        new($"{function}({argument}) has no exact rational value; evaluate in double precision instead");

    public static SymbolicException UnboundSymbol(string symbol) =>
        new($"no value given for the symbol '{symbol}'; supply a value for every variable of the expression");
}
