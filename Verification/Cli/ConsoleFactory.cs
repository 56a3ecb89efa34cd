using Spectre.Console;

namespace Verify.Verification.Cli;

/// <summary>Spectre.Console consoles that write to an injected <see cref="TextWriter"/>.</summary>
internal static class ConsoleFactory
{
    // Redirected output has no width; wide enough that a table row of an audit stays legible.
    private const int RedirectedWidth = 160;

    /// <summary>A console on <paramref name="writer"/>: colour and live progress only when
    /// <paramref name="interactive"/>, plain text otherwise.</summary>
    public static IAnsiConsole For(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) console.Profile.Width = RedirectedWidth;
        return console;
    }
}
