using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Data;
using Verify.Numerics.Flow;
using Verify.Numerics.Integration;
using Verify.Theory.Flow;
using Verify.Theory.Symbolic;
using Verify.Theory.Units;
using static Verify.Numerics.Tests.Flow.LossModelChecks;

namespace Verify.Numerics.Tests.Flow;

/// <summary>The factory: which model it picks, the layouts it gives, the errors it throws.</summary>
public sealed class LossModelsTests
{
    private static DataSet Gaussian(int count, int inputs, int outputs, int seed)
    {
        var x = DataSets.GaussianInputs(count, Matrix<double>.Build.DenseIdentity(inputs), seed);
        var map = Matrix<double>.Build.Dense(outputs, inputs, (i, j) => 1.0 / (1 + i + j));
        return DataSets.WithLinearTargets(x, map);
    }

    [Fact]
    public void A_catalogue_name_with_a_fast_path_gets_it_and_the_compiled_model_only_on_request()
    {
        var data = Gaussian(30, 3, 2, 4);

        var fast = LossModels.Create("linear-fc", 5, data);
        var slow = LossModels.Create("linear-fc", 5, data, preferFastPath: false);

        Assert.IsType<LinearFcLossModel>(fast);
        Assert.IsType<CompiledLossModel>(slow);
        Assert.Equal(5 * (3 + 2), fast.Dimension);
        Assert.Equal("u_2[3]", fast.Layout.NameOf(7));
        Assert.Equal("v_2[1]", fast.Layout.NameOf(8));
        Assert.Equal(2, fast.Layout.UnitOf(8));
    }

    [Fact]
    public void A_fast_path_works_beyond_the_catalogue_size_limit()
    {
        // D = 20 exceeds UnitSizes.MaxSize; the moment form needs no symbolic unit.
        // At θ = 0, f = 0 and L = (1/2P) Σ_μ y_μ².
        var data = Gaussian(50, 20, 1, 5);
        double expected = data.Targets.Column(0).Sum(y => y * y) / (2.0 * 50);

        var model = LossModels.Create("linear-fc", 4, data);

        Assert.Equal(4 * 21, model.Dimension);
        Assert.Equal(expected, model.Loss(new double[model.Dimension]), 12);
    }

    [Fact]
    public void A_user_unit_written_like_the_catalogue_gets_the_fast_path_and_another_does_not()
    {
        var u = new[] { Expr.Symbol("u", 1), Expr.Symbol("u", 2), Expr.Symbol("v") };
        var x = new[] { Expr.Symbol("x", 1), Expr.Symbol("x", 2) };
        var relu = UnitDefinition.Create(
            ExprParser.Parse("v*relu((u[1]*x[1] + u[2]*x[2]))"), u, x);
        var tanh = UnitDefinition.Create(
            ExprParser.Parse("v*tanh((u[1]*x[1] + u[2]*x[2]))"), u, x);
        var data = RandomSamples(relu, 6, 3);

        Assert.IsType<NeuronLossModel<ReluActivation>>(LossModels.Create(relu, 3, data));
        Assert.IsType<CompiledLossModel>(LossModels.Create(tanh, 3, data));
    }

    [Fact]
    public void Attention_on_in_context_sequences_reads_tokens_and_query_from_the_embedding()
    {
        var icr = DataSets.InContextRegression(2, 3, 10, 7);

        var fast = LossModels.Create("linear-attention-merged", 2, icr);
        var slow = LossModels.Create("linear-attention-merged", 2, icr, preferFastPath: false);
        var theta = RandomTheta(fast.Dimension, 0.5, 8);

        Assert.IsType<MergedAttentionLossModel>(fast);
        Assert.Equal(2 * (9 + 3), fast.Dimension);
        Assert.Equal("M_1[1,2]", fast.Layout.NameOf(1));
        Assert.Equal(slow.Loss(theta), fast.Loss(theta), 12);
    }

    [Fact]
    public void In_context_samples_are_the_embedded_context_tokens_and_query()
    {
        var icr = DataSets.InContextRegression(2, 3, 4, 9);

        var samples = UnitSamples.FromInContextRegression(icr);

        // Token n = 2 is column 1 of the embedding (x_2; y_2); the query is column 3, (x_q; 0).
        var e = icr.Embedding(1);
        Assert.Equal(e[0, 1], samples.Values(Expr.Symbol("Z", 2, 1))[1]);
        Assert.Equal(e[2, 1], samples.Values(Expr.Symbol("Z", 2, 3))[1]);
        Assert.Equal(e[1, 3], samples.Values(Expr.Symbol("q", 2))[1]);
        Assert.Equal(0.0, samples.Values(Expr.Symbol("q", 3))[1]);
        Assert.Equal(icr.QueryTarget(1), samples.Target(1, 0));
    }

    [Fact]
    public void Bad_requests_name_the_input_and_the_remedy()
    {
        var data = Gaussian(10, 2, 1, 1);
        var unit = UnitCatalogue.Build("relu-fc").Definition;
        var samples = UnitSamples.Create(
            new Dictionary<Sym, double[]> { [Expr.Symbol("x", 1)] = new double[4] },
            Matrix<double>.Build.Dense(4, 1));
        var model = LossModels.Create("relu-fc", 2, data);

        var width = Assert.Throws<NumericsException>(() => LossModels.Create("relu-fc", 0, data));
        var missing = Assert.Throws<NumericsException>(() => LossModels.Create(unit, 2, samples));
        var outputs = Assert.Throws<NumericsException>(() => LossModels.Create(
            unit, 2, UnitSamples.FromDataSet(Gaussian(10, 2, 3, 1))));
        var length = Assert.Throws<NumericsException>(() => model.Gradient(new double[3], new double[6]));

        Assert.Contains("at least 1", width.Message);
        Assert.Contains("x[2]", missing.Message);
        Assert.Contains("one target column per output component", outputs.Message);
        Assert.Contains("theta has 3 entries", length.Message);
    }

    [Fact]
    public void Samples_with_a_wrong_length_or_a_non_finite_value_are_refused()
    {
        var y = Matrix<double>.Build.Dense(3, 1);

        var count = Assert.Throws<NumericsException>(() => UnitSamples.Create(
            new Dictionary<Sym, double[]> { [Expr.Symbol("x", 1)] = new double[2] }, y));
        var nan = Assert.Throws<NumericsException>(() => UnitSamples.Create(
            new Dictionary<Sym, double[]> { [Expr.Symbol("x", 1)] = [0, double.NaN, 0] }, y));

        Assert.Contains("x[1] has 2 values but there are 3 targets", count.Message);
        Assert.Contains("x[1][1] is NaN", nan.Message);
    }

    [Fact]
    public void Layout_keeps_flow_names_for_a_single_indexed_parameter()
    {
        var layout = FastPaths.Neuron("relu-fc", 2, 1, [1.0], [1.0]).Layout;

        Assert.Equal(["u_1[1]", "v_1", "u_2[1]", "v_2"],
            Enumerable.Range(0, 4).Select(layout.NameOf));
    }
}
