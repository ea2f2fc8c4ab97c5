using System.Globalization;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
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

/// <summary>The items of one type: search by title, filter by status and language, sort, numbered pages.</summary>
public sealed class ListModel(IContentDefinitionStore definitions, IContentQueryService queries, IOptions<CultureOptions> cultures, AdminText text) : PageModel
{
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
        ViewData["NavType"] = model.Name;

        Status = Statuses.Contains(Status) ? Status : "all";
        Sort = Sorts.Contains(Sort) ? Sort : Status == "published" ? "published" : "modified";
        Direction = Direction is "asc" or "desc" ? Direction : Sort == "title" ? "asc" : "desc";
        Culture = cultures.Value.IsSupported(Culture) ? Culture : null;
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim()[..Math.Min(Search.Trim().Length, MaxSearchLength)];
        PageNumber = Math.Max(1, PageNumber);

        var query = new ContentQuery
        {
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
        return values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
    }

    /// <summary>A column header's link: sorts by it, or reverses the order when it already sorts by it.</summary>
    public Dictionary<string, string> SortLink(string sort) =>
        RouteWith(sort, Sort == sort ? (Direction == "asc" ? "desc" : "asc") : sort == SortByTitle ? "asc" : "desc");

    public string? AriaSort(string sort) => Sort == sort ? (Direction == "asc" ? "ascending" : "descending") : null;

    public string StatusOf(ContentItem item) =>
        item.IsDeleted ? "deleted" : item.Published ? "published" : "draft";
}
