namespace AllianceCms.Workflows.Tasks;

/// <summary>The task inbox's storage.</summary>
public interface IUserTaskStore
{
    /// <summary>Stores a new task, or returns the one already stored under the same key.</summary>
    Task<UserTask> CreateAsync(UserTask task, CancellationToken ct = default);

    Task<UserTask?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>
    /// Marks an open task decided, atomically: of two decisions at once, one wins and the other
    /// gets false. A user the task excludes from deciding gets false too. Nothing else changes when it returns false.
    /// </summary>
    Task<bool> TryDecideAsync(string id, string outcome, string userId, DateTime utc, CancellationToken ct = default);

    /// <summary>The tasks a user sees (assigned to them, to one of their roles, or claimed by them), newest first.</summary>
    Task<IReadOnlyList<UserTask>> ListAsync(UserTaskQuery query, int skip, int take, CancellationToken ct = default);

    Task<int> CountAsync(UserTaskQuery query, CancellationToken ct = default);

    /// <summary>Claims an open task, atomically: only when nobody has claimed it (true as well when the user already has).</summary>
    Task<bool> TryClaimAsync(string id, string userId, DateTime utc, CancellationToken ct = default);

    /// <summary>Releases an open task, atomically: only when the user has claimed it.</summary>
    Task<bool> TryReleaseAsync(string id, string userId, DateTime utc, CancellationToken ct = default);

    /// <summary>Gives an open task to these users instead of its assignees (and drops the claim). False when no longer open.</summary>
    Task<bool> TryReassignAsync(string id, IReadOnlyList<string> userIds, string byUserId, DateTime utc, CancellationToken ct = default);

    /// <summary>Adds users to an open task's assignees (keeping the others), recording <paramref name="kind"/> in its history. False when no longer open.</summary>
    Task<bool> TryAddAssigneesAsync(string id, IReadOnlyList<string> userIds, string kind, DateTime utc, CancellationToken ct = default);

    /// <summary>Records something that happened to the task (e.g. a reminder sent) without changing it.</summary>
    Task AddEventAsync(string id, string kind, string? userId, DateTime utc, string? text, CancellationToken ct = default);

    Task AddCommentAsync(string id, string userId, string text, DateTime utc, CancellationToken ct = default);

    /// <summary>What happened to the task, oldest first (comments included).</summary>
    Task<IReadOnlyList<UserTaskEvent>> GetHistoryAsync(string id, CancellationToken ct = default);
}

public enum UserTaskFilter
{
    /// <summary>Every task the user sees, whatever its status.</summary>
    All,
    /// <summary>Open, assigned to the user themselves or claimed by them.</summary>
    Mine,
    /// <summary>Open and claimed by nobody.</summary>
    Unclaimed,
    /// <summary>Open and past its due time.</summary>
    Overdue,
    Open,
    Decided,
}

/// <summary>
/// Whose inbox and which part of it. <paramref name="AllUsers"/> (administrators) sees every task
/// instead of only those assigned to <paramref name="UserId"/> or its <paramref name="Roles"/>.
/// </summary>
public sealed record UserTaskQuery(string UserId, IReadOnlyCollection<string> Roles, UserTaskFilter Filter, DateTime NowUtc, bool AllUsers = false);

/// <summary>Kinds of <see cref="UserTaskEvent"/>.</summary>
public static class UserTaskEventKinds
{
    public const string Created = "created";
    public const string Claimed = "claimed";
    public const string Released = "released";
    public const string Reassigned = "reassigned";
    public const string Commented = "commented";
    public const string Decided = "decided";

    /// <summary>The assignees were reminded (Text: who, comma-separated ids).</summary>
    public const string Reminded = "reminded";

    /// <summary>The task was escalated (Text: the users added, comma-separated ids).</summary>
    public const string Escalated = "escalated";
}

/// <summary>One line of a task's history. Text is the comment, the outcome or the new assignees (comma-separated ids).</summary>
public sealed record UserTaskEvent(string Kind, string? UserId, DateTime Utc, string? Text);
