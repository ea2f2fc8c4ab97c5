using System.Globalization;
using AllianceCms.Core.Settings;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Data;

/// <summary>
/// Counters in the Documents table: the counter is the row's version, bumped with
/// "UPDATE … WHERE Version = @read" (or the row inserted once, its name being the key); of two callers
/// at once one wins and the other reads again. Each attempt has its own scope, so a caller's open
/// transaction neither holds the row nor loses a number on rollback.
/// </summary>
public sealed class DocumentCounters(IServiceScopeFactory scopes, TimeProvider clock) : IDocumentCounters
{
    public const int MaxAttempts = 100;

    public async Task<int> NextAsync(string name, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            try
            {
                var record = await db.Documents.FirstOrDefaultAsync(d => d.Name == name, ct);
                if (record is null)
                {
                    record = new DocumentRecord { Name = name };
                    db.Documents.Add(record);
                }
                record.Version++;
                record.Json = record.Version.ToString(CultureInfo.InvariantCulture);
                record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(ct);
                return record.Version;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another caller took this number (a version conflict, or both inserted the row): read again.
                await Task.Delay(Random.Shared.Next(1, 10 + attempt * 5), ct);
            }
        }
    }
}
