using AllianceCms.Admin.Infrastructure;
using AllianceCms.Display.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AllianceCms.Admin.Areas.Admin.Pages.Content;

/// <summary>
/// The latest version of an item (a draft, typically) drawn by the site's theme exactly as its page
/// would be, for whoever may read the item in the admin. Never cached, never indexed.
/// </summary>
[OutputCache(NoStore = true)]
public sealed class PreviewModel(ContentEditorServices services, PublicPageRenderer pages) : ContentItemPage(services)
{
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (Item.IsDeleted || !CanPreview) return AdminStatusResult.NotFound;

        var page = await pages.DetailAsync(HttpContext, Item, Form.Type, ct);
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers.ContentLanguage = page.Culture;
        return new ContentResult { Content = page.Html, ContentType = "text/html; charset=utf-8", StatusCode = page.StatusCode };
    }
}
