namespace AllianceCms.Workflows.Tasks;

/// <summary>The task inbox's storage.</summary>
public interface IUserTaskStore
{
    /// <summary>Stores a new task, or returns the one already stored under the same key.</summary>
    Task<UserTask> CreateAsync(UserTask task, CancellationToken ct = default);

    Task<UserTask?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>
    /// Marks an open task decided, atomically: of two decisions at once, one wins and the other
    /// gets false. Nothing else changes when it returns false.
    /// </summary>
    Task<bool> TryDecideAsync(string id, string outcome, string userId, DateTime utc, CancellationToken ct = default);
}
