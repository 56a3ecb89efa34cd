namespace Verify.Numerics.Width;

/// <summary>Which rule decided a numerical rank.</summary>
public enum RankRule
{
    /// <summary>The relative threshold: rank = #{σ_i &gt; rtol·σ₁}.</summary>
    Threshold,

    /// <summary>The largest-gap rule lowered the threshold count.</summary>
    Gap,
}
