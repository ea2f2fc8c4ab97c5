using AllianceCms.Admin.Content;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.Content;

/// <summary>
/// A page about one stored item (its editor, its history, its preview): loads the latest version and
/// the user's rights on it, or answers with the admin's 404/403 page in the user's language.
/// </summary>
public abstract class ContentItemPage(ContentEditorServices services) : ContentEditorPage(services)
{
    public ContentItem Item { get; private set; } = null!;

    /// <summary>The version the public sees, when there is one (it may be older than <see cref="Item"/>).</summary>
    public ContentItem? PublishedVersion { get; private set; }

    public string Status => Item.IsDeleted ? "deleted" : Item.Published ? "published" : PublishedVersion is not null ? "changed" : "draft";

    /// <summary>Private types never reach the site's templates, so they have nothing to preview.</summary>
    public bool CanPreview => !Form.Type.Settings.Private;

    protected ContentResource Resource => new(Form.Type, Item.Owner);

    /// <summary>The latest version of the item and the user's rights on it; a 404 page when it does not exist.</summary>
    protected async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        var item = await Services.Content.GetAsync(id, VersionOptions.Latest, ct);
        var type = item is null ? null : await FindTypeAsync(item.ContentType, ct);
        if (item is null || type is null) return AdminStatusResult.NotFound;
        Item = item;
        PublishedVersion = item.Published ? item : await Services.Content.GetAsync(id, VersionOptions.Published, ct);
        Form = new ContentForm(type, item, item.Culture);
        if (!await AllowedAsync(Resource, ContentRequirement.View) && !await AllowedAsync(Resource, ContentRequirement.Edit))
            return AdminStatusResult.Forbidden;
        await SetRightsAsync(Resource);
        return null;
    }
}
