using Verify.Numerics.Flow;

namespace Verify.Verification.Checkers;

/// <summary>Random training data of a numeric stage: the samples and the values of the
/// unit's fixed symbols (W₁ of deep-linear-3), in declaration order.</summary>
/// <param name="Samples">Inputs and targets in the unit's symbols.</param>
/// <param name="Constants">The fixed symbols' values.</param>
internal sealed record UnitData(UnitSamples Samples, IReadOnlyList<double> Constants);
