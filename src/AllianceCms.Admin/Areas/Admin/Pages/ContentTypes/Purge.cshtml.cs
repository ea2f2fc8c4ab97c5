using AllianceCms.Admin.ContentTypes;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.ContentTypes;

/// <summary>
/// Asks before deleting for good the values a removed field left in stored items (every version of
/// every item of every type using the part), then purges them and forgets the field.
/// </summary>
public sealed class PurgeModel(DefinitionChanges changes, ContentTypeStatistics statistics, RemovedFieldPurge purge, ContentTypeText S) : ContentTypePage(changes)
{
    public ContentPartDefinition Part { get; private set; } = null!;
    public string Field { get; private set; } = "";
    public int StoredValues { get; private set; }
    public IReadOnlyList<string> Types { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string type, string part, string field, CancellationToken ct) =>
        await LoadAsync(type, part, field, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string type, string part, string field, CancellationToken ct)
    {
        if (await LoadAsync(type, part, field, ct) is { } missing) return missing;
        if (await purge.PurgeAsync(Part.Name, Field, ct) is not { } purged) return AdminStatusResult.NotFound;
        TempData["AdminMessage"] = S["Purged", Field, purged];
        return Redirect(TypeUrl(Type.Name));
    }

    /// <summary>A 404 unless the type has the part and the part a removed field of that name.</summary>
    private async Task<IActionResult?> LoadAsync(string type, string part, string field, CancellationToken ct)
    {
        if (await LoadTypeAsync(type, ct) is { } missing) return missing;
        if (Type.Parts.FirstOrDefault(p => p.Name == part) is not { } found || !found.RemovedFields.Contains(field)) return AdminStatusResult.NotFound;
        Part = found;
        Field = field;
        var types = ContentTypeStatistics.TypesUsing(Snapshot, part);
        Types = types.Select(t => Snapshot.Find(t) is { } m ? Label(m) : t).ToList();
        StoredValues = await statistics.StoredValueCountAsync(types, part, field, ct);
        return null;
    }
}
