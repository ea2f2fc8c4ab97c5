using AllianceCms.Admin.Security;
using AllianceCms.Display.Templating;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Templates;

/// <summary>Every template the site knows, where its effective version comes from, and which ones an administrator overrode.</summary>
[RequirePermission(AdminPermissions.ManageTemplates)]
public sealed class TemplatesIndexModel(TemplateInventory inventory) : PageModel
{
    public const int MaxFilterLength = 200;

    public IReadOnlyList<TemplateEntry> Templates { get; private set; } = [];
    public string Filter { get; private set; } = "";
    public int Total { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Filter = (q ?? "").Trim();
        if (Filter.Length > MaxFilterLength) Filter = Filter[..MaxFilterLength];
        var all = await inventory.ListAsync(ct);
        Total = all.Count;
        Templates = Filter.Length == 0 ? all : all.Where(t => t.Name.Contains(Filter, StringComparison.OrdinalIgnoreCase)).ToList();
    }
}
