namespace Verify.Theory.Symbolic;

/// <summary>
/// The functions of the text syntax. Conventions at kinks are fixed once, in
/// <see cref="Kinks"/>, and every evaluator (exact, double, compiled) uses them.
/// </summary>
public enum Fn
{
    /// <summary>max(z, 0); derivative step(z).</summary>
    Relu,
    /// <summary>Heaviside step with step(0) = 0; derivative 0.</summary>
    Step,
    /// <summary>|z|; derivative sign(z), so |z|' = 0 at z = 0.</summary>
    Abs,
    /// <summary>sign(z) with sign(0) = 0; derivative 0.</summary>
    Sign,
    Tanh,
    Exp,
    /// <summary>Natural logarithm.</summary>
    Log,
    /// <summary>1 / (1 + e^(-z)).</summary>
    Sigmoid,
    /// <summary>The principal square root; the same as z^(1/2).</summary>
    Sqrt,
}

/// <summary>Names of functions in the text syntax.</summary>
public static class FnNames
{
    public static string Name(Fn f) => f switch
    {
        Fn.Relu => "relu",
        Fn.Step => "step",
        Fn.Abs => "abs",
        Fn.Sign => "sign",
        Fn.Tanh => "tanh",
        Fn.Exp => "exp",
        Fn.Log => "log",
        Fn.Sigmoid => "sigmoid",
        Fn.Sqrt => "sqrt",
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };

    public static bool TryParse(string name, out Fn f)
    {
        foreach (var candidate in Enum.GetValues<Fn>())
        {
            if (Name(candidate) == name)
            {
                f = candidate;
                return true;
            }
        }
        f = default;
        return false;
    }

    /// <summary>All function names, for error messages.</summary>
    public static IEnumerable<string> All => Enum.GetValues<Fn>().Select(Name);
}
