using AllianceCms.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data;

/// <summary>
/// One transaction per unit of work on the scoped context; nested runs join the outer one.
/// Actions queued with <see cref="AfterCommit"/> run once the outermost transaction commits.
/// </summary>
public sealed class TransactionRunner(CmsDbContext db) : ITransactionRunner
{
    private readonly List<Func<Task>> _afterCommit = [];
    private readonly List<Action> _onRollback = [];

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null) return await work(ct);

        T result;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                result = await work(ct);
                await transaction.CommitAsync(ct);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                _afterCommit.Clear();
                foreach (var action in _onRollback) action();
                _onRollback.Clear();
                throw;
            }
        }
        _onRollback.Clear();
        var actions = _afterCommit.ToList();
        _afterCommit.Clear();
        foreach (var action in actions) await action();
        return result;
    }

    /// <summary>Runs after the current transaction commits, or now when there is none.</summary>
    public Task AfterCommit(Func<Task> action)
    {
        if (db.Database.CurrentTransaction is null) return action();
        _afterCommit.Add(action);
        return Task.CompletedTask;
    }

    /// <summary>Runs if the current transaction rolls back (to drop caches filled from it).</summary>
    public void OnRollback(Action action)
    {
        if (db.Database.CurrentTransaction is not null) _onRollback.Add(action);
    }
}
