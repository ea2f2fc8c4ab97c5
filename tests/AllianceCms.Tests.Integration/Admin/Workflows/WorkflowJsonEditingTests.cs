using System.Net;
using System.Text.Json.Nodes;
using AllianceCms.Workflows.Runtime;

namespace AllianceCms.Tests.Integration.Admin.Workflows;

/// <summary>Editing a definition as JSON: checked by the engine before it is saved as a new version.</summary>
[Collection("workflow-admin")]
public sealed class WorkflowJsonEditingTests(WorkflowAdminSite site)
{
    private async Task<(string Id, string Signal)> DefineAsync()
    {
        var id = WorkflowAdminSite.Unique("edited");
        var signal = WorkflowAdminSite.Unique("edited-signal");
        await site.SaveAsync(WorkflowAdminSite.Definition(id, signal));
        return (id, signal);
    }

    private static async Task<AdminPage> SubmitAsync(AdminSession session, string id, Func<string, string> edit)
    {
        var page = await session.GetAsync($"/admin/workflows/definitions/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = page.Form("main form");
        return await session.SubmitAsync(form.Set("Json", edit(form.Get("Json")!)));
    }

    private static IReadOnlyList<string> Errors(AdminPage page) =>
        page.All("#workflow-json-errors li").Select(li => li.TextContent).ToList();

    [Fact]
    public async Task The_editor_is_a_labelled_monospace_field_holding_the_latest_version()
    {
        var (id, _) = await DefineAsync();
        using var admin = await site.AdminAsync();
        var page = await admin.GetAsync($"/admin/workflows/definitions/{id}/edit");

        var field = page.Get("textarea#workflow-json");
        Assert.Equal("Definition (JSON)", page.Text("label[for=workflow-json]"));
        Assert.Contains("code-like", field.ClassList);
        var json = JsonNode.Parse(field.TextContent)!;
        Assert.Equal(id, json["id"]!.GetValue<string>());
        Assert.Null(json["version"]);
        Assert.Contains("version 2", page.Text("#workflow-json-hint"));
    }

    [Fact]
    public async Task A_json_syntax_error_is_shown_next_to_the_field_with_its_line_and_position()
    {
        var (id, _) = await DefineAsync();
        using var admin = await site.AdminAsync();

        var page = await SubmitAsync(admin, id, _ => "{\n  \"id\": \"" + id + "\",\n  \"activities\": [ oops ]\n}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var error = Assert.Single(Errors(page));
        Assert.StartsWith("The JSON cannot be read at line 3, position 19 (at $.activities", error);
        Assert.Equal("true", page.Get("textarea#workflow-json").GetAttribute("aria-invalid"));
        Assert.Contains("workflow-json-errors", page.Get("textarea#workflow-json").GetAttribute("aria-describedby"));
        // What was typed is kept, to be corrected.
        Assert.Contains("oops", page.Get("textarea#workflow-json").TextContent);
        Assert.Single(await site.VersionsAsync(id));
    }

    [Fact]
    public async Task Unknown_types_outcomes_targets_keys_and_bad_settings_are_refused_in_the_admins_language()
    {
        var (id, _) = await DefineAsync();
        var french = await AdminUsers.CreateAsync(site, "wf-fr", "fr", "Administrator");
        using var admin = await AdminSession.SignedInAsync(site, french.UserName, french.Password);

        var page = await SubmitAsync(admin, id, json =>
        {
            var node = JsonNode.Parse(json)!;
            node["activities"]![1]!["type"] = "NoSuchActivity";
            node["activities"]![3]!["settings"]!["colour"] = "blue";
            node["transitions"]!.AsArray().Add(new JsonObject { ["from"] = "hold", ["outcome"] = "Maybe", ["to"] = "mark" });
            node["transitions"]!.AsArray().Add(new JsonObject { ["from"] = "mark", ["outcome"] = "Done", ["to"] = "nowhere" });
            return node.ToJsonString();
        });

        var errors = Errors(page);
        Assert.Contains("L’activité « call » a le type inconnu « NoSuchActivity ».", errors);
        Assert.Contains(errors, e => e.StartsWith("L’activité « mark » (SetVariable) a des paramètres invalides :", StringComparison.Ordinal) && e.Contains("colour", StringComparison.Ordinal));
        Assert.Contains("L’activité « hold » n’a pas d’issue « Maybe » (elle a : Done).", errors);
        Assert.Contains("Une transition mène à l’activité inconnue « nowhere ».", errors);
        Assert.Equal("La définition n’a pas été enregistrée : corrigez les erreurs ci-dessous.", page.Text("[role=alert]"));

        var typo = await SubmitAsync(admin, id, json => json.Replace("\"transitions\"", "\"transitons\""));
        Assert.Contains("(à $.transitons)", Assert.Single(Errors(typo)));

        var renamed = await SubmitAsync(admin, id, json => json.Replace($"\"{id}\"", "\"another-id\""));
        Assert.Equal([$"L’identifiant doit rester « {id} »."], Errors(renamed));

        var empty = await SubmitAsync(admin, id, _ => "   ");
        Assert.Equal(["Saisissez la définition en JSON."], Errors(empty));

        var nulls = await SubmitAsync(admin, id, _ => "{ \"id\": \"" + id + "\", \"activities\": [null], \"transitions\": null }");
        Assert.Equal(["La liste « activities » contient une entrée vide (null)."], Errors(nulls));

        var noStart = await SubmitAsync(admin, id, _ => "{ \"id\": \"" + id + "\", \"name\": null, \"activities\": [ { \"id\": \"a\", \"type\": \"Log\", \"settings\": null } ] }");
        Assert.Equal(["Le processus doit avoir un début : une activité d’événement sans transition entrante."], Errors(noStart));

        Assert.Single(await site.VersionsAsync(id));
    }

    [Fact]
    public async Task A_valid_edit_is_saved_as_a_new_version_and_running_instances_stay_on_theirs()
    {
        var (id, signal) = await DefineAsync();
        var running = await site.StartAsync(signal);
        Assert.Equal(WorkflowStatus.Waiting, running.Status);
        using var admin = await site.AdminAsync();

        var saved = await SubmitAsync(admin, id, json => json.Replace("\"first\"", "\"second\""));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal($"/admin/workflows/definitions/{id}", saved.Location);
        Assert.Equal("Version 2 has been saved.", (await admin.GetAsync(saved.Location!)).Text("[role=status]"));
        var versions = await site.VersionsAsync(id);
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal("second", versions[0].Activity("mark")!.Settings["value"]!.GetValue<string>());

        // The instance started before the edit carries on with version 1; a new one starts on version 2.
        var started = await site.StartAsync(signal);
        Assert.Equal(2, started.DefinitionVersion);
        await site.SignalAsync(signal + "-go");
        var before = await site.InstanceAsync(running.Id);
        var after = await site.InstanceAsync(started.Id);
        Assert.Equal((1, WorkflowStatus.Finished, "first"), (before.DefinitionVersion, before.Status, before.Variables["result"]!.GetValue<string>()));
        Assert.Equal((2, WorkflowStatus.Finished, "second"), (after.DefinitionVersion, after.Status, after.Variables["result"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Saving_an_unchanged_definition_adds_no_version_and_a_stale_editor_is_warned()
    {
        var (id, signal) = await DefineAsync();
        using var admin = await site.AdminAsync();

        var unchanged = await SubmitAsync(admin, id, json => json);
        Assert.Equal(HttpStatusCode.Redirect, unchanged.Status);
        Assert.Equal("Nothing changed: no new version was saved.", (await admin.GetAsync(unchanged.Location!)).Text("[role=status]"));
        Assert.Single(await site.VersionsAsync(id));

        // Someone saves version 2 while this editor is open on version 1.
        var editor = (await admin.GetAsync($"/admin/workflows/definitions/{id}/edit")).Form("main form");
        await site.SaveAsync(WorkflowAdminSite.Definition(id, signal, mark: "theirs"));
        var stale = await admin.SubmitAsync(editor.Set("Json", editor.Get("Json")!.Replace("\"first\"", "\"mine\"")));
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.StartsWith("Someone saved version 2 while you were editing.", Assert.Single(Errors(stale)));
        Assert.Equal(2, (await site.VersionsAsync(id)).Count);

        // Submitting again, knowingly, saves it over the other change.
        var again = await admin.SubmitAsync(stale.Form("main form"));
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal("mine", (await site.VersionsAsync(id))[0].Activity("mark")!.Settings["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Saving_without_the_antiforgery_token_is_refused()
    {
        var (id, _) = await DefineAsync();
        using var admin = await site.AdminAsync();
        var page = await admin.PostAsync($"/admin/workflows/definitions/{id}/edit", [new("Json", "{}"), new("BaseVersion", "1")]);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Single(await site.VersionsAsync(id));
    }
}
