using Verify.Numerics.Integration;

namespace Verify.Numerics.Flow;

/// <summary>Gradient flow of a loss model as an integrable problem.</summary>
public static class LossModelExtensions
{
    /// <summary>The vector field θ̇ = −∇L(θ) of <paramref name="model"/>.</summary>
    public static VectorField GradientFlowField(this ILossModel model) => (_, theta, dtheta) =>
    {
        model.Gradient(theta, dtheta);
        for (int i = 0; i < dtheta.Length; i++) dtheta[i] = -dtheta[i];
    };

    /// <summary>The flow problem started at <paramref name="theta0"/>.</summary>
    public static FlowProblem GradientFlowProblem(this ILossModel model, double[] theta0) =>
        FlowProblem.Create(model.GradientFlowField(), theta0, 0.0, model.Layout);
}
