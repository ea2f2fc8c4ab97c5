using AllianceCms.Core.Content;

namespace AllianceCms.Workflows.Tasks;

/// <summary>
/// Adds a section to a task's page in the inbox (e.g. items that look like the task's subject).
/// Register implementations as scoped services; each is asked for every task shown, and answers null when it has nothing to say.
/// </summary>
public interface ITaskPanelProvider
{
    Task<TaskPanel?> GetPanelAsync(TaskPanelContext context, CancellationToken ct = default);
}

/// <summary>The task being shown, its subject (latest version, or null) and the admin's language.</summary>
public sealed record TaskPanelContext(UserTask Task, ContentItem? Subject, string Culture);

/// <summary>A heading and a list of lines, each an optional link (plain text: the inbox encodes it).</summary>
public sealed record TaskPanel(string Heading, IReadOnlyList<TaskPanelEntry> Entries, string? EmptyText = null);

public sealed record TaskPanelEntry(string Text, string? Url = null, string? Note = null);
