using System.Text.Json.Nodes;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Settings;
using AllianceCms.Display.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Areas.Admin.Pages.Settings;

/// <summary>
/// The site's settings an administrator edits here: its name per culture and how administrators sign in
/// (audited); the cultures, fixed by the configuration; and links to the other settings pages.
/// </summary>
[RequirePermission(AdminPermissions.ManageSettings)]
public sealed class SettingsModel(IDocumentStore documents, IOptions<CultureOptions> cultures, IEnumerable<ISettingsSection> sections, PageCache pages, IAuditTrail audit, AdminText T) : PageModel
{
    public const int MaxSiteNameLength = 200;

    public IReadOnlyList<string> Cultures => cultures.Value.Supported;
    public string DefaultCulture => cultures.Value.Default;

    /// <summary>The modules' settings sections, edited on pages of their own.</summary>
    public IEnumerable<ISettingsSection> Sections => sections;
    public Dictionary<string, string> SiteName { get; private set; } = [];
    public bool RequireTwoFactor { get; private set; }
    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentName, ct) ?? new SiteSettings();
        SiteName = Cultures.ToDictionary(c => c, c => settings.SiteName.TryGetValue(c, out var name) ? name : "");
        RequireTwoFactor = (await TwoFactorPolicy.GetAsync(documents, ct)).RequireForAdministrators;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        SiteName = Cultures.ToDictionary(c => c, c => Request.Form[$"SiteName.{c}"].ToString().Trim());
        RequireTwoFactor = Request.Form["RequireTwoFactor"] == "true";
        foreach (var (culture, name) in SiteName)
        {
            if (name.Length == 0) Errors[culture] = T["UserFieldRequired"];
            else if (name.Length > MaxSiteNameLength) Errors[culture] = T["TextTooLong", MaxSiteNameLength];
        }
        if (Errors.Count > 0) return Page();

        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentName, ct) ?? new SiteSettings();
        var policy = await TwoFactorPolicy.GetAsync(documents, ct);
        var changes = new JsonObject();
        foreach (var (culture, name) in SiteName)
        {
            var old = settings.SiteName.TryGetValue(culture, out var o) ? o : null;
            if (old != name) changes[$"siteName.{culture}"] = new JsonObject { ["before"] = old, ["after"] = name };
            settings.SiteName[culture] = name;
        }
        if (policy.RequireForAdministrators != RequireTwoFactor)
            changes["requireTwoFactorForAdministrators"] = new JsonObject { ["before"] = policy.RequireForAdministrators, ["after"] = RequireTwoFactor };
        policy.RequireForAdministrators = RequireTwoFactor;
        if (changes.Count > 0)
        {
            await documents.SaveAsync(SiteSettings.DocumentName, settings, ct);
            await documents.SaveAsync(TwoFactorPolicy.DocumentName, policy, ct);
            // Every public page shows the site's name.
            if (changes.Any(c => c.Key.StartsWith("siteName.", StringComparison.Ordinal))) await pages.ClearAsync();
            await audit.RecordAsync(new AuditEvent(AuditCategories.Settings, AuditActions.Changed)
            {
                SubjectType = "Settings", SubjectId = SiteSettings.DocumentName, SubjectTitle = T["Settings"],
                Summary = string.Join(", ", changes.Select(c => c.Key)), Details = changes,
            }, ct);
        }
        TempData["AdminMessage"] = T["SiteSettingsSaved"];
        return Redirect("/admin/settings");
    }
}
