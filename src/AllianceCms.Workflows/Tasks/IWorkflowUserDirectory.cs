namespace AllianceCms.Workflows.Tasks;

/// <summary>A user as task notifications see them: where to write and in which language.</summary>
public sealed record WorkflowUser(string Id, string? Email, string Name, string Culture);

/// <summary>The site's users, for telling task assignees (implemented over the user accounts).</summary>
public interface IWorkflowUserDirectory
{
    Task<IReadOnlyList<WorkflowUser>> FindAsync(IEnumerable<string> userIds, CancellationToken ct = default);

    /// <summary>Every user in any of the roles (by role name, case-insensitive).</summary>
    Task<IReadOnlyList<WorkflowUser>> InRolesAsync(IEnumerable<string> roles, CancellationToken ct = default);
}
