using System.Globalization;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Areas.Admin.Pages.Content;

/// <summary>The items of one type: search by title, filter by status and language, sort, numbered pages.</summary>
public sealed class ListModel(IContentDefinitionStore definitions, IContentQueryService queries, IOptions<CultureOptions> cultures, AdminText text,
    IContentManager content, IAuthorizationService authorization) : PageModel
{
    /// <summary>Most items one bulk action handles, so that a request stays short.</summary>
    public const int MaxBulkItems = 100;
    public static IReadOnlyList<string> BulkActions { get; } = ["publish", "unpublish", "delete"];

    /// <summary>Whether the user may publish or delete some items of the type: the list then has checkboxes.</summary>
    public bool CanBulk { get; private set; }

    /// <summary>A filter on an indexed field ("f.Part.Field" in the query string) with its choices in the admin's language.</summary>
    public sealed record FieldFilterView(string Path, string Label, IReadOnlyList<(string Value, string Label)> Options, string? Selected)
    {
        public string QueryName => FilterPrefix + Path;
        public string Id => "filter-" + Path.Replace('.', '-');
    }

    public const string FilterPrefix = "f.";
    public IReadOnlyList<FieldFilterView> FieldFilters { get; private set; } = [];

    public const int PageSize = 25;
    public const int MaxSearchLength = 200;

    public static IReadOnlyList<string> Statuses { get; } = ["all", "published", "draft", "deleted"];
    public const string SortByModified = "modified";
    public const string SortByTitle = "title";
    public static IReadOnlyList<string> Sorts { get; } = [SortByModified, SortByTitle, "published", "created"];

    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "culture")] public string? Culture { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Direction { get; set; }

    /// <summary>The page number, as "p": "page" is the route value naming the Razor page.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public ContentTypeModel Type { get; private set; } = null!;
    public string TypeLabel { get; private set; } = "";
    public string TitleLabel { get; private set; } = "";
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool OwnOnly { get; private set; }
    public bool CanCreate { get; private set; }
    public IReadOnlyList<string> Cultures => cultures.Value.Supported;

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken ct)
    {
        var model = (await definitions.GetSnapshotAsync(ct)).Find(type);
        if (model is null || !model.Settings.Listable) return AdminStatusResult.NotFound;
        var permissions = User.Permissions();
        var reach = permissions.Reach(ContentActions.View, model);
        if (reach == ContentReach.None) return AdminStatusResult.Forbidden;

        Type = model;
        var uiCulture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        TypeLabel = AdminShell.TypeLabel(model, uiCulture);
        TitleLabel = model.Settings.TitleLabel?.For(uiCulture) is { Length: > 0 } title ? title : text["Title"];
        OwnOnly = reach == ContentReach.Own;
        CanCreate = model.Settings.Creatable && permissions.Can(ContentActions.Edit, model, isOwner: true);
        CanBulk = MayBulk(permissions, model);
        ViewData["NavType"] = model.Name;

        Status = Statuses.Contains(Status) ? Status : "all";
        Sort = Sorts.Contains(Sort) ? Sort : Status == "published" ? "published" : "modified";
        Direction = Direction is "asc" or "desc" ? Direction : Sort == "title" ? "asc" : "desc";
        Culture = cultures.Value.IsSupported(Culture) ? Culture : null;
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim()[..Math.Min(Search.Trim().Length, MaxSearchLength)];
        PageNumber = Math.Max(1, PageNumber);

        FieldFilters = await FieldFiltersAsync(model, uiCulture, ct);
        var query = new ContentQuery
        {
            Filters = FieldFilters.Where(f => f.Selected is not null).Select(f => new FieldFilter(f.Path, FilterOperator.Equals, f.Selected!)).ToList(),
            Types = [model.Name],
            Status = Status switch { "published" => ContentStatus.Published, "draft" => ContentStatus.DraftOnly, "deleted" => ContentStatus.Deleted, _ => ContentStatus.Latest },
            Culture = Culture,
            Owner = OwnOnly ? User.UserId() ?? "" : null,
            DisplayTextContains = Search,
            SortBy = Sort switch { "title" => ContentSortKey.DisplayText, "published" => ContentSortKey.PublishedUtc, "created" => ContentSortKey.CreatedUtc, _ => ContentSortKey.ModifiedUtc },
            Descending = Direction == "desc",
            PageSize = PageSize,
            Skip = (PageNumber - 1) * PageSize,
        };
        var page = await queries.QueryAsync(query, ct);
        Items = page.Items;
        Total = page.TotalCount ?? page.Items.Count;
        if (PageNumber > PageCount && Total > 0) return AdminStatusResult.NotFound;
        return Page();
    }

    /// <summary>
    /// The type's indexed choice, yes/no and reference fields as filters. A reference is filtered on the
    /// target's localization set, so one choice finds the items pointing at any language of it. An
    /// unknown value in the query string is ignored rather than refused.
    /// </summary>
    private async Task<IReadOnlyList<FieldFilterView>> FieldFiltersAsync(ContentTypeModel model, string uiCulture, CancellationToken ct)
    {
        var filters = new List<FieldFilterView>();
        foreach (var (part, field) in model.Fields.Where(f => f.Field.Settings.Indexed && !f.Field.Settings.Private))
        {
            var path = $"{part.Name}.{field.Name}";
            var label = field.Label.For(uiCulture) is { Length: > 0 } l ? l : field.Name;
            IReadOnlyList<(string Value, string Label)>? options = field.Kind switch
            {
                FieldKinds.Choice => (field.Settings.Choices ?? []).Select(c => (c.Value, c.Label.For(uiCulture) is { Length: > 0 } cl ? cl : c.Value)).ToList(),
                FieldKinds.Boolean => [("true", text["Yes"]), ("false", text["No"])],
                FieldKinds.ContentReference when field.Settings.AllowedTypes is { Count: > 0 } types => await TargetsAsync(types, uiCulture, ct),
                _ => null,
            };
            if (options is null || options.Count == 0) continue;
            var posted = Request.Query[FilterPrefix + path].ToString();
            filters.Add(new FieldFilterView(path, label, options, options.Any(o => o.Value == posted) ? posted : null));
        }
        return filters;
    }

    /// <summary>The items a reference may point at, one per localization set, titled in the admin's language when there is such a variant.</summary>
    private async Task<IReadOnlyList<(string Value, string Label)>> TargetsAsync(IReadOnlyList<string> types, string uiCulture, CancellationToken ct)
    {
        var page = await queries.QueryAsync(new ContentQuery
        {
            Types = types, Status = ContentStatus.Latest, SortBy = ContentSortKey.DisplayText, Descending = false,
            PageSize = ContentQuery.MaxPageSize, IncludeTotal = false,
        }, ct);
        return page.Items.GroupBy(i => i.LocalizationSet)
            .Select(g => g.FirstOrDefault(i => i.Culture == uiCulture) ?? g.First())
            .Select(i => (i.LocalizationSet, i.DisplayText))
            .OrderBy(o => o.DisplayText, StringComparer.Create(CultureInfo.CurrentCulture, true))
            .ToList();
    }

    /// <summary>
    /// Publishes, unpublishes or deletes the checked items, each one checked against the user's rights on
    /// it, then comes back to the list with a summary of what happened to how many.
    /// </summary>
    public async Task<IActionResult> OnPostBulkAsync(string type, CancellationToken ct)
    {
        var model = (await definitions.GetSnapshotAsync(ct)).Find(type);
        if (model is null || !model.Settings.Listable) return AdminStatusResult.NotFound;
        var permissions = User.Permissions();
        if (permissions.Reach(ContentActions.View, model) == ContentReach.None || !MayBulk(permissions, model)) return AdminStatusResult.Forbidden;

        var action = Request.Form["action"].ToString();
        var ids = Request.Form["ids"].Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!).Distinct(StringComparer.Ordinal).Take(MaxBulkItems).ToList();
        if (!BulkActions.Contains(action) || ids.Count == 0)
        {
            TempData["AdminMessage"] = text["BulkNothing"];
            return RedirectToList(model);
        }

        int done = 0, refused = 0, skipped = 0;
        var requirement = action == "delete" ? ContentRequirement.Delete : ContentRequirement.Publish;
        foreach (var id in ids)
        {
            var item = await content.GetAsync(id, VersionOptions.Latest, ct);
            if (item is null || item.ContentType != model.Name || item.IsDeleted) { skipped++; continue; }
            if (!(await authorization.AuthorizeAsync(User, new ContentResource(model, item.Owner), requirement)).Succeeded) { refused++; continue; }
            var result = action switch
            {
                "publish" => item.Published ? null : await content.PublishAsync(id, ct),
                "unpublish" => !model.Settings.Draftable ? null : await content.UnpublishAsync(id, ct),
                _ => await content.DeleteAsync(id, ct),
            };
            if (result?.Succeeded == true) done++; else skipped++;
        }
        TempData["AdminMessage"] = text["BulkDone_" + action, done, refused, skipped];
        return RedirectToList(model);
    }

    private IActionResult RedirectToList(ContentTypeModel model)
    {
        // Back to the list the editor was looking at: its filters travel in the form as the return query.
        var back = Request.Form["returnQuery"].ToString();
        var query = back.StartsWith('?') && !back.Contains("//", StringComparison.Ordinal) ? back : "";
        return LocalRedirect($"/admin/content/{Uri.EscapeDataString(model.Name)}{query}");
    }

    private static bool MayBulk(PermissionSet permissions, ContentTypeModel model) =>
        (model.Settings.Draftable && permissions.Reach(ContentActions.Publish, model) != ContentReach.None)
        || permissions.Reach(ContentActions.Delete, model) != ContentReach.None;

    /// <summary>The query string of this list with some values changed, for sort and page links.</summary>
    public Dictionary<string, string> RouteWith(string? sort = null, string? dir = null, int? page = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["type"] = Type.Name,
            ["q"] = Search,
            ["status"] = Status == "all" ? null : Status,
            ["culture"] = Culture,
            ["sort"] = sort ?? Sort,
            ["dir"] = dir ?? Direction,
            ["p"] = page is null or 1 ? null : page.Value.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var filter in FieldFilters.Where(f => f.Selected is not null)) values[filter.QueryName] = filter.Selected;
        return values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
    }

    /// <summary>A column header's link: sorts by it, or reverses the order when it already sorts by it.</summary>
    public Dictionary<string, string> SortLink(string sort) =>
        RouteWith(sort, Sort == sort ? (Direction == "asc" ? "desc" : "asc") : sort == SortByTitle ? "asc" : "desc");

    public string? AriaSort(string sort) => Sort == sort ? (Direction == "asc" ? "ascending" : "descending") : null;

    public string StatusOf(ContentItem item) =>
        item.IsDeleted ? "deleted" : item.Published ? "published" : "draft";
}
