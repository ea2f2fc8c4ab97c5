using System.Text.Json.Nodes;
using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Workflows.Definitions;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

[Collection("browser")]
public sealed class WorkflowAdminBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task The_diagram_draws_a_box_per_activity_and_the_workflow_pages_have_no_accessibility_violations()
    {
        var (definition, faulted) = await FaultedInstanceAsync();

        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page, "/admin/workflows");
        Assert.Equal("Workflows", await page.Locator("h1").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        // The recipe's join-application process: its latest version drawn from its own JSON.
        await page.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "Join application", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/workflows/definitions/join-application");
        await Accessibility.AssertNoViolationsAsync(page);
        JoinApplication join;
        await using (var scope = site.Site.Services.CreateAsyncScope())
            join = new((await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().GetDefinitionAsync("join-application"))!);
        await page.GotoAsync($"/admin/workflows/definitions/join-application/versions/{join.Definition.Version}");
        var svg = page.Locator(".workflow-diagram svg");
        await svg.WaitForAsync();
        var nodes = await page.Locator(".workflow-diagram g.wf-node").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.getAttribute('data-activity-id'))");
        Assert.Equal(join.Definition.Activities.Select(a => a.Id).Order(), nodes.Order());
        Assert.Equal(join.Definition.Transitions.Count, await page.Locator(".workflow-diagram g.wf-edge").CountAsync());
        var firstLabel = WorkflowLabel(join.Definition.Activities[0]);
        Assert.Contains(firstLabel, await page.Locator($".workflow-diagram g.wf-node[data-activity-id='{join.Definition.Activities[0].Id}'] text").First.TextContentAsync());
        Assert.Equal(join.Definition.Activities.Count, await page.Locator("ol.workflow-steps > li").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        // A refused edit shows its errors next to the field, still accessible.
        await page.GotoAsync($"/admin/workflows/definitions/{definition}/edit");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Definition (JSON)").FillAsync("{ \"id\": ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" }).ClickAsync();
        await page.Locator("#workflow-json-errors").WaitForAsync();
        Assert.Contains("cannot be read at line 1", await page.Locator("#workflow-json-errors").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/workflows/instances?definition={definition}");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync("/admin/workflows/faulted");
        Assert.Contains("is not of the form Part.Field", await page.Locator("#faulted-instances").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync($"/admin/workflows/instances/{faulted}");
        Assert.Equal("Faulted", await page.Locator("#instance-status").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        // Cancelling asks for the confirmation box first (the browser refuses the form without it).
        await page.GetByLabel("I confirm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel the instance" }).ClickAsync();
        await page.Locator("[role=status]").WaitForAsync();
        Assert.Equal("Cancelled", await page.Locator("#instance-status").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private sealed record JoinApplication(WorkflowDefinition Definition);

    private static string WorkflowLabel(ActivityDefinition activity) => string.IsNullOrWhiteSpace(activity.Label) ? activity.Id : activity.Label;

    /// <summary>A small process whose second step fails (a field path without its part), started once.</summary>
    private async Task<(string DefinitionId, string InstanceId)> FaultedInstanceAsync()
    {
        var id = "browser-faulty-" + Guid.NewGuid().ToString("N")[..8];
        var signal = "BrowserFaulty-" + id;
        await using var scope = site.Site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().SaveDefinitionAsync(new WorkflowDefinition
        {
            Id = id,
            Name = new("Faulty process", "Processus défaillant"),
            Activities =
            [
                new ActivityDefinition { Id = "start", Type = "Signal", Label = "Started", Settings = new JsonObject { ["signal"] = signal } },
                new ActivityDefinition { Id = "update", Type = "UpdateContent", Label = "Update the item", Settings = new JsonObject { ["contentItemId"] = "{{ input.id }}", ["fields"] = new JsonObject { ["NoPart"] = "x" } } },
            ],
            Transitions = [new() { From = "start", Outcome = "Done", To = "update" }],
        });
        var instance = Assert.Single(await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().TriggerAsync(signal, new JsonObject { ["id"] = "member-tivat" }));
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        return (id, instance.Id);
    }
}
