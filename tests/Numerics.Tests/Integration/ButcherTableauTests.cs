using Verify.Numerics.Integration;

namespace Verify.Numerics.Tests.Integration;

/// <summary>Oracle (g): the consistency checks run when a tableau is built.</summary>
public sealed class ButcherTableauTests
{
    [Fact]
    public void Dormand_prince_tableau_passes_its_checks_and_is_fsal()
    {
        var tableau = DormandPrince54.Tableau;

        Assert.Equal(7, tableau.Stages);
        Assert.Equal(5, tableau.Order);
        Assert.True(tableau.Fsal);
        // Σ e_i = 0 exactly as built; e₇ = −1/40 is the classical value.
        Assert.Equal(-1.0 / 40, tableau.E[6], 15);
    }

    [Fact]
    public void Corrupted_a_entry_breaks_the_row_sum_condition()
    {
        var a = DormandPrince54.A;
        a[3][1] += 1e-6;

        var ex = Assert.Throws<NumericsException>(() =>
            ButcherTableau.Create("corrupt", DormandPrince54.C, a, DormandPrince54.B,
                DormandPrince54.BHat, 5));

        Assert.Contains("c_4", ex.Message);
        Assert.Equal("tableau", ex.Parameter);
    }

    [Fact]
    public void Corrupted_b_breaks_the_weight_sum_condition()
    {
        var b = DormandPrince54.B;
        b[2] += 1e-6;

        var ex = Assert.Throws<NumericsException>(() =>
            ButcherTableau.Create("corrupt", DormandPrince54.C, DormandPrince54.A, b,
                DormandPrince54.BHat, 5));

        Assert.Contains("Σ b_i = 1", ex.Message);
    }

    [Fact]
    public void Corrupted_embedded_weights_break_the_error_weight_condition()
    {
        var bHat = DormandPrince54.BHat;
        bHat[6] = 1.0 / 41;

        var ex = Assert.Throws<NumericsException>(() =>
            ButcherTableau.Create("corrupt", DormandPrince54.C, DormandPrince54.A,
                DormandPrince54.B, bHat, 5));

        Assert.Contains("Σ (b_i − b̂_i) = 0", ex.Message);
    }

    [Fact]
    public void Non_triangular_a_is_rejected_as_malformed()
    {
        var a = DormandPrince54.A;
        a[2] = [0.1, 0.1, 0.1];

        var ex = Assert.Throws<NumericsException>(() =>
            ButcherTableau.Create("corrupt", DormandPrince54.C, a, DormandPrince54.B,
                DormandPrince54.BHat, 5));

        Assert.Contains("strictly lower triangular", ex.Message);
    }
}
