using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>
/// Content rows are written by one operation and never edited later through the same context, so
/// once an operation has saved them the context can forget them. Otherwise a batch of creates in
/// one scope (a recipe, an import) would make every SaveChanges scan all rows written before it.
/// </summary>
internal static class ContentTracking
{
    public static void Forget(CmsDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State == EntityState.Unchanged && entry.Entity is ContentItemRecord or ContentIndexRecord or ContentRouteRecord)
                entry.State = EntityState.Detached;
        }
    }
}
