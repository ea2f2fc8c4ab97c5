using System.Net;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Tests.Integration.Admin.Workflows;

/// <summary>The definitions list, a definition's versions and the read-only page of one version.</summary>
[Collection("workflow-admin")]
public sealed class WorkflowDefinitionPagesTests(WorkflowAdminSite site)
{
    [Fact]
    public async Task The_list_shows_each_definition_with_its_latest_version_and_instances_by_status()
    {
        var id = WorkflowAdminSite.Unique("listed");
        var signal = WorkflowAdminSite.Unique("listed-signal");
        await site.SaveAsync(WorkflowAdminSite.Definition(id, signal));
        await site.SaveAsync(WorkflowAdminSite.Definition(id, signal, mark: "second"));
        await site.StartAsync(signal);
        await site.StartAsync(signal);
        site.Remote.Down("registry-" + id);
        await site.StartAsync(signal);

        using var admin = await site.AdminAsync();
        var page = await admin.GetAsync("/admin/workflows");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = page.All("tbody tr").Single(r => r.TextContent.Contains(id, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("th, td").Select(c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal($"Test process {id} ({id})", cells[0]);
        Assert.Equal("v2 (2 versions)", cells[1]);
        Assert.Equal("v2", cells[2]);
        // Running, Waiting, Faulted, Finished, Cancelled
        Assert.Equal(["0", "2", "1", "0", "0"], cells.Skip(3));
        Assert.NotNull(row.QuerySelector($"a[href='/admin/workflows/instances?definition={id}&status=waiting']"));
        Assert.NotNull(row.QuerySelector($"a[href='/admin/workflows/definitions/{id}']"));
    }

    [Fact]
    public async Task A_definition_page_lists_its_versions_and_any_version_can_be_read()
    {
        var id = WorkflowAdminSite.Unique("versioned");
        var signal = WorkflowAdminSite.Unique("versioned-signal");
        await site.SaveAsync(WorkflowAdminSite.Definition(id, signal, mark: "one"));
        await site.StartAsync(signal);
        await site.SaveAsync(WorkflowAdminSite.Definition(id, signal, mark: "two"));

        using var admin = await site.AdminAsync();
        var page = await admin.GetAsync($"/admin/workflows/definitions/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.All("tbody tr").Select(r => string.Join(' ', r.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("v2", rows[0]);
        Assert.Contains("Current", rows[0]);
        Assert.EndsWith("0", rows[0]);
        Assert.StartsWith("v1", rows[1]);
        Assert.Contains("Older", rows[1]);
        Assert.EndsWith("1", rows[1]);

        var first = await admin.GetAsync($"/admin/workflows/definitions/{id}/versions/1");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal($"Test process {id}, version 1", first.Text("h1"));
        Assert.Contains("Version 2 is the latest", first.Text("main"));
        var json = first.Text("pre.workflow-json");
        Assert.Contains("\"one\"", json);
        Assert.DoesNotContain("\"two\"", json);
        Assert.Null(first.Find("textarea"));
        Assert.Null(first.Find("main form"));

        var second = await admin.GetAsync($"/admin/workflows/definitions/{id}/versions/2");
        Assert.Contains("\"two\"", second.Text("pre.workflow-json"));
        Assert.Null(second.Find(".notice-warning"));
    }

    [Fact]
    public async Task A_version_page_carries_the_diagram_data_and_a_text_alternative_of_steps_and_outcomes()
    {
        var id = WorkflowAdminSite.Unique("drawn");
        await site.SaveAsync(WorkflowAdminSite.Definition(id, WorkflowAdminSite.Unique("drawn-signal")));

        using var admin = await site.AdminAsync();
        var page = await admin.GetAsync($"/admin/workflows/definitions/{id}/versions/1");

        var data = page.Get("script#workflow-diagram-data");
        Assert.Equal("application/json", data.GetAttribute("type"));
        var diagram = System.Text.Json.Nodes.JsonNode.Parse(data.TextContent)!;
        Assert.Equal(["start", "call", "hold", "mark"], diagram["activities"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.True(diagram["activities"]![0]!["start"]!.GetValue<bool>());
        Assert.Equal(3, diagram["transitions"]!.AsArray().Count);
        Assert.Equal("workflow-diagram-data", page.Get("[data-workflow-diagram]").GetAttribute("data-workflow-diagram"));
        Assert.StartsWith("/admin/assets/admin-workflow-diagram.js?v=", page.Get("script[src*='admin-workflow-diagram']").GetAttribute("src"));

        // Without script the ordered list tells the same: each step in running order, where each outcome leads.
        var steps = page.All("ol.workflow-steps > li");
        Assert.Equal(["Started", "Call the registry", "Wait for the go", "Mark the result"], steps.Select(s => s.QuerySelector("strong")!.TextContent));
        Assert.Contains("“Done” leads to Call the registry", string.Join(' ', steps[0].TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal($"#{steps[1].Id}", steps[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("“Done” ends the process.", steps[3].TextContent);

        var script = await admin.Client.GetAsync(page.Get("script[src*='admin-workflow-diagram']").GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_definitions_and_versions_answer_404()
    {
        var id = WorkflowAdminSite.Unique("missing");
        await site.SaveAsync(WorkflowAdminSite.Definition(id, WorkflowAdminSite.Unique("missing-signal")));
        using var admin = await site.AdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/workflows/definitions/no-such-workflow")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/workflows/definitions/{id}/versions/7")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/workflows/definitions/{id}/versions/x")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/workflows/definitions/no-such-workflow/edit")).Status);
    }

    [Fact]
    public async Task Only_users_who_may_manage_workflows_open_the_pages()
    {
        var id = WorkflowAdminSite.Unique("guarded");
        await site.SaveAsync(WorkflowAdminSite.Definition(id, WorkflowAdminSite.Unique("guarded-signal")));
        var editor = await AdminUsers.CreateAsync(site, "wf-editor", "en", "Editor");
        using (var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password))
        {
            foreach (var url in new[] { "/admin/workflows", $"/admin/workflows/definitions/{id}", $"/admin/workflows/definitions/{id}/versions/1", $"/admin/workflows/definitions/{id}/edit", "/admin/workflows/instances", "/admin/workflows/faulted" })
                Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync(url)).Status);
            Assert.Null((await session.GetAsync("/admin")).Find("a[href='/admin/workflows']"));
        }

        var role = await AdminUsers.CreateRoleAsync(site, "WorkflowManagers", "workflows.manage");
        var manager = await AdminUsers.CreateAsync(site, "wf-manager", "en", role);
        using var allowed = await AdminSession.SignedInAsync(site, manager.UserName, manager.Password);
        Assert.Equal(HttpStatusCode.OK, (await allowed.GetAsync($"/admin/workflows/definitions/{id}")).Status);
    }
}
