using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Workflows;
using AllianceCms.Workflows.Runtime;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Workflows;

/// <summary>Workflow instances, filtered by definition and status, a page at a time.</summary>
[RequirePermission(WorkflowAdmin.Permission)]
public sealed class WorkflowInstancesModel(WorkflowAdminQueries queries) : PageModel
{
    public string? Definition { get; private set; }
    public WorkflowStatus? Status { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public int Total { get; private set; }
    public IReadOnlyList<WorkflowInstance> Instances { get; private set; } = [];
    public IReadOnlyList<string> DefinitionIds { get; private set; } = [];

    /// <param name="p">The page number ("page" is the route value naming the Razor page).</param>
    public async Task<IActionResult> OnGetAsync(string? definition, string? status, int? p, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(status))
        {
            if (WorkflowAdmin.ParseStatus(status) is not { } parsed) return AdminStatusResult.NotFound;
            Status = parsed;
        }
        Definition = string.IsNullOrWhiteSpace(definition) ? null : definition.Trim();
        PageNumber = Math.Max(p ?? 1, 1);
        DefinitionIds = await queries.DefinitionIdsAsync(ct);
        var result = await queries.InstancesAsync(Definition, Status, PageNumber, ct);
        Total = result.Total;
        PageCount = Math.Max(1, (Total + WorkflowAdmin.PageSize - 1) / WorkflowAdmin.PageSize);
        if (PageNumber > PageCount) return AdminStatusResult.NotFound;
        Instances = result.Instances;
        return Page();
    }

    /// <summary>This list's URL with its filters, on another page.</summary>
    public string PageUrl(int page)
    {
        var query = new QueryBuilder();
        if (Definition is not null) query.Add("definition", Definition);
        if (Status is { } status) query.Add("status", status.ToString().ToLowerInvariant());
        if (page > 1) query.Add("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/admin/workflows/instances" + query.ToQueryString();
    }
}
