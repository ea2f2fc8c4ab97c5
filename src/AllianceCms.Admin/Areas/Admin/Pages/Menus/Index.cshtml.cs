using AllianceCms.Admin.Security;
using AllianceCms.Core.Menus;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Menus;

/// <summary>The site's menus (the main navigation, the footer, those modules or recipes declare) and their entries per language.</summary>
[RequirePermission(AdminPermissions.ManageSettings)]
public sealed class MenusIndexModel(MenuStore store) : PageModel
{
    public sealed record MenuSummary(string Name, IReadOnlyDictionary<string, int?> Entries);

    public IReadOnlyList<string> Cultures => store.Cultures;
    public IReadOnlyList<MenuSummary> Menus { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var stored = await store.ListAsync(ct);
        Menus = (await store.NamesAsync(ct)).Select(name => new MenuSummary(name, Cultures.ToDictionary(c => c,
            c => stored.GetValueOrDefault(name)?.Cultures.GetValueOrDefault(c)?.Count))).ToList();
    }
}
