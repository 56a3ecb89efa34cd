using Verify.Numerics.Data;
using Verify.Numerics.Integration;

namespace Verify.Numerics.Tests.Integration;

/// <summary>
/// A hand-written two-layer linear network f(x) = W₂W₁x over a data set, with the per-sample
/// gradient-flow field of L = ½ mean_n ‖y_n − f(x_n)‖²; unit h is row h of W₁ and column h of W₂.
/// </summary>
internal sealed class LinearNet
{
    private readonly double[][] x;
    private readonly double[][] yData;
    private readonly int d, m, hidden;
    private readonly double[] hid, res;

    public LinearNet(DataSet data, int hidden)
    {
        x = Enumerable.Range(0, data.Count).Select(data.Input).ToArray();
        yData = Enumerable.Range(0, data.Count).Select(data.Target).ToArray();
        d = data.InputDimension;
        m = data.OutputDimension;
        this.hidden = hidden;
        hid = new double[hidden];
        res = new double[m];
        Layout = StateLayout.ForUnits(hidden, ("u", d), ("v", m));
    }

    public int Dimension => hidden * (d + m);

    public StateLayout Layout { get; }

    /// <summary>Index of W₁[h, j] (u_h[j]).</summary>
    public int W1(int h, int j) => h * (d + m) + j;

    /// <summary>Index of W₂[i, h] (v_h[i]).</summary>
    public int W2(int i, int h) => h * (d + m) + d + i;

    public void Field(double t, ReadOnlySpan<double> th, Span<double> dth)
    {
        dth.Clear();
        var p = x.Length;
        for (var n = 0; n < p; n++)
        {
            var xn = x[n];
            for (var h = 0; h < hidden; h++)
            {
                var sum = 0.0;
                for (var j = 0; j < d; j++) sum += th[W1(h, j)] * xn[j];
                hid[h] = sum;
            }
            for (var i = 0; i < m; i++)
            {
                var f = 0.0;
                for (var h = 0; h < hidden; h++) f += th[W2(i, h)] * hid[h];
                res[i] = yData[n][i] - f;
            }
            // −∂L/∂W₂[i,h] = mean r_i hid_h;  −∂L/∂W₁[h,j] = mean (W₂ᵀ r)_h x_j.
            for (var h = 0; h < hidden; h++)
            {
                var back = 0.0;
                for (var i = 0; i < m; i++)
                {
                    dth[W2(i, h)] += res[i] * hid[h] / p;
                    back += th[W2(i, h)] * res[i];
                }
                for (var j = 0; j < d; j++) dth[W1(h, j)] += back * xn[j] / p;
            }
        }
    }
}
