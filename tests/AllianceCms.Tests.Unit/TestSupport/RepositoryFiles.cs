namespace AllianceCms.Tests.Unit.TestSupport;

/// <summary>Finds files of the source tree from the test output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] relative) => System.IO.Path.Combine([Root, .. relative]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "AllianceCms.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"AllianceCms.sln not found above {AppContext.BaseDirectory}.");
    }
}
