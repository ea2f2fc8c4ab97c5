using AllianceCms.Admin.ContentTypes;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.ContentTypes;

/// <summary>A field's labels and settings; its name and kind stay as they are (stored values depend on them).</summary>
public sealed class FieldModel(DefinitionChanges changes, FieldKindRegistry kinds, ContentTypeText text) : FieldPage(changes, kinds, text)
{
    public override bool IsNew => false;

    public ContentFieldDefinition Field { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string type, string part, string field, CancellationToken ct)
    {
        if (await LoadFieldAsync(type, part, field, ct) is { } missing) return missing;
        Form = FieldForm.From(Field);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string type, string part, string field, CancellationToken ct)
    {
        if (await LoadFieldAsync(type, part, field, ct) is { } missing) return missing;
        Form = FieldForm.From(Request.Form, Field);
        var errors = Form.Validate(Strings, Part, Snapshot, KindNames, isNew: false);
        if (errors.Count > 0) return Invalid(errors);
        return await SaveAsync(Field.Kind, ContentTypeAudit.FieldChanged, Strings["FieldSaved", Form.LabelFor(Culture)], ct);
    }

    private async Task<IActionResult?> LoadFieldAsync(string type, string part, string field, CancellationToken ct)
    {
        if (await LoadPartAsync(type, part, ct) is { } missing) return missing;
        if (Part.Field(field) is not { } found) return AdminStatusResult.NotFound;
        Field = found;
        return null;
    }
}
