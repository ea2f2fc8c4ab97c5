using System.Globalization;
using System.Text.Json;
using AllianceCms.Core.Mail;
using Fluid;
using Microsoft.Extensions.Options;

namespace AllianceCms.Workflows.Tasks;

/// <summary>Why a task e-mail is sent.</summary>
public enum TaskMailKind { Assigned, Reminder, Escalated }

/// <summary>
/// E-mails task assignees through the outbox, each in their own language, with a link to the task.
/// The idempotency key (task, kind, user) makes a repeated call send nothing twice.
/// </summary>
public sealed class TaskNotifier(IMailQueue mail, IOptions<WorkflowTaskOptions> options, TimeProvider clock, IWorkflowUserDirectory? users = null)
{
    private static readonly FluidParser Parser = new();
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, (IFluidTemplate Subject, IFluidTemplate Body)>>> Templates = new(Load);

    /// <summary>The cultures the templates exist in (the first is the fallback).</summary>
    public static IReadOnlyCollection<string> Cultures => Templates.Value.Keys.ToList();

    /// <summary>Mails the users (or, when none, every user of the roles); returns who was written to.</summary>
    public async Task<IReadOnlyList<WorkflowUser>> NotifyAsync(UserTask task, TaskMailKind kind, IReadOnlyCollection<string> userIds, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        if (users is null) return [];
        var recipients = userIds.Count > 0 ? await users.FindAsync(userIds, ct) : roles.Count > 0 ? await users.InRolesAsync(roles, ct) : [];
        var days = (int)Math.Floor((clock.GetUtcNow().UtcDateTime - task.CreatedUtc).TotalDays);
        var sent = new List<WorkflowUser>();
        foreach (var user in recipients.Where(u => !string.IsNullOrWhiteSpace(u.Email)).DistinctBy(u => u.Id))
        {
            var culture = Templates.Value.ContainsKey(user.Culture) ? user.Culture : Templates.Value.Keys.First();
            var (subject, body) = Templates.Value[culture][kind.ToString().ToLowerInvariant()];
            var context = new TemplateContext(new TemplateOptions { CultureInfo = CultureInfo.GetCultureInfo(culture) });
            context.SetValue("title", task.Title);
            context.SetValue("name", user.Name);
            context.SetValue("url", options.Value.TaskUrl(task.Id));
            context.SetValue("days", days);
            await mail.EnqueueAsync(new MailMessageModel(
                [user.Email!], (await subject.RenderAsync(context)).Trim(), await body.RenderAsync(context),
                IdempotencyKey: $"task:{task.Id}:{kind.ToString().ToLowerInvariant()}:{user.Id}", Culture: culture), ct);
            sent.Add(user);
        }
        return sent;
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, (IFluidTemplate, IFluidTemplate)>> Load()
    {
        using var stream = typeof(TaskNotifier).Assembly.GetManifestResourceStream("AllianceCms.Workflows.TaskMails.json")
            ?? throw new InvalidOperationException("The task e-mail templates (TaskMails.json) are missing from the assembly.");
        var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, Dictionary<string, string>>>>(stream)!;
        return raw.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, (IFluidTemplate, IFluidTemplate)>)c.Value.ToDictionary(
            k => k.Key, k => (Parse(k.Value["subject"]), Parse(k.Value["body"]))));
    }

    private static IFluidTemplate Parse(string source) =>
        Parser.TryParse(source, out var template, out var error) ? template : throw new InvalidOperationException($"Task e-mail template error: {error}");
}
