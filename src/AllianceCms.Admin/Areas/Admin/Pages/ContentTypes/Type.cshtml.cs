using System.Text.Json.Nodes;
using AllianceCms.Admin.ContentTypes;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.ContentTypes;

/// <summary>
/// One type: its labels and settings, its parts in order and each part's fields, with the buttons that
/// move and remove them (plain submit buttons: no script needed), and the removed fields still holding data.
/// </summary>
public sealed class TypeEditorModel(DefinitionChanges changes, ContentTypeStatistics statistics, ContentTypeText S) : ContentTypePage(changes)
{
    public sealed record RemovedField(string Name, int StoredValues);

    public TypeForm Form { get; private set; } = new();
    public int Items { get; private set; }
    public IReadOnlyDictionary<string, IReadOnlyList<RemovedField>> Removed { get; private set; } = new Dictionary<string, IReadOnlyList<RemovedField>>();
    public IReadOnlyList<ContentPartDefinition> AddableParts { get; private set; } = [];
    public bool CanAddOwnPart { get; private set; }

    public string KindLabel(string kind) => S.KindLabel(kind);

    /// <summary>The other types whose items a change to this part also changes.</summary>
    public IReadOnlyList<string> AlsoUsedBy(ContentPartDefinition part) =>
        Snapshot.Types.Where(t => t.Name != Type.Name && t.Type.Parts.Any(p => p.Name == part.Name)).Select(Label).ToList();

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken ct)
    {
        if (await LoadAsync(type, ct) is { } missing) return missing;
        Form = TypeForm.From(Type.Type);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string type, CancellationToken ct)
    {
        if (await LoadAsync(type, ct) is { } missing) return missing;
        Form = TypeForm.From(Request.Form);
        var errors = Form.Validate(S);
        if (errors.Count > 0) return Invalid(errors);
        var before = Type.Type;
        var settings = Form.ToSettings();
        return await ApplyAsync(e => e.AlterType(Type.Name, t => t.Label(Form.LabelEn, Form.LabelFr).Settings(settings)),
            new DefinitionChange(ContentTypeAudit.TypeChanged, ContentTypeAudit.TypeSubject, Type.Name, $"{Form.LabelEn} / {Form.LabelFr}",
                new JsonObject { ["before"] = System.Text.Json.JsonSerializer.SerializeToNode(before) }),
            S["TypeSaved"], ct);
    }

    public async Task<IActionResult> OnPostMovePartAsync(string type, string? part, int offset, CancellationToken ct)
    {
        if (await LoadAsync(type, ct) is { } missing) return missing;
        if (Type.Parts.All(p => p.Name != part)) return Invalid(S["ErrorNoSuchPart"]);
        if (offset is not (-1 or 1)) return Invalid(S["ErrorMove"]);
        return await ApplyAsync(e => e.AlterType(Type.Name, t => t.MovePart(part!, offset)),
            new DefinitionChange(ContentTypeAudit.PartMoved, ContentTypeAudit.TypeSubject, Type.Name, $"{part} {offset:+0;-0}"), S["PartMoved"], ct);
    }

    public async Task<IActionResult> OnPostRemovePartAsync(string type, string? part, CancellationToken ct)
    {
        if (await LoadAsync(type, ct) is { } missing) return missing;
        if (Type.Parts.All(p => p.Name != part)) return Invalid(S["ErrorNoSuchPart"]);
        return await ApplyAsync(e => e.AlterType(Type.Name, t => t.RemovePart(part!)),
            new DefinitionChange(ContentTypeAudit.PartRemoved, ContentTypeAudit.TypeSubject, Type.Name, part!), S["PartRemoved"], ct);
    }

    public async Task<IActionResult> OnPostAddPartAsync(string type, CancellationToken ct)
    {
        if (await LoadAsync(type, ct) is { } missing) return missing;
        var part = Request.Form["add-part"].ToString();
        var own = part == Type.Name && CanAddOwnPart;
        if (!own && AddableParts.All(p => p.Name != part)) return Invalid(new FormErrors { ["add-part"] = S["ErrorChoosePart"] });
        var label = Type.Type.Label;
        return await ApplyAsync(e =>
            {
                if (own) e.AlterPart(part, p => p.Label(label.GetValueOrDefault("en") ?? part, label.GetValueOrDefault("fr") ?? part));
                e.AlterType(Type.Name, t => t.Part(part));
            },
            new DefinitionChange(ContentTypeAudit.PartAdded, ContentTypeAudit.TypeSubject, Type.Name, part), S["PartAdded"], ct);
    }

    public async Task<IActionResult> OnPostMoveFieldAsync(string type, string? part, string? field, int offset, CancellationToken ct)
    {
        if (await LoadAsync(type, ct) is { } missing) return missing;
        if (Type.FindField(part ?? "", field ?? "") is null) return Invalid(S["ErrorNoSuchField"]);
        if (offset is not (-1 or 1)) return Invalid(S["ErrorMove"]);
        return await ApplyAsync(e => e.AlterPart(part!, p => p.MoveField(field!, offset)),
            new DefinitionChange(ContentTypeAudit.FieldMoved, ContentTypeAudit.PartSubject, part!, $"{part}.{field} {offset:+0;-0}"), S["FieldMoved"], ct);
    }

    public async Task<IActionResult> OnPostRemoveFieldAsync(string type, string? part, string? field, CancellationToken ct)
    {
        if (await LoadAsync(type, ct) is { } missing) return missing;
        if (Type.FindField(part ?? "", field ?? "") is not { } found) return Invalid(S["ErrorNoSuchField"]);
        return await ApplyAsync(e => e.AlterPart(part!, p => p.RemoveField(field!)),
            new DefinitionChange(ContentTypeAudit.FieldRemoved, ContentTypeAudit.PartSubject, part!, $"{part}.{field}",
                new JsonObject { ["field"] = System.Text.Json.JsonSerializer.SerializeToNode(found.Field) }),
            S["FieldRemoved", Label(found.Field)], ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string type, CancellationToken ct)
    {
        if (await LoadAsync(type, ct) is { } missing) return missing;
        if (await statistics.HasItemsAsync(Type.Name, ct)) return Invalid(S["ErrorTypeHasItems"]);
        var label = Label(Type);
        var refused = await Changes.ApplyAsync(e => e.RemoveType(Type.Name),
            new DefinitionChange(ContentTypeAudit.TypeDeleted, ContentTypeAudit.TypeSubject, Type.Name, label,
                new JsonObject { ["type"] = System.Text.Json.JsonSerializer.SerializeToNode(Type.Type) }), ct);
        if (refused.Count > 0) return Refused(refused);
        TempData["AdminMessage"] = S["TypeDeleted", label];
        return Redirect(Root);
    }

    private async Task<IActionResult> ApplyAsync(Action<ContentDefinitionEditor> alter, DefinitionChange change, string message, CancellationToken ct)
    {
        var refused = await Changes.ApplyAsync(alter, change, ct);
        if (refused.Count > 0) return Refused(refused);
        TempData["AdminMessage"] = message;
        return Redirect(TypeUrl(Type.Name));
    }

    private async Task<IActionResult?> LoadAsync(string type, CancellationToken ct)
    {
        if (await LoadTypeAsync(type, ct) is { } missing) return missing;
        Form = TypeForm.From(Type.Type);
        Items = (await statistics.ItemCountsAsync(ct)).GetValueOrDefault(Type.Name);
        var removed = new Dictionary<string, IReadOnlyList<RemovedField>>(StringComparer.Ordinal);
        foreach (var part in Type.Parts.Where(p => p.RemovedFields.Count > 0))
        {
            var types = ContentTypeStatistics.TypesUsing(Snapshot, part.Name);
            var fields = new List<RemovedField>();
            foreach (var name in part.RemovedFields)
                fields.Add(new RemovedField(name, await statistics.StoredValueCountAsync(types, part.Name, name, ct)));
            removed[part.Name] = fields;
        }
        Removed = removed;
        AddableParts = Snapshot.Parts.Values.Where(p => Type.Type.Parts.All(r => r.Name != p.Name))
            .OrderBy(p => Label(p), StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true)).ToList();
        CanAddOwnPart = !Snapshot.Parts.ContainsKey(Type.Name);
        return null;
    }
}
