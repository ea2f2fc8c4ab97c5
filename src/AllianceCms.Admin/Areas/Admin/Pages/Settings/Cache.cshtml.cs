using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Settings;
using AllianceCms.Display.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Settings;

/// <summary>
/// How long public pages stay in the output cache (0: not cached; empty: as configured), applied without
/// a restart, and a button that drops every cached page.
/// </summary>
[RequirePermission(AdminPermissions.ManageSettings)]
public sealed class CacheSettingsModel(IDocumentStore documents, PageCacheDuration duration, PageCache pages, IAuditTrail audit, AdminText T) : PageModel
{
    public string Minutes { get; private set; } = "";
    public string? Error { get; private set; }
    public int ConfiguredMinutes => duration.ConfiguredMinutes;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = await documents.GetAsync<PageCacheSettings>(PageCacheSettings.DocumentName, ct);
        Minutes = settings?.OutputCacheMinutes?.ToString(CultureInfo.InvariantCulture) ?? "";
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        Minutes = Request.Form["Minutes"].ToString().Trim();
        int? minutes = null;
        if (Minutes.Length > 0)
        {
            if (int.TryParse(Minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= PageCacheSettings.MaxMinutes) minutes = value;
            else Error = T["CacheBadMinutes", PageCacheSettings.MaxMinutes];
        }
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var before = (await documents.GetAsync<PageCacheSettings>(PageCacheSettings.DocumentName, ct))?.OutputCacheMinutes;
        if (before != minutes)
        {
            await documents.SaveAsync(PageCacheSettings.DocumentName, new PageCacheSettings { OutputCacheMinutes = minutes }, ct);
            duration.Changed(minutes);
            // Pages cached for the old duration would otherwise outlive a shorter one (or "off").
            await pages.ClearAsync();
            await audit.RecordAsync(new AuditEvent(AuditCategories.Settings, AuditActions.Changed)
            {
                SubjectType = "Settings", SubjectId = PageCacheSettings.DocumentName, SubjectTitle = T["CacheSettings"],
                Summary = "cache.outputCacheMinutes",
                Details = new JsonObject { ["cache.outputCacheMinutes"] = new JsonObject { ["before"] = before, ["after"] = minutes } },
            }, ct);
        }
        TempData["AdminMessage"] = T["SiteSettingsSaved"];
        return Redirect("/admin/settings/cache");
    }

    public async Task<IActionResult> OnPostClearAsync()
    {
        await pages.ClearAsync();
        TempData["AdminMessage"] = T["CacheCleared"];
        return Redirect("/admin/settings/cache");
    }
}
