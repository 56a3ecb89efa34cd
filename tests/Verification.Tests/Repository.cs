namespace Verify.Verification.Tests;

/// <summary>Files of the repository, found from the test's own location.</summary>
internal static class Repository
{
    /// <summary>The folder holding Verify.sln, walking up from the test binaries.</summary>
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            for (; dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Verify.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException(
                $"no Verify.sln above {AppContext.BaseDirectory}; " +
                "run the tests inside the repository");
        }
    }
}
