using AllianceCms.Data;
using AllianceCms.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Tests.Integration.PublicSite;

/// <summary>
/// The index is committed on a timer thread, where an exception would end the whole process (it
/// once took a test host down when a data folder was removed under a running site).
/// </summary>
public sealed class SearchIndexCommitTests
{
    [Fact]
    public async Task A_commit_that_cannot_write_is_logged_and_the_process_carries_on()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"search-commit-{Guid.NewGuid():N}");
        var log = new ErrorLog();
        using (var index = new SearchIndex(Options.Create(new SearchOptions()), Options.Create(new DatabaseOptions { DataFolder = folder }), log))
        {
            index.Upsert(new SearchDocument("item-1", "en", "Page", "About the Alliance", "Cities and regions", "/about"));
            Directory.Delete(folder, recursive: true);

            // The commit comes two seconds after the change; give it time to run and fail.
            for (var waited = 0; waited < 100 && log.Errors == 0; waited++) await Task.Delay(100);
            Assert.True(log.Errors > 0);
        }
    }

    private sealed class ErrorLog : ILogger<SearchIndex>
    {
        private int _errors;
        public int Errors => Volatile.Read(ref _errors);
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) Interlocked.Increment(ref _errors);
        }
    }
}
