using System.Net;
using System.Text.Json.Nodes;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;

namespace AllianceCms.Tests.Integration.Admin.Tasks;

/// <summary>The task inbox through the admin: who sees a task, claims, comments, decisions and the history.</summary>
[Collection("site")]
public sealed class TaskInboxTests(SiteFactory site)
{
    /// <summary>A workflow started by its own signal: one user task (assignees from the input, else the roles), then a mark of the outcome.</summary>
    private async Task<(string Signal, string DefinitionId)> DefineAsync(string[] fallbackRoles, string? dueDays = null)
    {
        var signal = "Task-" + Guid.NewGuid().ToString("N");
        var settings = new JsonObject
        {
            ["title"] = "Review {{ input.name }}",
            ["subjectContentItemId"] = "{{ input.subject }}",
            ["assignees"] = "{{ input.assignees }}",
            ["fallbackRoles"] = new JsonArray(fallbackRoles.Select(r => (JsonNode)r).ToArray()),
            ["outcomes"] = new JsonArray("Approve", "Reject", "RequestInformation"),
            ["commentRequiredFor"] = new JsonArray("Reject"),
        };
        if (dueDays is not null) settings["dueDays"] = dueDays;
        var definition = new WorkflowDefinition
        {
            Id = "inbox-" + signal,
            Activities =
            [
                new ActivityDefinition { Id = "start", Type = "Signal", Settings = new JsonObject { ["signal"] = signal } },
                new ActivityDefinition { Id = "review", Type = "UserTask", Settings = settings },
                new ActivityDefinition { Id = "mark", Type = "SetVariable", Settings = new JsonObject { ["name"] = "result", ["value"] = "{{ variables.decision.outcome }}" } },
            ],
            Transitions =
            [
                new() { From = "start", Outcome = "Done", To = "review" },
                new() { From = "review", Outcome = "Approve", To = "mark" },
                new() { From = "review", Outcome = "Reject", To = "mark" },
                new() { From = "review", Outcome = "RequestInformation", To = "mark" },
            ],
        };
        await using var scope = site.Scope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().SaveDefinitionAsync(definition);
        return (signal, definition.Id);
    }

    /// <summary>Starts the workflow; returns the instance and its task.</summary>
    private async Task<(string InstanceId, UserTask Task)> StartAsync(string signal, string name, string? assignees = null, string? subject = null)
    {
        await using var scope = site.Scope();
        var instance = Assert.Single(await scope.ServiceProvider.GetRequiredService<WorkflowEngine>()
            .TriggerAsync(signal, new JsonObject { ["name"] = name, ["assignees"] = assignees ?? "", ["subject"] = subject ?? "" }));
        var taskId = instance.Variables["taskId"]!.GetValue<string>();
        var task = await scope.ServiceProvider.GetRequiredService<IUserTaskStore>().GetAsync(taskId);
        return (instance.Id, task!);
    }

