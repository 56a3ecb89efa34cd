using System.Globalization;
using Verify.Theory.Symbolic;

namespace Verify.Theory.Units;

/// <summary>Small builders for the expression text of catalogue units.</summary>
internal static class UnitText
{
    /// <summary>"(a[1]*b[1] + … + a[n]*b[n])".</summary>
    public static string Dot(string a, string b, int n) =>
        Paren(Enumerable.Range(1, n).Select(i => $"{a}[{i}]*{b}[{i}]"));

    /// <summary>"(a[1]*B[row,1] + … + a[n]*B[row,n])": a against row <paramref name="row"/>
    /// of the matrix B.</summary>
    public static string DotRow(string a, string matrix, int row, int n) =>
        Paren(Enumerable.Range(1, n).Select(i => $"{a}[{i}]*{matrix}[{row},{i}]"));

    /// <summary>"(t_1 + … + t_n)".</summary>
    public static string Paren(IEnumerable<string> terms) => $"({string.Join(" + ", terms)})";

    /// <summary>s[1], …, s[n].</summary>
    public static IEnumerable<Sym> Vector(string s, int n) =>
        Enumerable.Range(1, n).Select(i => Expr.Symbol(s, i));

    /// <summary>s[i,j] for i = 1..rows, j = 1..cols, row by row.</summary>
    public static IEnumerable<Sym> Matrix(string s, int rows, int cols) =>
        from i in Enumerable.Range(1, rows)
        from j in Enumerable.Range(1, cols)
        select Expr.Symbol(s, i, j);

    /// <summary>The output weight of component c: <c>v</c> when C = 1, else <c>v[c]</c>.</summary>
    public static string OutputWeight(int c, int outputs) =>
        outputs == 1 ? "v" : string.Create(CultureInfo.InvariantCulture, $"v[{c}]");

    /// <summary>The output weights for C components.</summary>
    public static IEnumerable<Sym> OutputWeights(int outputs) =>
        outputs == 1 ? [Expr.Symbol("v")] : Vector("v", outputs);
}
