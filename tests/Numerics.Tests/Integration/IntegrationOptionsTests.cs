using Verify.Numerics.Integration;

namespace Verify.Numerics.Tests.Integration;

/// <summary>Bad options throw a <see cref="NumericsException"/> that names the option and the
/// remedy.</summary>
public sealed class IntegrationOptionsTests
{
    private static readonly FlowProblem Decay = FlowProblem.Create((_, y, dy) => dy[0] = -y[0], [1]);

    [Theory]
    [InlineData(nameof(IntegrationOptions.RelativeTolerance))]
    [InlineData(nameof(IntegrationOptions.AbsoluteTolerance))]
    public void Negative_tolerance_is_rejected_by_name(string option)
    {
        var options = option == nameof(IntegrationOptions.RelativeTolerance)
            ? new IntegrationOptions { RelativeTolerance = -1e-6 }
            : new IntegrationOptions { AbsoluteTolerance = -1e-6 };

        var ex = Assert.Throws<NumericsException>(() => Integrator.DormandPrince(Decay, 1, options));

        Assert.Equal(option, ex.Parameter);
        Assert.Contains(option, ex.Message);
        Assert.Contains("set", ex.Message);
        Assert.IsAssignableFrom<Verify.Theory.VerifyException>(ex);
    }

    [Fact]
    public void Both_tolerances_zero_is_rejected()
    {
        var options = new IntegrationOptions { RelativeTolerance = 0, AbsoluteTolerance = 0 };

        var ex = Assert.Throws<NumericsException>(() => Integrator.DormandPrince(Decay, 1, options));

        Assert.Contains("both 0", ex.Message);
    }

    [Fact]
    public void Decreasing_output_times_are_rejected_with_their_index()
    {
        var options = new IntegrationOptions { OutputTimes = [0.1, 0.5, 0.3] };

        var ex = Assert.Throws<NumericsException>(() => Integrator.DormandPrince(Decay, 1, options));

        Assert.Contains("OutputTimes[2]", ex.Message);
    }

    [Fact]
    public void Output_time_past_the_end_is_rejected()
    {
        var ex = Assert.Throws<NumericsException>(() =>
            Integrator.DormandPrince(Decay, 1, new IntegrationOptions { OutputTimes = [2] }));

        Assert.Equal("OutputTimes", ex.Parameter);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Non_positive_learning_rate_is_rejected(double eta)
    {
        var ex = Assert.Throws<NumericsException>(() => Integrator.GradientDescent(Decay, 1, eta));

        Assert.Equal("learningRate", ex.Parameter);
    }

    [Fact]
    public void End_before_start_is_rejected()
    {
        var ex = Assert.Throws<NumericsException>(() => Integrator.DormandPrince(Decay, -1));

        Assert.Contains("before the start time", ex.Message);
    }

    [Fact]
    public void Non_finite_initial_state_is_rejected_with_its_index()
    {
        var ex = Assert.Throws<NumericsException>(() =>
            FlowProblem.Create((_, _, dy) => dy.Clear(), [1, double.NaN]));

        Assert.Contains("initialState[1]", ex.Message);
    }
}
