using AllianceCms.Admin.ContentTypes;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.ContentTypes;

/// <summary>Every content type with its parts and items, and the form that creates a type (with its own part).</summary>
public sealed class ContentTypesIndexModel(DefinitionChanges changes, ContentTypeStatistics statistics, ContentTypeText S) : ContentTypePage(changes)
{
    public sealed record Row(ContentTypeModel Type, string Label, int Items);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string Name { get; private set; } = "";
    public string LabelEn { get; private set; } = "";
    public string LabelFr { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Name = Request.Form["name"].ToString().Trim();
        LabelEn = Request.Form["label-en"].ToString().Trim();
        LabelFr = Request.Form["label-fr"].ToString().Trim();
        var errors = new FormErrors();
        if (Name.Length == 0) errors.Note("name", S["ErrorRequired"]);
        else if (!TechnicalName.IsValid(Name)) errors.Note("name", S["ErrorTechnicalName"]);
        else if (Snapshot.Types.Any(t => string.Equals(t.Name, Name, StringComparison.OrdinalIgnoreCase))) errors.Note("name", S["ErrorTypeExists", Name]);
        TypeForm.Label(errors, S, "label-en", LabelEn, required: true);
        TypeForm.Label(errors, S, "label-fr", LabelFr, required: true);
        if (errors.Count > 0) return Invalid(errors);

        // A new type gets a part of its own name for its fields (an existing part of that name is reused).
        var ownPartExists = Snapshot.Parts.ContainsKey(Name);
        var refused = await Changes.ApplyAsync(e =>
        {
            if (!ownPartExists) e.AlterPart(Name, p => p.Label(LabelEn, LabelFr));
            e.AlterType(Name, t => t.Label(LabelEn, LabelFr).Part(Name));
        }, new DefinitionChange(ContentTypeAudit.TypeCreated, ContentTypeAudit.TypeSubject, Name, $"{Name} ({LabelEn} / {LabelFr})"), ct);
        if (refused.Count > 0) return Refused(refused);
        TempData["AdminMessage"] = S["TypeCreated", LabelFor(LabelEn, LabelFr)];
        return Redirect(TypeUrl(Name));
    }

    private string LabelFor(string en, string fr) => new LocalizedText(en, fr).For(Culture);

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadSnapshotAsync(ct);
        var counts = await statistics.ItemCountsAsync(ct);
        var comparer = StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true);
        Rows = Snapshot.Types.Select(t => new Row(t, Label(t), counts.GetValueOrDefault(t.Name)))
            .OrderBy(r => r.Label, comparer).ToList();
    }
}
