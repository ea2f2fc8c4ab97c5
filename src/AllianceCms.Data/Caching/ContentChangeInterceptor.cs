using System.Data.Common;
using System.Runtime.CompilerServices;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllianceCms.Data.Caching;

/// <summary>
/// Sees every content write that goes through EF Core and moves the <see cref="ContentGenerations"/>
/// of what it touched once the write is durable: after SaveChanges outside a transaction, else when
/// the transaction ends. Moving a counter too often only costs a cache miss; moving it before the
/// commit could let a reader cache the old rows under the new counter, so it never happens earlier.
/// </summary>
public sealed class ContentChangeInterceptor(ContentGenerations generations) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();

    /// <summary>For writes EF Core does not track (bulk deletes): counted like a tracked change.</summary>
    public void MarkChanged(DbContext context, string name)
    {
        lock (Pending(context)) Pending(context).Add(name);
        if (context.Database.CurrentTransaction is null) Flush(context);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushIfOutsideTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        FlushIfOutsideTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => FlushIfOutsideTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        FlushIfOutsideTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Flush(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken ct = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var names = Pending(context);
        var indexOnly = false;
        lock (names)
        {
            foreach (var entry in context.ChangeTracker.Entries())
            {
                if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
                switch (entry.Entity)
                {
                    case ContentItemRecord item: names.Add(item.ContentType); break;
                    case ContentRouteRecord route: names.Add(route.ContentType); break;
                    case DocumentRecord: names.Add(ContentGenerations.Documents); break;
                    case ContentIndexRecord: indexOnly = true; break;
                    case ContentDefinitionRecord: names.Add(ContentGenerations.Everything); break;
                }
            }
            // Index rows alone (a rebuild) do not say whose they are.
            if (indexOnly && names.Count == 0) names.Add(ContentGenerations.Everything);
        }
    }

    private void FlushIfOutsideTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null) Flush(context);
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var names)) return;
        string[] changed;
        lock (names)
        {
            if (names.Count == 0) return;
            changed = [.. names];
            names.Clear();
        }
        generations.Bump(changed);
    }

    private HashSet<string> Pending(DbContext context) => _pending.GetValue(context, _ => new HashSet<string>(StringComparer.Ordinal));
}
