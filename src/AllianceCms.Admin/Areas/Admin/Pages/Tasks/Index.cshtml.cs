using AllianceCms.Admin.Security;
using AllianceCms.Admin.Tasks;
using AllianceCms.Core.Content;
using AllianceCms.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Tasks;

/// <summary>The task inbox: the tasks of the user and their roles, by filter, with how many each filter holds.</summary>
[RequirePermission(TaskInbox.Permission)]
public sealed class IndexModel(TaskInbox inbox, IContentManager content) : PageModel
{
    public const int PageSize = 50;

    public static readonly UserTaskFilter[] Filters =
        [UserTaskFilter.Open, UserTaskFilter.Mine, UserTaskFilter.Unclaimed, UserTaskFilter.Overdue, UserTaskFilter.Decided, UserTaskFilter.All];

    public UserTaskFilter Filter { get; private set; } = UserTaskFilter.Open;
    public IReadOnlyDictionary<UserTaskFilter, int> Counts { get; private set; } = new Dictionary<UserTaskFilter, int>();
    public IReadOnlyList<UserTask> Tasks { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Subjects { get; private set; } = new Dictionary<string, string>();
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? filter, CancellationToken ct)
    {
        if (filter is not null)
        {
            if (!Enum.TryParse<UserTaskFilter>(filter, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(filter, out _))
                return Infrastructure.AdminStatusResult.NotFound;
            Filter = parsed;
        }
        Now = inbox.Now;
        var counts = new Dictionary<UserTaskFilter, int>();
        foreach (var f in Filters) counts[f] = await inbox.Store.CountAsync(inbox.QueryFor(User, f), ct);
        Counts = counts;
        Tasks = await inbox.Store.ListAsync(inbox.QueryFor(User, Filter), 0, PageSize, ct);
        Names = await inbox.NamesAsync(Tasks.SelectMany(t => t.AssigneeUserIds.Append(t.ClaimedBy).Append(t.DecidedBy)), ct);
        var subjects = new Dictionary<string, string>();
        foreach (var id in Tasks.Select(t => t.SubjectContentItemId).OfType<string>().Distinct())
            if (await content.GetAsync(id, VersionOptions.Latest, ct) is { } item) subjects[id] = item.DisplayText;
        Subjects = subjects;
        return Page();
    }

    public string NameOf(string? id) => id is null ? "" : Names.GetValueOrDefault(id, id);
}
