using System.Net;
using System.Text.Json.Nodes;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Tests.Integration.Admin.Workflows;

/// <summary>Instances in the admin: the filtered list, one instance's state and history, and retrying or cancelling.</summary>
[Collection("workflow-admin")]
public sealed class WorkflowInstancePagesTests(WorkflowAdminSite site)
{
    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<(string Id, string Signal)> DefineAsync(string prefix)
    {
        var id = WorkflowAdminSite.Unique(prefix);
        var signal = WorkflowAdminSite.Unique(prefix + "-signal");
        await site.SaveAsync(WorkflowAdminSite.Definition(id, signal));
        return (id, signal);
    }

    [Fact]
    public async Task The_list_filters_by_definition_and_status_a_page_at_a_time()
    {
        var (id, signal) = await DefineAsync("paged");
        for (var i = 0; i < 27; i++) await site.StartAsync(signal);
        site.Remote.Down("registry-" + id);
        var faulted = await site.StartAsync(signal);
        using var admin = await site.AdminAsync();

        var waiting = await admin.GetAsync($"/admin/workflows/instances?definition={id}&status=waiting");
        Assert.Equal(HttpStatusCode.OK, waiting.Status);
        Assert.Equal("27 instance(s)", waiting.Text("p[role=status]"));
        Assert.Equal(25, waiting.All("tbody tr").Count);
        Assert.All(waiting.All("tbody tr"), r => Assert.Contains("Waiting", r.TextContent));
        Assert.Equal("Page 1 of 2", waiting.Text(".pager [aria-current=page]"));
        var next = waiting.Get(".pager a[rel=next]").GetAttribute("href")!;
        Assert.Equal($"/admin/workflows/instances?definition={id}&status=waiting&p=2", next);
        Assert.Equal(2, (await admin.GetAsync(next)).All("tbody tr").Count);

        var onlyFaulted = await admin.GetAsync($"/admin/workflows/instances?definition={id}&status=faulted");
        Assert.Equal(faulted.Id, Assert.Single(onlyFaulted.All("tbody tr code")).TextContent);
        Assert.Equal("faulted", onlyFaulted.Get("#filter-status option[selected]").GetAttribute("value"));

        Assert.Equal("28 instance(s)", (await admin.GetAsync($"/admin/workflows/instances?definition={id}")).Text("p[role=status]"));
        Assert.Equal("0 instance(s)", (await admin.GetAsync("/admin/workflows/instances?definition=none-such")).Text("p[role=status]"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/workflows/instances?status=sleeping")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/workflows/instances?definition={id}&p=9")).Status);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/workflows/instances?definition={id}&p=-3")).Status);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/workflows/instances?p=abc")).Status);
    }

    [Fact]
    public async Task An_instance_page_shows_its_state_waits_and_history_and_variables_to_administrators_only()
    {
        var (id, signal) = await DefineAsync("shown");
        var instance = await site.StartAsync(signal, new JsonObject { ["applicant"] = "Town of Private Data" });
        using var admin = await site.AdminAsync();

        var page = await admin.GetAsync($"/admin/workflows/instances/{instance.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Waiting", page.Text("#instance-status"));
        Assert.Equal($"Step “Wait for the go” waits for {signal}-go", Words(page.Text("#instance-waits li")));
        var history = page.All("#instance-history li").Select(li => Words(li.TextContent)).ToList();
        Assert.Equal(3, history.Count);
        Assert.EndsWith("Wait for the go waiting: " + signal + "-go", history[0]);
        Assert.EndsWith("Call the registry done: Done", history[1]);
        Assert.EndsWith("Started done: Done", history[2]);
        Assert.Contains("Town of Private Data", page.Text("main"));
        Assert.NotNull(page.Find("#instance-variables"));
        Assert.NotNull(page.Find($"a[href='/admin/workflows/definitions/{id}/versions/1']"));

        var role = await AdminUsers.CreateRoleAsync(site, "WorkflowWatchers", "workflows.manage");
        var watcher = await AdminUsers.CreateAsync(site, "wf-watcher", "en", role);
        using var session = await AdminSession.SignedInAsync(site, watcher.UserName, watcher.Password);
        var limited = await session.GetAsync($"/admin/workflows/instances/{instance.Id}");
        Assert.Equal(HttpStatusCode.OK, limited.Status);
        Assert.DoesNotContain("Town of Private Data", limited.Text("main"));
        Assert.Null(limited.Find("#instance-variables"));
        Assert.Contains("only administrators see them", limited.Text("main"));

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/workflows/instances/no-such-instance")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/workflows/instances/" + new string('x', 80))).Status);
    }

    [Fact]
    public async Task A_faulted_instance_shows_its_error_and_a_retry_resumes_it_once()
    {
        var (id, signal) = await DefineAsync("retried");
        site.Remote.Down("registry-" + id);
        var instance = await site.StartAsync(signal);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        using var admin = await site.AdminAsync();

        var list = await admin.GetAsync("/admin/workflows/faulted");
        var row = list.All("#faulted-instances tbody tr").Single(r => r.TextContent.Contains(instance.Id, StringComparison.Ordinal));
        Assert.Equal($"The service registry-{id} did not answer.", row.QuerySelector(".fault-message")!.TextContent);
        Assert.Contains("Call the registry", row.TextContent);

        // Without the confirmation nothing happens.
        var form = new HtmlForm((AngleSharp.Html.Dom.IHtmlFormElement)row.QuerySelector("form")!, new Uri("http://localhost/admin/workflows/faulted"));
        var unconfirmed = await admin.SubmitAsync(form, "button[formaction$='handler=Retry']");
        Assert.Equal("/admin/workflows/faulted", unconfirmed.Location);
        Assert.Contains("Tick “I confirm” first", (await admin.GetAsync(unconfirmed.Location!)).Text("[role=alert]"));
        Assert.Equal(WorkflowStatus.Faulted, (await site.InstanceAsync(instance.Id)).Status);

        // The service is back: the retry runs the failed step again and the instance goes on to wait.
        site.Remote.Up("registry-" + id);
        form.Set("confirm", "true");
        var retried = await admin.SubmitAsync(form, "button[formaction$='handler=Retry']");
        Assert.Equal("/admin/workflows/faulted", retried.Location);
        var after = await admin.GetAsync(retried.Location!);
        Assert.Equal("The instance has been retried; it is now: Waiting.", after.Text("[role=status]"));
        Assert.DoesNotContain(instance.Id, after.Text("main"));
        var stored = await site.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Waiting, stored.Status);
        Assert.Null(stored.FaultMessage);

        // The same submit again (a double click) finds nothing to retry.
        var twice = await admin.SubmitAsync(form, "button[formaction$='handler=Retry']");
        Assert.Contains("not faulted (any more)", (await admin.GetAsync(twice.Location!)).Text("[role=alert]"));
        stored = await site.InstanceAsync(instance.Id);
        Assert.Single(stored.History, h => h.Event == "retried");
        Assert.Equal(WorkflowStatus.Waiting, stored.Status);
    }

    [Fact]
    public async Task Cancelling_stops_an_instance_and_a_second_cancel_changes_nothing()
    {
        var (_, signal) = await DefineAsync("cancelled");
        var instance = await site.StartAsync(signal);
        using var admin = await site.AdminAsync();

        var page = await admin.GetAsync($"/admin/workflows/instances/{instance.Id}");
        Assert.Null(page.Find("button[formaction$='handler=Retry']"));
        var form = page.Form("form.task-actions").Set("confirm", "true");
        var cancelled = await admin.SubmitAsync(form, "button[formaction$='handler=Cancel']");

        Assert.Equal($"/admin/workflows/instances/{instance.Id}", cancelled.Location);
        var shown = await admin.GetAsync(cancelled.Location!);
        Assert.Equal("The instance has been cancelled.", shown.Text("[role=status]"));
        Assert.Equal("Cancelled", shown.Text("#instance-status"));
        Assert.Null(shown.Find("form.task-actions"));

        // What it waited for no longer moves it.
        Assert.Empty(await site.SignalAsync(signal + "-go"));
        var stored = await site.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowStatus.Cancelled, stored.Status);
        Assert.Empty(stored.Waiting);

        var again = await admin.SubmitAsync(form, "button[formaction$='handler=Cancel']");
        Assert.Equal("This instance has already ended: nothing was cancelled.", (await admin.GetAsync(again.Location!)).Text("[role=alert]"));
        Assert.Single((await site.InstanceAsync(instance.Id)).History, h => h.Event == "cancelled");
    }

    [Fact]
    public async Task Retry_and_cancel_are_refused_to_other_users_and_without_the_antiforgery_token()
    {
        var (id, signal) = await DefineAsync("guarded-actions");
        site.Remote.Down("registry-" + id);
        var instance = await site.StartAsync(signal);

        var editor = await AdminUsers.CreateAsync(site, "wf-refused", "en", "Editor");
        using (var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password))
        {
            var refused = await session.PostWithTokenAsync($"/admin/workflows/instances/{instance.Id}?handler=Cancel", ("confirm", "true"));
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        }
        using var admin = await site.AdminAsync();
        var forged = await admin.PostAsync($"/admin/workflows/instances/{instance.Id}?handler=Cancel", [new("confirm", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(WorkflowStatus.Faulted, (await site.InstanceAsync(instance.Id)).Status);
    }
}
