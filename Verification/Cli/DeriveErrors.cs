using Verify.Theory;

namespace Verify.Verification.Cli;

/// <summary>Builds the <see cref="VerifyException"/>s of <c>verify derive</c>'s options.</summary>
internal static class DeriveErrors
{
    public static VerifyException NoUnit() =>
        new("give a unit: --unit EXPR with --params LIST and --inputs LIST, or --arch NAME");

    public static VerifyException UnitAndArch() =>
        new("--unit and --arch both name a unit; give one of them");

    public static VerifyException NotWithArch(string option) =>
        new($"{option} applies to --unit only: a catalogue unit (--arch) declares its own " +
            "symbols; remove it");

    public static VerifyException SizeWithUnit(string option) =>
        new($"{option} sets a size of a catalogue unit and applies to --arch only; remove it " +
            "or use --arch");

    public static VerifyException Missing(string option) =>
        new($"--unit needs {option}; list the unit's {option.TrimStart('-')} comma separated");

    public static VerifyException BadSplit(VerifyException e) =>
        new($"{e.Message} (check --params and --vparams)", e);
}
