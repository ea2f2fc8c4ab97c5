using System.Globalization;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages;

/// <summary>The dashboard: how many items of each type, the latest drafts and what was published lately.</summary>
public sealed class IndexModel(IContentDefinitionStore definitions, IContentQueryService queries, AllianceCms.Admin.Tasks.TaskInbox inbox,
    AllianceCms.Admin.Content.Translations.TranslationStatus translations) : PageModel
{
    public const int RecentCount = 10;

    public sealed record TypeCount(string TypeName, string Label, int Published, int Drafts, bool OwnOnly);

    public sealed record RecentItem(ContentItem Item, string TypeLabel);

    public IReadOnlyList<TypeCount> Counts { get; private set; } = [];
    public IReadOnlyList<RecentItem> RecentDrafts { get; private set; } = [];
    public IReadOnlyList<RecentItem> RecentlyPublished { get; private set; } = [];

    /// <summary>Null when the user has no task inbox; else how many open tasks are theirs (or their roles') and the first of them.</summary>
    public int? OpenTaskCount { get; private set; }
    public IReadOnlyList<AllianceCms.Workflows.Tasks.UserTask> OpenTasks { get; private set; } = [];

    /// <summary>How many translations are missing or out of date in the types the user reads; null when none is localizable.</summary>
    public int? TranslationsToDo { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var permissions = User.Permissions();
        var types = permissions.ListableTypes(await definitions.GetSnapshotAsync(ct));
        var labels = types.ToDictionary(t => t.Name, t => AdminShell.TypeLabel(t, culture));
        var all = types.Where(t => permissions.Reach(ContentActions.View, t) == ContentReach.All).Select(t => t.Name).ToList();
        var own = types.Where(t => permissions.Reach(ContentActions.View, t) == ContentReach.Own).Select(t => t.Name).ToList();
        var userId = User.UserId();
        if (permissions.Has(AllianceCms.Admin.Tasks.TaskInbox.Permission))
        {
            var query = inbox.QueryFor(User, AllianceCms.Workflows.Tasks.UserTaskFilter.Open) with { AllUsers = false };
            OpenTaskCount = await inbox.Store.CountAsync(query, ct);
            OpenTasks = await inbox.Store.ListAsync(query, 0, RecentCount, ct);
        }

        var counts = new List<TypeCount>();
        foreach (var type in types)
        {
            var ownOnly = own.Contains(type.Name);
            var owner = ownOnly ? userId : null;
            counts.Add(new TypeCount(type.Name, labels[type.Name],
                await queries.CountAsync(new ContentQuery { Types = [type.Name], Status = ContentStatus.Published, Owner = owner }, ct),
                await queries.CountAsync(new ContentQuery { Types = [type.Name], Status = ContentStatus.DraftOnly, Owner = owner }, ct),
                ownOnly));
        }
        if (types.Any(t => t.Settings.Localizable))
            TranslationsToDo = (await translations.ListAsync(User, null, null, ct)).Count;
        Counts = counts.OrderBy(c => c.Label, StringComparer.Create(CultureInfo.CurrentCulture, true)).ToList();

        RecentDrafts = await RecentAsync(all, own, userId, ContentStatus.DraftOnly, ContentSortKey.ModifiedUtc, labels, ct);
        RecentlyPublished = await RecentAsync(all, own, userId, ContentStatus.Published, ContentSortKey.PublishedUtc, labels, ct);
    }

    /// <summary>The newest items of the types the user sees entirely, and of those where they see only their own.</summary>
    private async Task<IReadOnlyList<RecentItem>> RecentAsync(List<string> all, List<string> own, string? userId,
        ContentStatus status, ContentSortKey sort, Dictionary<string, string> labels, CancellationToken ct)
    {
        var items = new List<ContentItem>();
        if (all.Count > 0)
            items.AddRange((await queries.QueryAsync(new ContentQuery { Types = all, Status = status, SortBy = sort, PageSize = RecentCount, IncludeTotal = false }, ct)).Items);
        if (own.Count > 0 && userId is not null)
            items.AddRange((await queries.QueryAsync(new ContentQuery { Types = own, Owner = userId, Status = status, SortBy = sort, PageSize = RecentCount, IncludeTotal = false }, ct)).Items);
        Func<ContentItem, DateTime> key = sort == ContentSortKey.PublishedUtc ? i => i.PublishedUtc ?? i.ModifiedUtc : i => i.ModifiedUtc;
        return items.OrderByDescending(key).Take(RecentCount).Select(i => new RecentItem(i, labels.GetValueOrDefault(i.ContentType, i.ContentType))).ToList();
    }
}
