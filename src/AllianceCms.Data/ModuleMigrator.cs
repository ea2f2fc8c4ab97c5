using AllianceCms.Core.Metadata;
using AllianceCms.Core.Modules;
using AllianceCms.Data.Definitions;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Data;

/// <summary>
/// Applies the database schema migrations, then each module's pending content-definition steps in
/// dependency order, one transaction per step. A failing step rolls back and stops start-up.
/// </summary>
public sealed class ModuleMigrator(
    CmsDbContext db,
    ModuleCatalog catalog,
    IContentDefinitionStore store,
    DefinitionEditorApplier applier,
    DefinitionCache cache,
    TimeProvider clock,
    ILogger<ModuleMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        var applied = await db.ModuleMigrations.AsNoTracking().ToDictionaryAsync(m => m.ModuleId, m => m.Step, ct);
        foreach (var module in catalog.Modules)
        {
            var done = applied.GetValueOrDefault(module.Info.Id);
            foreach (var step in module.Migrations.Where(s => s.Number > done).OrderBy(s => s.Number))
                await ApplyAsync(module.Info.Id, step, ct);
        }
    }

    private async Task ApplyAsync(string moduleId, ContentMigrationStep step, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var editor = new ContentDefinitionEditor(await store.GetSnapshotAsync(ct));
            step.Apply(editor);
            await applier.ApplyAsync(editor, ct);
            var record = await db.ModuleMigrations.FirstOrDefaultAsync(m => m.ModuleId == moduleId, ct);
            if (record is null) db.ModuleMigrations.Add(record = new ModuleMigrationRecord { ModuleId = moduleId });
            record.Step = step.Number;
            record.AppliedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Module {Module} migrated to step {Step}: {Description}", moduleId, step.Number, step.Description);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            cache.Invalidate();
            throw new ModuleMigrationException(moduleId, step.Number, e);
        }
    }
}
