using System.Text.Json.Nodes;
using AllianceCms.Workflows;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;
using static AllianceCms.Tests.Unit.Workflows.WorkflowHarness;

namespace AllianceCms.Tests.Unit.Workflows;

/// <summary>A user task's e-mails: on assignment, one reminder after N days, one escalation after M days, none after the decision.</summary>
public sealed class UserTaskTimerTests
{
    private sealed class Directory : IWorkflowUserDirectory
    {
        private static readonly (WorkflowUser User, string Role)[] Users =
        [
            (new("alice", "alice@example.org", "Alice", "fr"), "DeskEditor"),
            (new("bob", "bob@example.org", "Bob", "en"), "Editor"),
            (new("root", "root@example.org", "Root", "en"), "Administrator"),
        ];

        public Task<IReadOnlyList<WorkflowUser>> FindAsync(IEnumerable<string> userIds, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<WorkflowUser>>(Users.Where(u => userIds.Contains(u.User.Id)).Select(u => u.User).ToList());

        public Task<IReadOnlyList<WorkflowUser>> InRolesAsync(IEnumerable<string> roles, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<WorkflowUser>>(Users.Where(u => roles.Contains(u.Role, StringComparer.OrdinalIgnoreCase)).Select(u => u.User).ToList());
    }

    private static async Task<(WorkflowHarness Harness, WorkflowInstance Instance, UserTask Task)> StartAsync(string assignees = "alice")
    {
        var harness = new WorkflowHarness().With(s => s.AddSingleton<IWorkflowUserDirectory, Directory>());
        await harness.Store.SaveDefinitionAsync(Definition("review",
                ("start", "Signal", """{ "signal": "Submitted" }"""),
                ("decide", "UserTask", $$$"""{ "title": "Review {{ input.name }}", "assignees": "{{{assignees}}}", "fallbackRoles": ["Editor"], "outcomes": ["Approve"], "notifyAssignees": true, "reminderDays": "{{ input.reminder }}", "escalationDays": "5" }"""),
                ("done", "SetVariable", """{ "name": "result", "value": "approved" }"""))
            .Then("start", "Done", "decide").Then("decide", "Approve", "done"));
        var instance = Assert.Single(await harness.Engine().TriggerAsync("Submitted", new JsonObject { ["name"] = "Lyon", ["reminder"] = 2 }));
        return (harness, instance, Assert.Single(harness.Store.Tasks));
    }

    private static async Task AdvanceAsync(WorkflowHarness harness, TimeSpan by)
    {
        harness.Clock.Advance(by);
        await harness.Engine().RunDueTimersAsync("node");
    }

    [Fact]
    public async Task The_assignee_is_mailed_in_their_language_reminded_once_and_the_task_escalates_once_to_administrators()
    {
        var (harness, _, task) = await StartAsync();
        var assigned = Assert.Single(harness.Mail);
        Assert.Equal(["alice@example.org"], assigned.To);
        Assert.Equal("Nouvelle tâche : Review Lyon", assigned.Subject);
        Assert.Contains($"https://cms.example.org/admin/tasks/{task.Id}", assigned.HtmlBody);

        await AdvanceAsync(harness, TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.Single(harness.Mail);

        await AdvanceAsync(harness, TimeSpan.FromMinutes(2));
        Assert.Equal(2, harness.Mail.Count);
        Assert.Equal("Rappel : Review Lyon", harness.Mail[1].Subject);
        Assert.Contains("depuis 2 jours", harness.Mail[1].HtmlBody);
        await AdvanceAsync(harness, TimeSpan.FromDays(1));
        Assert.Equal(2, harness.Mail.Count);

        await AdvanceAsync(harness, TimeSpan.FromDays(2));
        Assert.Equal(3, harness.Mail.Count);
        Assert.Equal(["root@example.org"], harness.Mail[2].To);
        Assert.Equal("Escalated to you: Review Lyon", harness.Mail[2].Subject);
        Assert.Equal(["alice", "root"], (await harness.Store.GetAsync(task.Id))!.AssigneeUserIds);
        var history = await harness.Store.GetHistoryAsync(task.Id);
        Assert.Single(history, h => h.Kind == UserTaskEventKinds.Reminded);
        Assert.Single(history, h => h.Kind == UserTaskEventKinds.Escalated && h.Text == "root");

        await AdvanceAsync(harness, TimeSpan.FromDays(30));
        Assert.Equal(3, harness.Mail.Count);
    }

    [Fact]
    public async Task A_task_for_a_role_mails_its_users_and_a_decision_stops_the_reminders()
    {
        var (harness, instance, task) = await StartAsync(assignees: "");
        Assert.Equal(["bob@example.org"], Assert.Single(harness.Mail).To);

        Assert.True(await harness.Store.TryDecideAsync(task.Id, "Approve", "bob", harness.Clock.GetUtcNow().UtcDateTime));
        var finished = await harness.Engine().ResumeAsync(instance.Id, "decide", new JsonObject { ["outcome"] = "Approve", ["userId"] = "bob" });
        Assert.Equal(WorkflowStatus.Finished, finished!.Status);

        await AdvanceAsync(harness, TimeSpan.FromDays(10));
        Assert.Single(harness.Mail);
        Assert.DoesNotContain(await harness.Store.GetHistoryAsync(task.Id), h => h.Kind is UserTaskEventKinds.Reminded or UserTaskEventKinds.Escalated);
    }

    [Fact]
    public async Task An_excluded_user_cannot_decide_the_task()
    {
        var harness = new WorkflowHarness();
        await harness.Store.SaveDefinitionAsync(Definition("confirm",
                ("start", "Signal", """{ "signal": "Approved" }"""),
                ("confirm", "UserTask", """{ "title": "Confirm", "fallbackRoles": ["Editor"], "outcomes": ["Confirm"], "excludedUsers": "{{ input.approver }}" }"""))
            .Then("start", "Done", "confirm"));
        await harness.Engine().TriggerAsync("Approved", new JsonObject { ["approver"] = "alice" });
        var task = Assert.Single(harness.Store.Tasks);

        Assert.Equal(["alice"], task.ExcludedUserIds);
        Assert.False(task.MayBeDecidedBy("alice"));
        Assert.False(await harness.Store.TryDecideAsync(task.Id, "Confirm", "alice", harness.Clock.GetUtcNow().UtcDateTime));
        Assert.True(await harness.Store.TryDecideAsync(task.Id, "Confirm", "bob", harness.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void The_task_mails_exist_in_english_and_french()
    {
        Assert.Equal(["en", "fr"], TaskNotifier.Cultures.Order());
    }
}
