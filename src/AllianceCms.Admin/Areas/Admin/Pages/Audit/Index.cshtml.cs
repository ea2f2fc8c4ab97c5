using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Audit;

/// <summary>The audit trail, newest first, filtered by actor, category, action, subject and dates, one page at a time.</summary>
[RequirePermission(AdminPermissions.ViewAuditTrail)]
public sealed class AuditIndexModel(IAuditTrail trail, AdminText T) : PageModel
{
    public const int PageSize = 50;

    public AuditFilter Filter { get; private set; } = new();

    public int PageNumber { get; private set; } = 1;
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Filter = AuditFilter.FromQuery(Request.Query);
        var (query, errors) = Filter.Read(T);
        Errors = errors;
        // Wrong filters are said next to their fields; the list stays empty until they are right.
        if (query is null) return Page();
        if (Request.Query["p"] is { Count: > 0 } pageText)
        {
            if (!int.TryParse(pageText[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 1 || number > 1_000_000)
                return Infrastructure.AdminStatusResult.NotFound;
            PageNumber = number;
        }
        var page = await trail.QueryAsync(query, (PageNumber - 1) * PageSize, PageSize, ct);
        Entries = page.Entries;
        Total = page.Total;
        return Page();
    }

    public Dictionary<string, string> LinkTo(int page)
    {
        var values = Filter.RouteValues();
        if (page > 1) values["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    public string CategoryLabel(string category) => Label("AuditCategory_", category);
    public string ActionLabel(string action) => Label("AuditAction_", action);

    /// <summary>Modules may record categories and actions the admin has no words for: those show as they are.</summary>
    private string Label(string prefix, string name) => T[prefix + name] is var text && text != prefix + name ? text : name;
}
