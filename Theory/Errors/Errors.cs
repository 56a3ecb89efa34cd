using Fractions;

namespace Verify.Theory;

/// <summary>Builds every <see cref="VerifyException"/> the symbolic layer throws.</summary>
internal static class Errors
{
    public static SymbolicException NotFinite(Fraction value) =>
        new($"the constant {value} is not a finite rational number; check for a division by zero");

    public static SymbolicException DivisionByZero(string expression) =>
        new($"division by zero in '{expression}': the divisor simplifies to 0");

    public static SymbolicException UnboundSymbol(string symbol) =>
        new($"no value given for the symbol '{symbol}'; supply a value for every variable of the expression");

    public static SymbolicException NotRational(string expression, string argument) =>
        new($"'{expression}' is not rational where its argument is {argument}; " +
            "evaluate in double precision (Evaluator.Evaluate) instead");

    public static SymbolicException DivisionByZeroAt(string expression, string divisor) =>
        new($"division by zero in '{expression}': '{divisor}' is 0 at the given values; " +
            "evaluate at a point away from this pole");

    public static SymbolicException LogOfNonPositive(string expression, string argument) =>
        new($"'{expression}' is undefined: the logarithm's argument is {argument}, not positive; " +
            "evaluate at a point where it is positive");

    public static SymbolicException EvenRootOfNegative(string expression, string value) =>
        new($"'{expression}' is not real: it takes an even root of the negative number {value}; " +
            "evaluate at a point where the base is not negative");

    public static SymbolicException ExponentTooLarge(string expression) =>
        new($"the exponent of '{expression}' does not fit in a 32-bit integer; " +
            "evaluate in double precision (Evaluator.Evaluate) instead");

    public static SymbolicException NotAVariable(string symbol, string variables) =>
        new($"the expression uses '{symbol}', which is not among the variables [{variables}]; " +
            "add it to the variable list");

    public static SymbolicException DuplicateVariable(string symbol) =>
        new($"the variable '{symbol}' is listed twice; list each variable once");

    public static SymbolicException ExponentBeyondBudget(string expression, int maxExponent, int maxRootDegree) =>
        new($"'{expression}' has an exponent beyond what exact expansion handles (numerator up to " +
            $"{maxExponent}, root degree up to {maxRootDegree}); use a smaller exponent");

    public static SymbolicException ExpressionTooLarge(long terms) =>
        new($"expanding this expression needs about {terms} term products, beyond the budget of " +
            "the exact core; split the expression or use smaller powers");
}
