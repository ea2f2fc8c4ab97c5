using System.Globalization;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Areas.Admin.Pages.Content;

/// <summary>
/// What the searchable content picker lists (JSON): items of the asked types whose title contains the
/// words typed, latest versions, in a culture — only types the user may read, and only their own
/// items where that is all they may read.
/// </summary>
public sealed class PickerModel(IContentQueryService queries, IContentDefinitionStore definitions, IOptions<CultureOptions> cultures) : PageModel
{
    public const int MaxResults = 20;
    public const int MaxQueryLength = 100;

    public sealed record PickerItem(string Id, string Title, string Type, string TypeLabel, string Culture);

    public async Task<IActionResult> OnGetAsync(string? types, string? q, string? culture, CancellationToken ct)
    {
        var ui = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var permissions = User.Permissions();
        var asked = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var readable = permissions.ListableTypes(await definitions.GetSnapshotAsync(ct))
            .Where(t => asked.Count == 0 || asked.Contains(t.Name)).ToList();
        var search = (q ?? "").Trim();
        if (search.Length > MaxQueryLength) search = search[..MaxQueryLength];
        var inCulture = cultures.Value.IsSupported(culture) ? culture!.ToLowerInvariant() : null;

        var found = new List<PickerItem>();
        foreach (var group in readable.GroupBy(t => permissions.Reach(ContentActions.View, t)))
        {
            var page = await queries.QueryAsync(new ContentQuery
            {
                Types = group.Select(t => t.Name).ToList(),
                Owner = group.Key == ContentReach.Own ? User.UserId() ?? "" : null,
                Culture = inCulture,
                Status = ContentStatus.Latest,
                DisplayTextContains = search.Length == 0 ? null : search,
                SortBy = ContentSortKey.DisplayText,
                Descending = false,
                PageSize = MaxResults,
                IncludeTotal = false,
            }, ct);
            var labels = group.ToDictionary(t => t.Name, t => AdminShell.TypeLabel(t, ui));
            found.AddRange(page.Items.Select(i => new PickerItem(i.ContentItemId, i.DisplayText, i.ContentType, labels[i.ContentType], i.Culture)));
        }
        var items = found.OrderBy(i => i.Title, StringComparer.Create(CultureInfo.CurrentCulture, true)).Take(MaxResults).ToList();
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { items });
    }
}
