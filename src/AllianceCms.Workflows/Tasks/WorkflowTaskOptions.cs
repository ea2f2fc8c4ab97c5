namespace AllianceCms.Workflows.Tasks;

/// <summary>"Workflows:Tasks": how task e-mails link back to the site.</summary>
public sealed class WorkflowTaskOptions
{
    public const string Section = "Workflows:Tasks";

    /// <summary>The site's public origin ("https://cms.example.org"); empty: Display:PublicOrigin; links are relative when both are empty.</summary>
    public string? PublicOrigin { get; set; }

    /// <summary>The path of a task's page, {id} replaced by the task id.</summary>
    public string TaskPath { get; set; } = "/admin/tasks/{id}";

    public string TaskUrl(string taskId) => (PublicOrigin ?? "").TrimEnd('/') + TaskPath.Replace("{id}", Uri.EscapeDataString(taskId), StringComparison.Ordinal);
}
