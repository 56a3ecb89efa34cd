using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics.Data;

/// <summary>
/// A supervised data set of P samples: inputs z_n (rows of <see cref="Inputs"/>, P×d) and targets
/// y_n (rows of <see cref="Targets"/>, P×m). The matrices are copies owned by the data set;
/// callers must not change them (clone to modify).
/// </summary>
public sealed class DataSet
{
    private DataSet(Matrix<double> inputs, Matrix<double> targets)
    {
        Inputs = inputs;
        Targets = targets;
    }

    /// <summary>Inputs, one sample per row (P×d).</summary>
    public Matrix<double> Inputs { get; }

    /// <summary>Targets, one sample per row (P×m).</summary>
    public Matrix<double> Targets { get; }

    /// <summary>Number of samples P.</summary>
    public int Count => Inputs.RowCount;

    /// <summary>Input dimension d.</summary>
    public int InputDimension => Inputs.ColumnCount;

    /// <summary>Output dimension m.</summary>
    public int OutputDimension => Targets.ColumnCount;

    /// <summary>A data set from inputs and targets with one row per sample; both are
    /// copied.</summary>
    public static DataSet Create(Matrix<double> inputs, Matrix<double> targets)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        if (inputs.RowCount != targets.RowCount)
            throw NumericsErrors.Shape(nameof(targets),
                $"{targets.RowCount} target rows for {inputs.RowCount} " +
                "input rows; give one target row per sample");
        if (inputs.RowCount == 0) throw NumericsErrors.Shape(nameof(inputs),
            "no samples; give at least one row");
        return new DataSet(inputs.Clone(), targets.Clone());
    }

    /// <summary>Input n as a new array.</summary>
    public double[] Input(int n) => Inputs.Row(n).ToArray();

    /// <summary>Target n as a new array.</summary>
    public double[] Target(int n) => Targets.Row(n).ToArray();
}
