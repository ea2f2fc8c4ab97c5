using AllianceCms.Admin.ContentTypes;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.ContentTypes;

/// <summary>The pages about one field of one part of a type: adding it, changing its settings.</summary>
public abstract class FieldPage(DefinitionChanges changes, FieldKindRegistry kinds, ContentTypeText S) : ContentTypePage(changes)
{
    /// <summary>The editor's strings, for the pages built on this one.</summary>
    protected ContentTypeText Strings => S;

    public ContentPartDefinition Part { get; private set; } = null!;
    public FieldForm Form { get; protected set; } = new();

    public abstract bool IsNew { get; }

    public FieldSettingsView SettingsView => new(Form, Errors, IsNew,
        kinds.Names.Select(k => new Choice(k, S.KindLabel(k))).OrderBy(c => c.Label, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true)).ToList(),
        Snapshot.Types.Select(t => new Choice(t.Name, Label(t))).OrderBy(c => c.Label, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true)).ToList());

    protected IReadOnlyCollection<string> KindNames => kinds.Names;

    /// <summary>Loads the type and the part of the URL; a 404 page unless the type has that part.</summary>
    protected async Task<IActionResult?> LoadPartAsync(string type, string part, CancellationToken ct)
    {
        if (await LoadTypeAsync(type, ct) is { } missing) return missing;
        if (Type.Parts.FirstOrDefault(p => p.Name == part) is not { } found) return AdminStatusResult.NotFound;
        Part = found;
        return null;
    }

    /// <summary>Stores the field with its labels and settings, then back to the type's page.</summary>
    protected async Task<IActionResult> SaveAsync(string kind, string action, string message, CancellationToken ct)
    {
        var settings = Form.ToSettings();
        var form = Form;
        var refused = await Changes.ApplyAsync(
            e => e.AlterPart(Part.Name, p => p.Field(form.Name, kind, form.LabelEn, form.LabelFr).FieldSettings(form.Name, settings)),
            new DefinitionChange(action, ContentTypeAudit.PartSubject, Part.Name, $"{Part.Name}.{form.Name} ({kind})",
                new System.Text.Json.Nodes.JsonObject { ["field"] = System.Text.Json.JsonSerializer.SerializeToNode(new ContentFieldDefinition { Name = form.Name, Kind = kind, Label = new(form.LabelEn, form.LabelFr), Settings = settings }) }),
            ct);
        if (refused.Count > 0) return Refused(refused);
        TempData["AdminMessage"] = message;
        return Redirect(TypeUrl(Type.Name));
    }
}

public sealed record Choice(string Value, string Label);

/// <summary>What the field settings partial draws.</summary>
public sealed record FieldSettingsView(FieldForm Form, FormErrors Errors, bool IsNew, IReadOnlyList<Choice> Kinds, IReadOnlyList<Choice> Types)
{
    /// <summary>A new field shows every group (its kind is chosen on the same form); an existing one only its kind's.</summary>
    public bool Shows(Func<string, bool> group) => IsNew || group(Form.Kind);
}
