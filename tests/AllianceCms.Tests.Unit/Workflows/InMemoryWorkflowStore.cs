using System.Text.Json;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;

namespace AllianceCms.Tests.Unit.Workflows;

/// <summary>Stores workflows as JSON in memory, with the same revision and lease rules as the database store.</summary>
public sealed class InMemoryWorkflowStore : IWorkflowStore, IUserTaskStore
{
    private readonly List<string> _definitions = [];
    private readonly Dictionary<string, string> _instances = [];
    private readonly Dictionary<(string, string), (string Owner, DateTime Until)> _leases = [];
    private readonly Dictionary<string, UserTask> _tasks = [];

    public int Saves { get; private set; }

    public Task<IReadOnlyList<WorkflowDefinition>> GetLatestDefinitionsAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<WorkflowDefinition>>(Definitions().GroupBy(d => d.Id).Select(g => g.MaxBy(d => d.Version)!).ToList());

    public Task<WorkflowDefinition?> GetDefinitionAsync(string id, int? version = null, CancellationToken ct = default) =>
        Task.FromResult(Definitions().Where(d => d.Id == id && (version is null || d.Version == version)).MaxBy(d => d.Version));

    public Task<IReadOnlyList<WorkflowDefinition>> GetDefinitionVersionsAsync(string id, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<WorkflowDefinition>>(Definitions().Where(d => d.Id == id).ToList());

    public Task SaveDefinitionAsync(WorkflowDefinition definition, CancellationToken ct = default)
    {
        definition.Version = Definitions().Where(d => d.Id == definition.Id).Select(d => d.Version).DefaultIfEmpty(0).Max() + 1;
        _definitions.Add(JsonSerializer.Serialize(definition));
        return Task.CompletedTask;
    }

    public Task<WorkflowInstance?> GetInstanceAsync(string id, CancellationToken ct = default) =>
        Task.FromResult(_instances.TryGetValue(id, out var json) ? JsonSerializer.Deserialize<WorkflowInstance>(json) : null);

    public Task SaveInstanceAsync(WorkflowInstance instance, CancellationToken ct = default)
    {
        if (_instances.TryGetValue(instance.Id, out var json) && JsonSerializer.Deserialize<WorkflowInstance>(json)!.Revision != instance.Revision)
            throw new WorkflowConcurrencyException(instance.Id);
        instance.Revision++;
        _instances[instance.Id] = JsonSerializer.Serialize(instance);
        Saves++;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<(string InstanceId, string ActivityId)>> FindWaitingAsync(string signal, string? key, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<(string, string)>>(Instances()
            .SelectMany(i => i.Waiting.Where(w => w.Signal == signal && (key is null || w.Key == key)).Select(w => (i.Id, w.ActivityId))).ToList());

    public Task<IReadOnlyList<(string InstanceId, string ActivityId)>> ClaimDueAsync(DateTime nowUtc, string owner, TimeSpan lease, CancellationToken ct = default)
    {
        var claimed = new List<(string, string)>();
        foreach (var instance in Instances())
        {
            foreach (var wait in instance.Waiting.Where(w => w.DueUtc <= nowUtc))
            {
                var key = (instance.Id, wait.ActivityId);
                if (_leases.TryGetValue(key, out var held) && held.Until > nowUtc && held.Owner != owner) continue;
                _leases[key] = (owner, nowUtc + lease);
                claimed.Add(key);
            }
        }
        return Task.FromResult<IReadOnlyList<(string, string)>>(claimed);
    }

    public Task<IReadOnlyList<WorkflowInstance>> ListInstancesAsync(WorkflowStatus? status, int skip, int take, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<WorkflowInstance>>(Instances().Where(i => status is null || i.Status == status).Skip(skip).Take(take).ToList());

    public Task<int> EraseByCorrelationAsync(string correlationId, CancellationToken ct = default)
    {
        var ids = Instances().Where(i => i.CorrelationId == correlationId).Select(i => i.Id).ToList();
        foreach (var id in ids) _instances.Remove(id, out _);
        lock (_taskLock)
        {
            foreach (var task in _tasks.Values.Where(t => ids.Contains(t.InstanceId)).ToList()) _tasks.Remove(task.Id, out _);
            _events.RemoveAll(e => !_tasks.ContainsKey(e.TaskId));
        }
        return Task.FromResult(ids.Count);
    }

    public Task<UserTask> CreateAsync(UserTask task, CancellationToken ct = default)
    {
        var existing = _tasks.Values.FirstOrDefault(t => t.Key == task.Key);
        if (existing is not null) return Task.FromResult(existing);
        _tasks[task.Id] = task;
        lock (_taskLock) _events.Add((task.Id, new UserTaskEvent(UserTaskEventKinds.Created, null, task.CreatedUtc, null)));
        return Task.FromResult(task);
    }

    public Task<UserTask?> GetAsync(string id, CancellationToken ct = default) => Task.FromResult(_tasks.GetValueOrDefault(id));

    public Task<bool> TryDecideAsync(string id, string outcome, string userId, DateTime utc, CancellationToken ct = default)
    {
        if (!_tasks.TryGetValue(id, out var task) || !task.MayBeDecidedBy(userId)) return Task.FromResult(false);
        task.Status = UserTaskStatus.Decided;
        task.Outcome = outcome;
        task.DecidedBy = userId;
        task.DecidedUtc = utc;
        lock (_taskLock) _events.Add((id, new UserTaskEvent(UserTaskEventKinds.Decided, userId, utc, outcome)));
        return Task.FromResult(true);
    }

    public IReadOnlyList<UserTask> Tasks => _tasks.Values.ToList();

    private readonly List<(string TaskId, UserTaskEvent Event)> _events = [];
    private readonly Lock _taskLock = new();

    public Task<IReadOnlyList<UserTask>> ListAsync(UserTaskQuery query, int skip, int take, CancellationToken ct = default)
    {
        lock (_taskLock)
            return Task.FromResult<IReadOnlyList<UserTask>>(_tasks.Values.Where(t => t.Matches(query))
                .OrderByDescending(t => t.CreatedUtc).ThenByDescending(t => t.Id).Skip(skip).Take(take).ToList());
    }

    public Task<int> CountAsync(UserTaskQuery query, CancellationToken ct = default)
    {
        lock (_taskLock) return Task.FromResult(_tasks.Values.Count(t => t.Matches(query)));
    }

    public Task<bool> TryClaimAsync(string id, string userId, DateTime utc, CancellationToken ct = default)
    {
        lock (_taskLock)
        {
            if (!_tasks.TryGetValue(id, out var task) || task.Status != UserTaskStatus.Open) return Task.FromResult(false);
            if (task.ClaimedBy is not null) return Task.FromResult(task.ClaimedBy == userId);
            task.ClaimedBy = userId;
            _events.Add((id, new UserTaskEvent(UserTaskEventKinds.Claimed, userId, utc, null)));
            return Task.FromResult(true);
        }
    }

    public Task<bool> TryReleaseAsync(string id, string userId, DateTime utc, CancellationToken ct = default)
    {
        lock (_taskLock)
        {
            if (!_tasks.TryGetValue(id, out var task) || task.Status != UserTaskStatus.Open || task.ClaimedBy != userId) return Task.FromResult(false);
            task.ClaimedBy = null;
            _events.Add((id, new UserTaskEvent(UserTaskEventKinds.Released, userId, utc, null)));
            return Task.FromResult(true);
        }
    }

    public Task<bool> TryReassignAsync(string id, IReadOnlyList<string> userIds, string byUserId, DateTime utc, CancellationToken ct = default)
    {
        lock (_taskLock)
        {
            var users = userIds.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct().ToList();
            if (users.Count == 0 || !_tasks.TryGetValue(id, out var task) || task.Status != UserTaskStatus.Open) return Task.FromResult(false);
            task.ClaimedBy = null;
            task.AssigneeUserIds = users;
            task.AssigneeRoles = [];
            _events.Add((id, new UserTaskEvent(UserTaskEventKinds.Reassigned, byUserId, utc, string.Join(",", users))));
            return Task.FromResult(true);
        }
    }

    public Task<bool> TryAddAssigneesAsync(string id, IReadOnlyList<string> userIds, string kind, DateTime utc, CancellationToken ct = default)
    {
        lock (_taskLock)
        {
            if (!_tasks.TryGetValue(id, out var task) || task.Status != UserTaskStatus.Open) return Task.FromResult(false);
            var added = userIds.Where(u => !string.IsNullOrWhiteSpace(u) && !task.AssigneeUserIds.Contains(u)).Distinct().ToList();
            task.AssigneeUserIds.AddRange(added);
            _events.Add((id, new UserTaskEvent(kind, null, utc, string.Join(",", added))));
            return Task.FromResult(true);
        }
    }

    public Task AddEventAsync(string id, string kind, string? userId, DateTime utc, string? text, CancellationToken ct = default)
    {
        lock (_taskLock) _events.Add((id, new UserTaskEvent(kind, userId, utc, text)));
        return Task.CompletedTask;
    }

    public Task AddCommentAsync(string id, string userId, string text, DateTime utc, CancellationToken ct = default)
    {
        lock (_taskLock) _events.Add((id, new UserTaskEvent(UserTaskEventKinds.Commented, userId, utc, text)));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UserTaskEvent>> GetHistoryAsync(string id, CancellationToken ct = default)
    {
        lock (_taskLock) return Task.FromResult<IReadOnlyList<UserTaskEvent>>(_events.Where(e => e.TaskId == id).Select(e => e.Event).ToList());
    }

    private IEnumerable<WorkflowDefinition> Definitions() => _definitions.Select(j => JsonSerializer.Deserialize<WorkflowDefinition>(j)!);
    private IEnumerable<WorkflowInstance> Instances() => _instances.Values.Select(j => JsonSerializer.Deserialize<WorkflowInstance>(j)!);
}
