using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllianceCms.Benchmarks;

/// <summary>
/// Records the SQL of the commands sent while capturing is on, then asks the database how it runs
/// them: EXPLAIN QUERY PLAN on SQLite, EXPLAIN (ANALYZE) on PostgreSQL, with the same parameters.
/// </summary>
public sealed class QueryPlanCapture(string provider) : DbCommandInterceptor
{
    private readonly List<(string Sql, DbParameter[] Parameters)> _captured = [];
    private bool _capturing;

    private long _commands;

    /// <summary>How many SQL commands the site has sent so far (round trips to the database).</summary>
    public long Commands => Interlocked.Read(ref _commands);

    public void Start() { _captured.Clear(); _capturing = true; }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _commands);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _commands);
        if (_capturing) _captured.Add((command.CommandText, command.Parameters.Cast<DbParameter>().ToArray()));
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _commands);
        if (_capturing) _captured.Add((command.CommandText, command.Parameters.Cast<DbParameter>().ToArray()));
        return ValueTask.FromResult(result);
    }

    /// <summary>Stops capturing and explains every captured statement on <paramref name="connection"/>.</summary>
    public async Task<string> ExplainAsync(DbConnection connection, CancellationToken ct)
    {
        _capturing = false;
        var report = new StringBuilder();
        foreach (var (sql, parameters) in _captured)
        {
            // Inserts and updates are not explained: EXPLAIN ANALYZE would run them again.
            if (!sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)) continue;
            report.AppendLine("    " + sql.ReplaceLineEndings("\n    "));
            await using var command = connection.CreateCommand();
            command.CommandText = (provider == "Postgres" ? "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " : "EXPLAIN QUERY PLAN ") + sql;
            foreach (var p in parameters)
            {
                var copy = command.CreateParameter();
                copy.ParameterName = p.ParameterName;
                copy.Value = p.Value;
                copy.DbType = p.DbType;
                command.Parameters.Add(copy);
            }
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                report.AppendLine("      | " + (provider == "Postgres" ? reader.GetString(0) : reader.GetString(3)));
        }
        _captured.Clear();
        return report.ToString();
    }
}