    private async Task<WorkflowInstance> InstanceAsync(string id)
    {
        await using var scope = site.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().GetInstanceAsync(id))!;
    }

    private async Task<UserTask> TaskAsync(string id)
    {
        await using var scope = site.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IUserTaskStore>().GetAsync(id))!;
    }

    private async Task<IReadOnlyList<UserTaskEvent>> HistoryAsync(string id)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<IUserTaskStore>().GetHistoryAsync(id);
    }

    private static Task<AdminPage> PostAsync(AdminSession session, string taskId, string handler, params (string, string)[] fields) =>
        session.PostWithTokenAsync($"/admin/tasks/{taskId}?handler={handler}", fields);

    private static async Task<string> MessageAfterAsync(AdminSession session, AdminPage posted)
    {
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        var page = await session.GetAsync(posted.Location!);
        return page.Find("[role=status]")?.TextContent.Trim() ?? "";
    }

    [Fact]
    public async Task A_desk_editor_assigned_sees_the_task_and_an_editor_not_assigned_does_not()
    {
        var desk = await AdminUsers.CreateAsync(site, "task-desk", "en", "DeskEditor");
        var editor = await AdminUsers.CreateAsync(site, "task-editor", "en", "Editor");
        var (signal, _) = await DefineAsync(["Editor"]);
        var name = Items.Unique("Montreuil");
        var (_, task) = await StartAsync(signal, name, assignees: desk.Id);
        Assert.Equal([desk.Id], task.AssigneeUserIds);
        Assert.Empty(task.AssigneeRoles);

        using (var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password))
        {
            var inbox = await session.GetAsync("/admin/tasks?filter=mine");
            Assert.Equal(HttpStatusCode.OK, inbox.Status);
            Assert.Contains($"Review {name}", inbox.Text("main"));
            var page = await session.GetAsync($"/admin/tasks/{task.Id}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(3, page.All("form.decision button[name=Outcome]").Count);
            var dashboard = await session.GetAsync("/admin");
            Assert.Contains($"Review {name}", dashboard.Text(".my-tasks"));
        }
        using (var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password))
        {
            Assert.DoesNotContain($"Review {name}", (await session.GetAsync("/admin/tasks?filter=all")).Text("main"));
            Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/admin/tasks/{task.Id}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(session, task.Id, "Decide", ("Outcome", "Approve"))).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(session, task.Id, "Claim")).Status);
        }
        Assert.Equal(UserTaskStatus.Open, (await TaskAsync(task.Id)).Status);
        using (var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword))
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/admin/tasks/{task.Id}")).Status);
    }

    [Fact]
    public async Task Without_assignees_the_task_goes_to_every_user_of_the_fallback_roles()
    {
        var role = await AdminUsers.CreateRoleAsync(site, "Desk", "workflows.tasks");
        var member = await AdminUsers.CreateAsync(site, "task-role", "en", role);
        var outsider = await AdminUsers.CreateAsync(site, "task-outsider", "en", "DeskEditor");
        var (signal, _) = await DefineAsync([role]);
        var (_, task) = await StartAsync(signal, Items.Unique("Tivat"));
        Assert.Equal([role], task.AssigneeRoles);

        using (var session = await AdminSession.SignedInAsync(site, member.UserName, member.Password))
        {
            var inbox = await session.GetAsync("/admin/tasks");
            Assert.Contains(task.Title, inbox.Text("main"));
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/admin/tasks/{task.Id}")).Status);
            // Assigned to the role, not to the user: not in "mine" until claimed.
            Assert.DoesNotContain(task.Title, (await session.GetAsync("/admin/tasks?filter=mine")).Text("main"));
        }
        using (var session = await AdminSession.SignedInAsync(site, outsider.UserName, outsider.Password))
            Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/admin/tasks/{task.Id}")).Status);
    }

    [Fact]
    public async Task A_claimed_task_is_decided_by_its_claimant_only_until_released()
    {
        var role = await AdminUsers.CreateRoleAsync(site, "Claim", "workflows.tasks");
        var first = await AdminUsers.CreateAsync(site, "task-first", "en", role);
        var second = await AdminUsers.CreateAsync(site, "task-second", "en", role);
        var (signal, _) = await DefineAsync([role]);
        var (_, task) = await StartAsync(signal, Items.Unique("Lyon"));

        using var one = await AdminSession.SignedInAsync(site, first.UserName, first.Password);
        using var two = await AdminSession.SignedInAsync(site, second.UserName, second.Password);
        Assert.Contains(task.Title, (await one.GetAsync("/admin/tasks?filter=unclaimed")).Text("main"));

        Assert.Contains("You have taken this task", await MessageAfterAsync(one, await PostAsync(one, task.Id, "Claim")));
        Assert.Equal(first.Id, (await TaskAsync(task.Id)).ClaimedBy);
        Assert.Contains(task.Title, (await one.GetAsync("/admin/tasks?filter=mine")).Text("main"));
        Assert.DoesNotContain(task.Title, (await two.GetAsync("/admin/tasks?filter=unclaimed")).Text("main"));

        Assert.Contains("Someone else has already taken", await MessageAfterAsync(two, await PostAsync(two, task.Id, "Claim")));
        Assert.Contains("Someone else has already taken", await MessageAfterAsync(two, await PostAsync(two, task.Id, "Decide", ("Outcome", "Approve"))));
        Assert.Contains("You have not taken this task", await MessageAfterAsync(two, await PostAsync(two, task.Id, "Release")));
        Assert.Null((await two.GetAsync($"/admin/tasks/{task.Id}")).Find("form.decision"));
        Assert.Equal(UserTaskStatus.Open, (await TaskAsync(task.Id)).Status);

        Assert.Contains("You have released this task", await MessageAfterAsync(one, await PostAsync(one, task.Id, "Release")));
        Assert.Null((await TaskAsync(task.Id)).ClaimedBy);
        Assert.Contains("You have taken this task", await MessageAfterAsync(two, await PostAsync(two, task.Id, "Claim")));
        Assert.Equal(second.Id, (await TaskAsync(task.Id)).ClaimedBy);

        var kinds = (await HistoryAsync(task.Id)).Select(h => h.Kind).ToList();
        Assert.Equal([UserTaskEventKinds.Created, UserTaskEventKinds.Claimed, UserTaskEventKinds.Released, UserTaskEventKinds.Claimed], kinds);
    }

    [Fact]
    public async Task A_decision_posted_twice_at_once_has_one_effect_and_the_second_is_told()
    {
        var role = await AdminUsers.CreateRoleAsync(site, "Twice", "workflows.tasks");
        var first = await AdminUsers.CreateAsync(site, "task-twice-1", "en", role);
        var second = await AdminUsers.CreateAsync(site, "task-twice-2", "en", role);
        var (signal, _) = await DefineAsync([role]);
        var (instanceId, task) = await StartAsync(signal, Items.Unique("Nantes"));

        using var one = await AdminSession.SignedInAsync(site, first.UserName, first.Password);
        using var oneAgain = await AdminSession.SignedInAsync(site, first.UserName, first.Password); // the same user's double click (a second tab: TempData is per browser)
        using var two = await AdminSession.SignedInAsync(site, second.UserName, second.Password);
        var tokenOne = (await one.GetAsync("/admin/login")).Token();
        var tokenOneAgain = (await oneAgain.GetAsync("/admin/login")).Token();
        var tokenTwo = (await two.GetAsync("/admin/login")).Token();
        var url = $"/admin/tasks/{task.Id}?handler=Decide";
        var posts = await Task.WhenAll(
            one.PostAsync(url, [new(AdminSession.AntiforgeryField, tokenOne), new("Outcome", "Approve")]),
            oneAgain.PostAsync(url, [new(AdminSession.AntiforgeryField, tokenOneAgain), new("Outcome", "Approve")]),
            two.PostAsync(url, [new(AdminSession.AntiforgeryField, tokenTwo), new("Outcome", "RequestInformation")]));
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Redirect, p.Status));

        var messages = new[] { await MessageAfterAsync(one, posts[0]), await MessageAfterAsync(oneAgain, posts[1]), await MessageAfterAsync(two, posts[2]) };
        Assert.Single(messages, m => m.Contains("Your decision has been recorded"));
        Assert.Equal(2, messages.Count(m => m.Contains("already been decided")));

        var decided = await TaskAsync(task.Id);
        Assert.Equal(UserTaskStatus.Decided, decided.Status);
        Assert.Single(await HistoryAsync(task.Id), h => h.Kind == UserTaskEventKinds.Decided);
        var instance = await InstanceAsync(instanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(decided.Outcome, instance.Variables["result"]!.GetValue<string>());

        // Once decided, a late click is told, never a 500.
        Assert.Contains("already been decided", await MessageAfterAsync(two, await PostAsync(two, task.Id, "Decide", ("Outcome", "Reject"), ("Comment", "late"))));
        Assert.Equal(decided.Outcome, (await TaskAsync(task.Id)).Outcome);
    }

    [Fact]
    public async Task Rejecting_needs_a_comment_and_the_history_tells_what_happened()
    {
        var desk = await AdminUsers.CreateAsync(site, "task-reject", "en", "DeskEditor");
        var (signal, _) = await DefineAsync(["Editor"]);
        var (instanceId, task) = await StartAsync(signal, Items.Unique("Graz"), assignees: desk.Id);
        Assert.Equal(["Reject"], task.CommentRequiredFor);

        using var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password);
        var refused = await PostAsync(session, task.Id, "Decide", ("Outcome", "Reject"), ("Comment", "   "));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("A comment is required to decide", refused.Text("[role=alert]"));
        Assert.Equal(UserTaskStatus.Open, (await TaskAsync(task.Id)).Status);

        Assert.Contains("Your comment has been added", await MessageAfterAsync(session, await PostAsync(session, task.Id, "Comment", ("Comment", "Checked the letter."))));
        Assert.Contains("You have taken this task", await MessageAfterAsync(session, await PostAsync(session, task.Id, "Claim")));
        Assert.Contains("Your decision has been recorded",
            await MessageAfterAsync(session, await PostAsync(session, task.Id, "Decide", ("Outcome", "Reject"), ("Comment", "Not a local authority."))));

        var decided = await TaskAsync(task.Id);
        Assert.Equal(("Reject", desk.Id), (decided.Outcome, decided.DecidedBy));
        var instance = await InstanceAsync(instanceId);
        Assert.Equal("Not a local authority.", instance.Variables["decision"]!["comment"]!.GetValue<string>());

        var page = await session.GetAsync($"/admin/tasks/{task.Id}");
        var comments = page.All("ol.comments .comment-text").Select(c => c.TextContent).ToList();
        Assert.Equal(["Checked the letter.", "Not a local authority."], comments);
        var timeline = page.Text("ol.timeline");
        Assert.Contains("Task created", timeline);
        Assert.Contains("Taken by task-reject", timeline);
        Assert.Contains("Comment by task-reject", timeline);
        Assert.Contains("Decided by task-reject", timeline);
        Assert.Contains("Process step review", timeline);
        Assert.Null(page.Find("form.decision"));
        Assert.Equal([UserTaskEventKinds.Created, UserTaskEventKinds.Commented, UserTaskEventKinds.Claimed, UserTaskEventKinds.Decided, UserTaskEventKinds.Commented],
            (await HistoryAsync(task.Id)).Select(h => h.Kind).ToList());
    }

    [Fact]
    public async Task A_task_past_its_due_time_is_in_the_overdue_filter()
    {
        var role = await AdminUsers.CreateRoleAsync(site, "Due", "workflows.tasks");
        var user = await AdminUsers.CreateAsync(site, "task-due", "en", role);
        var (signal, _) = await DefineAsync([role], dueDays: "2");
        var (_, task) = await StartAsync(signal, Items.Unique("Brno"));
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime.AddDays(2), task.DueUtc);

        using (var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password))
        {
            var page = await session.GetAsync("/admin/tasks?filter=overdue");
            Assert.DoesNotContain(task.Title, page.Text("main"));
        }
        site.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        using (var session = await AdminSession.SignedInAsync(site, user.UserName, user.Password))
        {
            var page = await session.GetAsync("/admin/tasks?filter=overdue");
            Assert.Contains(task.Title, page.Text("main"));
            Assert.Contains("(1)", page.Get("a[href='/admin/tasks?filter=overdue']").TextContent);
        }
    }

    [Fact]
    public async Task A_task_can_be_given_to_someone_else_who_then_sees_it()
    {
        var desk = await AdminUsers.CreateAsync(site, "task-giver", "en", "DeskEditor");
        var taker = await AdminUsers.CreateAsync(site, "task-taker", "en", "Editor");
        var (signal, _) = await DefineAsync(["Editor"]);
        var (_, task) = await StartAsync(signal, Items.Unique("Ghent"), assignees: desk.Id);

        using (var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password))
        {
            var page = await session.GetAsync($"/admin/tasks/{task.Id}");
            Assert.Contains(page.All("#reassign-users option"), o => o.GetAttribute("value") == taker.Id);
            Assert.Contains("The task has been reassigned", await MessageAfterAsync(session, await PostAsync(session, task.Id, "Reassign", ("Assignees", taker.Id))));
            Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/admin/tasks/{task.Id}")).Status);
        }
        Assert.Equal([taker.Id], (await TaskAsync(task.Id)).AssigneeUserIds);
        using (var session = await AdminSession.SignedInAsync(site, taker.UserName, taker.Password))
            Assert.Contains(task.Title, (await session.GetAsync("/admin/tasks?filter=mine")).Text("main"));
    }
}
