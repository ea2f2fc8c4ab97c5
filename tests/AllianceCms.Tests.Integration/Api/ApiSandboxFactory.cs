using System.Data.Common;
using AllianceCms.Data;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// The Alliance site on a database of its own, for API tests that change definitions or content,
/// with every database command of a request counted.
/// </summary>
public sealed class ApiSandboxFactory : CmsFactory
{
    public DbCommandLog Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The commands counted are what a request costs the database, not what the read cache spares it.
        builder.UseSetting("Database:ReadCacheEntries", "0");
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteCmsDbContext>(o => o.AddInterceptors(Commands));
            services.ConfigureDbContext<PostgresCmsDbContext>(o => o.AddInterceptors(Commands));
            // Requests run in the test's execution context, so the log sees only the commands of the request under test.
            services.Configure<TestServerOptions>(o => o.PreserveExecutionContext = true);
        });
    }
}

[CollectionDefinition("api-sandbox")]
public sealed class ApiSandboxCollection : ICollectionFixture<ApiSandboxFactory>;

/// <summary>Records the SQL commands run while a recording is open, in this async flow only.</summary>
public sealed class DbCommandLog : DbCommandInterceptor
{
    private readonly AsyncLocal<List<string>?> _current = new();

    public Recording Record()
    {
        var recording = new Recording(this);
        _current.Value = recording.Commands;
        return recording;
    }

    public sealed class Recording(DbCommandLog log) : IDisposable
    {
        public List<string> Commands { get; } = [];
        public void Dispose() => log._current.Value = null;
    }

    private void Add(DbCommand command)
    {
        if (_current.Value is { } commands)
            lock (commands) commands.Add(command.CommandText);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }
}
