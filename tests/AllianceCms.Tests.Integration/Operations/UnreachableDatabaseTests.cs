using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Operations;

/// <summary>Start-up against a database that does not answer: one clear line and a non-zero exit, soon.</summary>
public sealed class UnreachableDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alliance-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Starting_against_an_unreachable_database_exits_with_one_line_saying_so()
    {
        var run = await CliHost.RunAsync(
        [
            new("Database:Provider", "Postgres"),
            new("Database:ConnectionString", "Host=127.0.0.1;Port=1;Database=alliance;Username=alliance;Timeout=3"),
            new("Database:DataFolder", _folder),
        ], [], TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("database", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.Output + run.Errors); // no stack trace
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(20), $"It took {run.Elapsed.TotalSeconds:0.0} s to give up.");
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (DirectoryNotFoundException) { } catch (IOException) { }
    }
}
