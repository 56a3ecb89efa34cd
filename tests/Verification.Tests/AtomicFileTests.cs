using Verify.Verification.Cli;

namespace Verify.Verification.Tests;

public sealed class AtomicFileTests
{
    [Fact]
    public void ReplacesTheFileAndLeavesNoTemporaryBehind()
    {
        var dir = Directory.CreateTempSubdirectory("atomic-").FullName;
        var path = Path.Combine(dir, "report.json");
        try
        {
            AtomicFile.WriteAllText(path, "old");
            AtomicFile.WriteAllText(path, "new");

            Assert.Equal("new", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
