using System.Globalization;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;

namespace AllianceCms.Admin.Menus;

/// <summary>An item a menu entry may point to, as the editor's picker lists it.</summary>
public sealed record MenuTargetOption(string Id, string Title, string TypeLabel, string Culture);

/// <summary>What an entry's item is now: published (shown on the site), a draft only, or gone.</summary>
public enum MenuTargetState { Published, NotPublished, Deleted }

/// <summary>
/// The items menus can point to (routable public types, in the menu's culture, for the editor's list
/// that works without JavaScript) and the state of the items entries point to.
/// </summary>
public sealed class MenuTargets(IContentQueryService queries, IContentManager content, IContentDefinitionStore definitions)
{
    public const int MaxOptions = 300;

    public async Task<IReadOnlyList<ContentTypeModel>> TypesAsync(CancellationToken ct) =>
        (await definitions.GetSnapshotAsync(ct)).Types.Where(t => t.Settings is { Routable: true, Private: false }).ToList();

    public async Task<IReadOnlyList<MenuTargetOption>> OptionsAsync(string culture, IEnumerable<string> chosen, CancellationToken ct)
    {
        var types = await TypesAsync(ct);
        var ui = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var labels = types.ToDictionary(t => t.Name, t => AdminShell.TypeLabel(t, ui));
        var options = new List<MenuTargetOption>();
        if (types.Count > 0)
        {
            var page = await queries.QueryAsync(new ContentQuery
            {
                Types = types.Select(t => t.Name).ToList(), Culture = culture, Status = ContentStatus.Latest,
                SortBy = ContentSortKey.DisplayText, Descending = false, PageSize = Math.Min(MaxOptions, ContentQuery.MaxPageSize), IncludeTotal = false,
            }, ct);
            options.AddRange(page.Items.Select(i => new MenuTargetOption(i.ContentItemId, i.DisplayText, labels[i.ContentType], i.Culture)));
        }
        // Items already chosen stay selectable, whatever their culture or rank.
        foreach (var id in chosen.Where(id => id.Length > 0 && options.All(o => o.Id != id)).Distinct())
        {
            if (await content.GetAsync(id, VersionOptions.Latest, ct) is { } item && labels.TryGetValue(item.ContentType, out var label))
                options.Add(new MenuTargetOption(item.ContentItemId, item.DisplayText, label, item.Culture));
        }
        return options;
    }

    public async Task<MenuTargetState> StateAsync(string id, CancellationToken ct) =>
        await content.GetAsync(id, VersionOptions.Published, ct) is not null ? MenuTargetState.Published
        : await content.GetAsync(id, VersionOptions.Latest, ct) is not null ? MenuTargetState.NotPublished
        : MenuTargetState.Deleted;
}
