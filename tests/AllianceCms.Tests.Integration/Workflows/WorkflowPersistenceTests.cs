using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Mail;
using AllianceCms.Data;
using AllianceCms.Data.Mail;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using AllianceCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Workflows;

[Collection("blank")]
public sealed class WorkflowPersistenceTests(BlankSiteFactory site)
{
    private static WorkflowDefinition Definition(string id, string startSignal, params (string Id, string Type, string Settings, string? After, string Outcome)[] steps)
    {
        var definition = new WorkflowDefinition
        {
            Id = id,
            Activities = [new ActivityDefinition { Id = "start", Type = "Signal", Settings = new JsonObject { ["signal"] = startSignal } }],
        };
        var previous = "start";
        foreach (var (stepId, type, settings, after, outcome) in steps)
        {
            definition.Activities.Add(new ActivityDefinition { Id = stepId, Type = type, Settings = JsonNode.Parse(settings)!.AsObject() });
            definition.Transitions.Add(new TransitionDefinition { From = after ?? previous, Outcome = outcome, To = stepId });
            previous = stepId;
        }
        return definition;
    }

    private async Task SaveAsync(WorkflowDefinition definition)
    {
        await using var scope = site.Scope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().SaveDefinitionAsync(definition);
    }

    [Fact]
    public async Task A_waiting_instance_is_carried_on_by_a_new_host_on_the_same_database()
    {
        var signal = "Go-" + Guid.NewGuid().ToString("N");
        await SaveAsync(Definition("restart-" + signal, signal,
            ("task", "UserTask", """{ "title": "Decide {{ input.name }}", "fallbackRoles": ["Editor"], "outcomes": ["Approve", "Reject"] }""", null, "Done"),
            ("mark", "SetVariable", """{ "name": "result", "value": "{{ variables.decision.outcome }}" }""", "task", "Approve")));

        string instanceId, taskId;
        await using (var scope = site.Scope())
        {
            var instance = Assert.Single(await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().TriggerAsync(signal, new JsonObject { ["name"] = "Lyon" }));
            Assert.Equal(WorkflowStatus.Waiting, instance.Status);
            instanceId = instance.Id;
            taskId = instance.Variables["taskId"]!.GetValue<string>();
        }

        // A second host, as after a restart: same database, fresh memory.
        await using var restarted = site.WithWebHostBuilder(_ => { });
        await using var next = restarted.Services.CreateAsyncScope();
        var tasks = next.ServiceProvider.GetRequiredService<IUserTaskStore>();
        var task = (await tasks.GetAsync(taskId))!;
        Assert.Equal("Decide Lyon", task.Title);
        Assert.Equal(["Editor"], task.AssigneeRoles);

        Assert.True(await tasks.TryDecideAsync(taskId, "Approve", "editor-1", DateTime.UtcNow));
        Assert.False(await tasks.TryDecideAsync(taskId, "Reject", "editor-2", DateTime.UtcNow));
        var engine = next.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var finished = await engine.ResumeAsync(instanceId, "task", new JsonObject { ["outcome"] = "Approve", ["userId"] = "editor-1" });
        Assert.Null(await engine.ResumeAsync(instanceId, "task", new JsonObject { ["outcome"] = "Reject", ["userId"] = "editor-2" }));

        Assert.Equal(WorkflowStatus.Finished, finished!.Status);
        var stored = (await next.ServiceProvider.GetRequiredService<IWorkflowStore>().GetInstanceAsync(instanceId))!;
        Assert.Equal("Approve", stored.Variables["result"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publishing_content_starts_a_workflow_whose_steps_commit_with_it()
    {
        var type = "Country";
        var marker = Guid.NewGuid().ToString("N");
        var definition = new WorkflowDefinition
        {
            Id = "on-publish-" + marker,
            Activities =
            [
                new ActivityDefinition { Id = "start", Type = "ContentEvent", Settings = new JsonObject { ["event"] = "published", ["types"] = new JsonArray(type) } },
                new ActivityDefinition { Id = "only", Type = "IfElse", Settings = new JsonObject { ["condition"] = $"input.displayText contains '{marker}'" } },
                new ActivityDefinition { Id = "mail", Type = "SendEmail", Settings = new JsonObject { ["to"] = "desk@example.org", ["subject"] = "Published: {{ input.displayText }}", ["body"] = "<p>{{ input.contentItemId }}</p>" } },
            ],
            Transitions = [new() { From = "start", Outcome = "Done", To = "only" }, new() { From = "only", Outcome = "True", To = "mail" }],
        };
        await SaveAsync(definition);

        var country = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewCountryAsync(content, "Workflowland " + marker), publish: true).CreatedAsync());

        await using var scope = site.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var mail = await db.Set<MailOutboxRecord>().Where(m => m.Subject == "Published: Workflowland " + marker).ToListAsync();
        Assert.Single(mail);
        Assert.Contains(country.ContentItemId, mail[0].HtmlBody);
    }

    [Fact]
    public async Task A_due_timer_is_claimed_by_one_node_only()
    {
        var signal = "Timer-" + Guid.NewGuid().ToString("N");
        await SaveAsync(Definition("timer-" + signal, signal,
            ("wait", "WaitForTime", """{ "days": "1" }""", null, "Done"),
            ("mark", "SetVariable", """{ "name": "fired", "value": "yes" }""", "wait", "Done")));
        string instanceId;
        await using (var scope = site.Scope())
            instanceId = Assert.Single(await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().TriggerAsync(signal, [])).Id;

        site.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        async Task<int> Node(string name)
        {
            await using var scope = site.Scope();
            return await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().RunDueTimersAsync(name);
        }
        var fired = await Task.WhenAll(Node("node-a"), Node("node-b"));

        Assert.Equal(1, fired.Sum());
        await using var check = site.Scope();
        var instance = (await check.ServiceProvider.GetRequiredService<IWorkflowStore>().GetInstanceAsync(instanceId))!;
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    [Fact]
    public async Task Queued_mail_reaches_the_smtp_server_once_and_is_retried_when_the_server_refuses()
    {
        await using var sink = new SmtpSink { Refuse = true };
        await using var host = site.WithWebHostBuilder(b =>
        {
            b.UseSetting("Mail:SmtpHost", "127.0.0.1");
            b.UseSetting("Mail:SmtpPort", sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Mail:Security", "None");
            b.UseSetting("Mail:FromAddress", "alliance@example.org");
        });
        var key = "test-" + Guid.NewGuid().ToString("N");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<IMailQueue>();
            await queue.EnqueueAsync(new MailMessageModel(["applicant@example.org"], "Votre demande", "<p>Merci</p>", IdempotencyKey: key));
            await queue.EnqueueAsync(new MailMessageModel(["applicant@example.org"], "Votre demande", "<p>Merci</p>", IdempotencyKey: key));
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<MailSender>().SendDueAsync());
        }

        sink.Refuse = false;
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<MailSender>().SendDueAsync();

        var received = sink.Received.Where(m => m.Data.Contains("Votre demande") || m.Data.Contains("=?utf-8?")).ToList();
        Assert.Single(received);
        Assert.Equal(["applicant@example.org"], received[0].To);
        await using var check = host.Services.CreateAsyncScope();
        var row = await check.ServiceProvider.GetRequiredService<CmsDbContext>().Set<MailOutboxRecord>().SingleAsync(m => m.IdempotencyKey == key);
        Assert.Equal(MailStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
    }
}
