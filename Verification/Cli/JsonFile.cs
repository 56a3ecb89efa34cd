using Verify.Theory;

namespace Verify.Verification.Cli;

/// <summary>
/// The <c>--json FILE</c> option of every verb: the path is checked before any work is done,
/// so no run is lost to a bad path, and the file is written atomically (DESIGN.md).
/// </summary>
internal static class JsonFile
{
    /// <summary>Throws a <see cref="VerifyException"/> unless <paramref name="path"/> names a
    /// file that can be created: not empty, not a directory, in an existing writable one.</summary>
    public static void RequireWritable(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || Directory.Exists(path)) throw CliErrors.NotAFile("--json", path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is null || !Directory.Exists(directory))
            throw CliErrors.MissingDirectory("--json", path);
        var probe = Path.Combine(directory, $".verify-probe-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliErrors.CannotWrite("--json", path, e);
        }
    }

    /// <summary>Writes <paramref name="text"/> atomically; IO failures become a
    /// <see cref="VerifyException"/> naming the path.</summary>
    public static void Write(string path, string text)
    {
        try
        {
            AtomicFile.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliErrors.CannotWrite("--json", path, e);
        }
    }
}
