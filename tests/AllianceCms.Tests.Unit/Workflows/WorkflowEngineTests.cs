using System.Text.Json.Nodes;
using AllianceCms.Workflows;
using AllianceCms.Workflows.Activities;
using AllianceCms.Workflows.Runtime;
using static AllianceCms.Tests.Unit.Workflows.WorkflowHarness;

namespace AllianceCms.Tests.Unit.Workflows;

public sealed class WorkflowEngineTests
{
    private static readonly JsonObject Submitted = new() { ["country"] = "country-fr", ["name"] = "Lyon" };

    [Fact]
    public async Task A_signal_starts_the_workflows_that_wait_for_it_and_they_run_to_the_end()
    {
        var harness = new WorkflowHarness();
        await harness.Store.SaveDefinitionAsync(Definition("greet",
                ("start", "Signal", """{ "signal": "FormSubmitted" }"""),
                ("name", "SetVariable", """{ "name": "greeting", "value": "Hello {{ input.name }}" }"""),
                ("french", "IfElse", """{ "condition": "input.country == 'country-fr'" }"""),
                ("mail", "SendEmail", """{ "to": "desk@example.org", "subject": "{{ variables.greeting }}", "body": "<p>{{ input.name }}</p>" }"""))
            .Then("start", "Done", "name").Then("name", "Done", "french").Then("french", "True", "mail"));
        await harness.Store.SaveDefinitionAsync(Definition("other", ("start", "Signal", """{ "signal": "Other" }""")));

        var started = await harness.Engine().TriggerAsync("FormSubmitted", Submitted);

        var instance = Assert.Single(started);
        Assert.Equal("greet", instance.DefinitionId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("Hello Lyon", instance.Variables["greeting"]!.GetValue<string>());
        Assert.Equal("Hello Lyon", Assert.Single(harness.Mail).Subject);
        Assert.Equal(["start", "name", "french", "mail"], instance.History.Select(h => h.ActivityId));
    }

    [Fact]
    public async Task A_user_task_waits_for_a_decision_and_a_second_decision_has_no_effect()
    {
        var harness = new WorkflowHarness();
        await harness.Store.SaveDefinitionAsync(Definition("review",
                ("start", "Signal", """{ "signal": "Submitted" }"""),
                ("decide", "UserTask", """{ "title": "Review {{ input.name }}", "assignees": "u1, u2", "outcomes": ["Approve", "Reject"], "dueDays": "3" }"""),
                ("approved", "SetVariable", """{ "name": "result", "value": "approved by {{ variables.decision.userId }}" }"""),
                ("rejected", "SetVariable", """{ "name": "result", "value": "rejected" }"""))
            .Then("start", "Done", "decide").Then("decide", "Approve", "approved").Then("decide", "Reject", "rejected"));
        var instance = Assert.Single(await harness.Engine().TriggerAsync("Submitted", Submitted));

        Assert.Equal(WorkflowStatus.Waiting, instance.Status);
        var task = Assert.Single(harness.Store.Tasks);
        Assert.Equal("Review Lyon", task.Title);
        Assert.Equal(["u1", "u2"], task.AssigneeUserIds);
        Assert.Equal(harness.Clock.GetUtcNow().UtcDateTime.AddDays(3), task.DueUtc);

        var decision = new JsonObject { ["outcome"] = "Approve", ["userId"] = "u2" };
        var first = await harness.Engine().ResumeAsync(instance.Id, "decide", decision);
        var second = await harness.Engine().ResumeAsync(instance.Id, "decide", new JsonObject { ["outcome"] = "Reject", ["userId"] = "u1" });

        Assert.Equal(WorkflowStatus.Finished, first!.Status);
        Assert.Null(second);
        Assert.Equal("approved by u2", (await harness.Store.GetInstanceAsync(instance.Id))!.Variables["result"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_instance_started_on_version_1_finishes_on_version_1_after_version_2_is_published()
    {
        var harness = new WorkflowHarness();
        await harness.Store.SaveDefinitionAsync(Definition("flow",
                ("start", "Signal", """{ "signal": "Go" }"""),
                ("wait", "Signal", """{ "signal": "Continue" }"""),
                ("mark", "SetVariable", """{ "name": "version", "value": "one" }"""))
            .Then("start", "Done", "wait").Then("wait", "Done", "mark"));
        var instance = Assert.Single(await harness.Engine().TriggerAsync("Go", []));

        await harness.Store.SaveDefinitionAsync(Definition("flow",
                ("start", "Signal", """{ "signal": "Go" }"""),
                ("wait", "Signal", """{ "signal": "Continue" }"""),
                ("mark", "SetVariable", """{ "name": "version", "value": "two" }"""))
            .Then("start", "Done", "wait").Then("wait", "Done", "mark"));
        await harness.Engine().TriggerAsync("Continue", []);

        var finished = (await harness.Store.GetInstanceAsync(instance.Id))!;
        Assert.Equal(1, finished.DefinitionVersion);
        Assert.Equal("one", finished.Variables["version"]!.GetValue<string>());
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
    }

    [Fact]
    public async Task A_failing_activity_faults_the_instance_with_its_error_and_can_be_retried()
    {
        var flaky = new FlakyActivity();
        var harness = new WorkflowHarness().With(s => s.AddWorkflowActivity(flaky));
        await harness.Store.SaveDefinitionAsync(Definition("fragile",
                ("start", "Signal", """{ "signal": "Go" }"""),
                ("flaky", "Flaky", "{}"),
                ("after", "SetVariable", """{ "name": "done", "value": "yes" }"""))
            .Then("start", "Done", "flaky").Then("flaky", "Done", "after"));

        var instance = Assert.Single(await harness.Engine().TriggerAsync("Go", []));
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal("flaky", instance.FaultActivityId);
        Assert.Equal("The mail server is down.", instance.FaultMessage);

        var retried = await harness.Engine().RetryAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Finished, retried!.Status);
        Assert.Equal("yes", retried.Variables["done"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_process_that_stops_mid_way_leaves_an_instance_another_process_finishes()
    {
        var crash = new CrashOnceActivity();
        var harness = new WorkflowHarness().With(s => s.AddWorkflowActivity(crash));
        await harness.Store.SaveDefinitionAsync(Definition("long",
                ("start", "Signal", """{ "signal": "Go" }"""),
                ("first", "SetVariable", """{ "name": "first", "value": "1" }"""),
                ("crash", "CrashOnce", "{}"),
                ("last", "SetVariable", """{ "name": "last", "value": "1" }"""))
            .Then("start", "Done", "first").Then("first", "Done", "crash").Then("crash", "Done", "last"));

        await Assert.ThrowsAsync<OperationCanceledException>(() => harness.Engine().TriggerAsync("Go", []));
        var stopped = Assert.Single(await harness.Store.ListInstancesAsync(WorkflowStatus.Running, 0, 10));
        Assert.Equal(["crash"], stopped.Scheduled);

        Assert.Equal(1, await harness.Engine().RecoverAsync());
        var finished = (await harness.Store.GetInstanceAsync(stopped.Id))!;
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Equal("1", finished.Variables["last"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parallel_branches_meet_at_a_join_that_waits_for_all_of_them()
    {
        var harness = new WorkflowHarness();
        await harness.Store.SaveDefinitionAsync(Definition("parallel",
                ("start", "Signal", """{ "signal": "Go" }"""),
                ("fork", "Fork", """{ "branches": ["A", "B"] }"""),
                ("a", "SetVariable", """{ "name": "a", "value": "1" }"""),
                ("waitB", "Signal", """{ "signal": "B" }"""),
                ("join", "Join", """{ "mode": "all" }"""),
                ("end", "SetVariable", """{ "name": "joined", "value": "{{ variables.a }}" }"""))
            .Then("start", "Done", "fork").Then("fork", "A", "a").Then("fork", "B", "waitB")
            .Then("a", "Done", "join").Then("waitB", "Done", "join").Then("join", "Done", "end"));

        var instance = Assert.Single(await harness.Engine().TriggerAsync("Go", []));
        Assert.Equal(WorkflowStatus.Waiting, instance.Status);
        Assert.Null(instance.Variables["joined"]);

        await harness.Engine().TriggerAsync("B", []);
        var done = (await harness.Store.GetInstanceAsync(instance.Id))!;
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal("1", done.Variables["joined"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_timer_fires_when_its_time_comes_and_only_once_when_two_nodes_poll()
    {
        var harness = new WorkflowHarness();
        await harness.Store.SaveDefinitionAsync(Definition("reminder",
                ("start", "Signal", """{ "signal": "Go" }"""),
                ("wait", "WaitForTime", """{ "days": "{{ input.days }}" }"""),
                ("remind", "SendEmail", """{ "to": "desk@example.org", "subject": "Reminder", "body": "-" }"""))
            .Then("start", "Done", "wait").Then("wait", "Done", "remind"));
        await harness.Engine().TriggerAsync("Go", new JsonObject { ["days"] = 2 });

        Assert.Equal(0, await harness.Engine().RunDueTimersAsync("node-a"));
        harness.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var fired = await Task.WhenAll(harness.Engine().RunDueTimersAsync("node-a"), harness.Engine().RunDueTimersAsync("node-b"));

        Assert.Equal(1, fired.Sum());
        Assert.Single(harness.Mail);
    }

    [Fact]
    public async Task A_loop_without_end_is_stopped_and_faulted()
    {
        var harness = new WorkflowHarness();
        await harness.Store.SaveDefinitionAsync(Definition("loop",
                ("start", "Signal", """{ "signal": "Go" }"""),
                ("again", "SetVariable", """{ "name": "x", "value": "1" }"""))
            .Then("start", "Done", "again").Then("again", "Done", "again"));

        var instance = Assert.Single(await harness.Engine().TriggerAsync("Go", []));
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("loops", instance.FaultMessage);
    }

    [Fact]
    public async Task Definitions_that_could_not_run_are_refused_with_reasons()
    {
        var validator = new WorkflowHarness().Validator();
        var definition = Definition("broken",
                ("start", "Signal", """{ "signal": "Go" }"""),
                ("x", "NoSuchActivity", "{}"),
                ("y", "IfElse", """{ "condition": "true", "typo": 1 }"""),
                ("z", "SetVariable", """{ "name": "a", "value": "b" }"""))
            .Then("start", "Done", "z").Then("z", "Maybe", "start").Then("z", "Done", "nowhere");

        var errors = validator.Validate(definition);

        Assert.Contains(errors, e => e.Contains("unknown type 'NoSuchActivity'"));
        Assert.Contains(errors, e => e.Contains("'y'") && e.Contains("invalid settings"));
        Assert.Contains(errors, e => e.Contains("no outcome 'Maybe'"));
        Assert.Contains(errors, e => e.Contains("unknown activity 'nowhere'"));
        Assert.Contains(errors, e => e.Contains("needs a start"));
    }

    private sealed class FlakyActivity : Activity<NoSettings>
    {
        private int _calls;
        public override string Type => "Flaky";
        protected override IReadOnlyList<string> Outcomes(NoSettings settings) => ["Done"];
        protected override Task<ActivityResult> ExecuteAsync(ActivityContext context, NoSettings settings) =>
            ++_calls == 1 ? throw new InvalidOperationException("The mail server is down.") : Done("Done");
    }

    private sealed class CrashOnceActivity : Activity<NoSettings>
    {
        private int _calls;
        public override string Type => "CrashOnce";
        protected override IReadOnlyList<string> Outcomes(NoSettings settings) => ["Done"];
        protected override Task<ActivityResult> ExecuteAsync(ActivityContext context, NoSettings settings) =>
            ++_calls == 1 ? throw new OperationCanceledException("The process stops.") : Done("Done");
    }
}
