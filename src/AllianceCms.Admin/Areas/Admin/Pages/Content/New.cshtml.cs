using AllianceCms.Admin.Content;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.Content;

/// <summary>A new item of a type, in a chosen language, saved as a draft or published at once.</summary>
public sealed class NewModel(ContentEditorServices services) : ContentEditorPage(services)
{
    public async Task<IActionResult> OnGetAsync(string type, string? culture, CancellationToken ct)
    {
        if (await StartAsync(type, ct) is { } refused) return refused;
        var chosen = Form.Type.Settings.Localizable && Services.Cultures.IsSupported(culture) ? culture!.ToLowerInvariant() : null;
        var item = await Services.Content.NewAsync(Form.Type.Name, chosen, ct);
        Form = Services.Binder.FromItem(Form.Type, item, isNew: true);
        await LoadOptionsAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string type, CancellationToken ct) => CreateAsync(type, publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(string type, CancellationToken ct) => CreateAsync(type, publish: true, ct);

    private async Task<IActionResult> CreateAsync(string type, bool publish, CancellationToken ct)
    {
        if (await StartAsync(type, ct) is { } refused) return refused;
        if (publish && !CanPublish) return AdminStatusResult.Forbidden;

        var model = Form.Type;
        var posted = Request.Form[ContentFormNames.Culture].FirstOrDefault();
        var culture = model.Settings.Localizable && !string.IsNullOrEmpty(posted) ? posted : Services.Cultures.Default;
        Form = Services.Binder.FromRequest(model, null, Request.Form, culture);
        var item = await Services.Content.NewAsync(model.Name, null, ct);
        item.Culture = culture;
        Services.Binder.ApplyTo(Form, item);
        item.Owner = item.Author = User.UserId();

        var result = await Services.Content.CreateAsync(item, publish, ct);
        return result.Outcome switch
        {
            ContentOutcome.Ok => RedirectToEditor(result.Item!.ContentItemId,
                !model.Settings.Draftable ? "MessageSaved" : result.Item.Published ? "MessagePublished" : "MessageDraftSaved", result.Item.DisplayText),
            ContentOutcome.Invalid => await ShowErrorsAsync(result.Errors, ct),
            // Only an id collision, which a retry resolves with a new id.
            _ => await ShowErrorsAsync([new ContentError("", "Conflict", Services.Text["ErrorTryAgain"])], ct),
        };
    }

    /// <summary>The type must exist and be creatable, and the user allowed to write items of it (which they will own).</summary>
    private async Task<IActionResult?> StartAsync(string type, CancellationToken ct)
    {
        var model = await FindTypeAsync(type, ct);
        if (model is null || !model.Settings.Creatable || !model.Settings.Listable) return AdminStatusResult.NotFound;
        var resource = new ContentResource(model, User.UserId(), IsNew: true);
        if (!await AllowedAsync(resource, ContentRequirement.Edit)) return AdminStatusResult.Forbidden;
        await SetRightsAsync(resource);
        CanDelete = false;
        Form = new ContentForm(model, null, Services.Cultures.Default);
        return null;
    }
}
