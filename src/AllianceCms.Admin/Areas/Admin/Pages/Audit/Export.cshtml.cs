using System.Text;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Audit;

/// <summary>The entries the audit page's filters select, as a CSV file (all of them, not one page).</summary>
[RequirePermission(AdminPermissions.ViewAuditTrail)]
public sealed class AuditExportModel(IAuditTrail trail, AdminText T, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filter = AuditFilter.FromQuery(Request.Query);
        var (query, _) = filter.Read(T);
        // Not a file: the audit page with the same filters says what is wrong with them.
        if (query is null) return LocalRedirect("/admin/audit" + Request.QueryString);
        var name = $"audit-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        // UTF-8 with a byte order mark, so that spreadsheets read accents right.
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await AuditCsv.WriteAsync(writer, trail.StreamAsync(query, ct), ct);
        return new EmptyResult();
    }
}
