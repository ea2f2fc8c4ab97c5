using AllianceCms.Admin.ContentTypes;
using AllianceCms.Core.Fields;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.ContentTypes;

/// <summary>Adds a field to a part: its name, its kind (from the field kind registry) and its settings.</summary>
public sealed class AddFieldModel(DefinitionChanges changes, FieldKindRegistry kinds, ContentTypeText text) : FieldPage(changes, kinds, text)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(string type, string part, CancellationToken ct) =>
        await LoadPartAsync(type, part, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string type, string part, CancellationToken ct)
    {
        if (await LoadPartAsync(type, part, ct) is { } missing) return missing;
        Form = FieldForm.From(Request.Form, existing: null);
        var errors = Form.Validate(Strings, Part, Snapshot, KindNames, isNew: true);
        if (errors.Count > 0) return Invalid(errors);
        return await SaveAsync(Form.Kind, ContentTypeAudit.FieldAdded, Strings["FieldAdded", Form.LabelFor(Culture)], ct);
    }
}
