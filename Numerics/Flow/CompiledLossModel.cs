namespace Verify.Numerics.Flow;

/// <summary>
/// The loss of H copies of a unit whose kernels were compiled from its symbolic derivatives
/// (<see cref="CompiledUnit"/>). Each kernel call reads one buffer holding θ_h, x_μ and the
/// fixed symbols; θ_h is copied in once per unit and x_μ once per sample, so a call
/// allocates nothing.
/// </summary>
internal sealed class CompiledLossModel : SampleLossModel
{
    private readonly CompiledUnit unit;
    private readonly double[] x;
    private readonly int k;
    private readonly double[] args;
    private readonly double[] values;
    private readonly double[] first;
    private readonly double[] second;

    public CompiledLossModel(CompiledUnit unit, int width, UnitSamples data)
        : base(
            UnitLayout.For(width, unit.Unit.Parameters), width, unit.Unit.Parameters.Count,
            data.Count, data.TargetTable(unit.Unit.OutputDimension))
    {
        this.unit = unit;
        var u = unit.Unit;
        k = u.Inputs.Count;
        x = data.InputTable(u.Inputs);
        args = new double[unit.Variables.Count];
        data.FixedTable(u.Constants).CopyTo(args, N + k);
        values = new double[C];
        first = new double[C * N];
        second = new double[C * N + C * N * (N + 1) / 2];
    }

    /// <summary>The compiled unit.</summary>
    public CompiledUnit Unit => unit;

    protected override void Predict(ReadOnlySpan<double> theta, Span<double> f)
    {
        f.Clear();
        var phi = unit.Values.Function;
        for (int h = 0; h < H; h++)
        {
            theta.Slice(h * N, N).CopyTo(args);
            for (int mu = 0; mu < P; mu++)
            {
                LoadSample(mu);
                phi(args, values);
                for (int c = 0; c < C; c++) f[mu * C + c] += values[c];
            }
        }
    }

    protected override void UnitJacobian(ReadOnlySpan<double> thetaH, int mu, Span<double> jacobian)
    {
        thetaH.CopyTo(args);
        LoadSample(mu);
        unit.FirstOrder.Function(args, first);
        first.CopyTo(jacobian);
    }

    protected override void UnitSecondOrder(
        ReadOnlySpan<double> thetaH, int mu, ReadOnlySpan<double> r, Span<double> jacobian,
        Span<double> curvature)
    {
        thetaH.CopyTo(args);
        LoadSample(mu);
        unit.SecondOrder.Function(args, second);
        second.AsSpan(0, C * N).CopyTo(jacobian);
        curvature.Clear();
        int o = C * N;
        for (int c = 0; c < C; c++)
        {
            double rc = r[c];
            for (int p = 0; p < N; p++)
            {
                for (int q = p; q < N; q++)
                {
                    double v = rc * second[o++];
                    curvature[p * N + q] += v;
                    if (q != p) curvature[q * N + p] += v;
                }
            }
        }
    }

    private void LoadSample(int mu) => x.AsSpan(mu * k, k).CopyTo(args.AsSpan(N, k));
}
