namespace Verify.Verification.Cli;

/// <summary>Writes files so that a reader never sees a half-written one (DESIGN.md).</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to a temporary file beside
    /// <paramref name="path"/> and then moves it into place, replacing any old file.</summary>
    public static void WriteAllText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        // Same directory, so the final move is a rename on one file system.
        var name = $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp";
        var temporary = Path.Combine(directory, name);
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
