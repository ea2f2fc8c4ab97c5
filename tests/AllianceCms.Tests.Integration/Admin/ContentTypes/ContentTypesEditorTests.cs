using System.Net;
using System.Text.Json;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Content;
using AllianceCms.Data;
using AllianceCms.Tests.Integration.Api;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Admin.ContentTypes;

[Collection("content-types")]
public sealed class ContentTypesEditorTests(ContentTypesSiteFactory site)
{
    private const string EditorForm = "#content-form";

    [Fact]
    public async Task A_field_added_in_the_admin_reaches_the_editor_the_api_graphql_and_the_public_page_without_restart()
    {
        var admin = await ContentTypesAdmin.SignInAsync(site);
        var type = await admin.CreateTypeAsync("Recipe");
        var prefix = type.ToLowerInvariant();
        await admin.SaveSettingsAsync(type, ("label-en", ["Recipe"]), ("label-fr", ["Recette"]), ("routable", ["true"]),
            ("route-prefix-en", [prefix]), ("route-prefix-fr", [prefix + "-fr"]));

        var added = await admin.AddFieldAsync(type, type, "Servings", "text", "Servings", "Portions", ("max-length", "40"));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Contains("“Servings” is added", (await admin.Session.GetAsync(added.Location!)).Text("[role=status]"));

        var newPage = await admin.Session.GetAsync($"/admin/content/{type}/new");
        Assert.Equal(HttpStatusCode.OK, newPage.Status);
        Assert.NotNull(newPage.Find($"#f-{type}-Servings"));
        var form = newPage.Form(EditorForm).Set("DisplayText", "Onion soup").Set($"{type}.Servings", "Four bowls");
        var published = await admin.Session.SubmitAsync(form, "button[formaction*=Publish]");
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        var id = published.Location!.Split('/')[3];
        var stored = await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Published));
        Assert.Equal("Four bowls", stored!.Get<string>(type, "Servings"));

        using var client = site.CreateClient();
        var item = await client.GetJsonAsync($"/api/content/{type}/{id}");
        Assert.Equal("Four bowls", item.GetProperty("parts").GetProperty(type).GetProperty("Servings").GetString());

        var schema = await client.GraphQLAsync($$"""{ __type(name: "{{type}}") { fields { name } } }""");
        var fields = schema.Ok().GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Contains("servings", fields);

        var url = new Uri(item.GetProperty("url").GetString()!).PathAndQuery;
        Assert.StartsWith($"/{prefix}/", url);
        var publicPage = await client.GetAsync(url);
        var html = await publicPage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Contains("Servings", html);
        Assert.Contains("Four bowls", html);

        // The page is cached now; relabelling the field shows at once all the same.
        var fieldPage = await admin.Session.GetAsync($"/admin/content-types/{type}/parts/{type}/fields/Servings");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Session.SubmitAsync(fieldPage.Form("#field-form").Set("label-en", "Portions served"))).Status);
        Assert.Contains("Portions served", await client.GetStringAsync(url));
    }

    [Fact]
    public async Task Moving_a_field_up_changes_the_order_of_the_editor()
    {
        var admin = await ContentTypesAdmin.SignInAsync(site);
        var type = await admin.CreateTypeAsync("Ordered");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddFieldAsync(type, type, "First", "text", "First", "Premier")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddFieldAsync(type, type, "Second", "number", "Second", "Deuxième")).Status);
        Assert.Equal([$"f-{type}-First", $"f-{type}-Second"], await EditorInputsAsync(admin, type));

        var moved = await admin.ClickAsync(type, $"tr[data-field='{type}.Second'] button[formaction*='MoveField'][formaction*='offset=-1']");

        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.Equal([$"f-{type}-Second", $"f-{type}-First"], await EditorInputsAsync(admin, type));
        var rows = (await admin.Session.GetAsync($"/admin/content-types/{type}")).All("tr[data-field]").Select(r => r.GetAttribute("data-field")).ToList();
        Assert.Equal([$"{type}.Second", $"{type}.First"], rows);
    }

    [Fact]
    public async Task A_removed_field_keeps_its_values_out_of_the_editor_until_they_are_purged()
    {
        var admin = await ContentTypesAdmin.SignInAsync(site);
        var type = await admin.CreateTypeAsync("Archive");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddFieldAsync(type, type, "Keep", "text", "Keep", "Garder")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddFieldAsync(type, type, "Secret", "text", "Secret", "Secret")).Status);
        var id = await site.WithContentAsync(async (content, _) =>
        {
            var item = await content.NewAsync(type);
            item.DisplayText = "Old record";
            item.Set(type, "Keep", "kept").Set(type, "Secret", "to be purged");
            var created = await content.CreateAsync(item, publish: true).CreatedAsync();
            // A second version, so that the purge has more than one to clean.
            created.Set(type, "Keep", "kept again");
            await content.SaveAsync(created, publish: true).CreatedAsync();
            return created.ContentItemId;
        });

        var removed = await admin.ClickAsync(type, $"tr[data-field='{type}.Secret'] button[formaction*='RemoveField']");

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        var editor = await admin.Session.GetAsync($"/admin/content/{id}/edit");
        Assert.Null(editor.Find($"#f-{type}-Secret"));
        Assert.NotNull(editor.Find($"#f-{type}-Keep"));
        var latest = await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));
        Assert.Equal("to be purged", latest!.Get<string>(type, "Secret"));
        Assert.Equal(2, await VersionsHoldingAsync(type, "to be purged"));
        var typePage = await admin.Session.GetAsync($"/admin/content-types/{type}");
        Assert.Contains("2 stored value(s)", typePage.Text($"li[data-removed-field='{type}.Secret']"));

        var confirm = await admin.Session.GetAsync($"/admin/content-types/{type}/parts/{type}/removed/Secret");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Contains("2 version(s)", confirm.Text("#purge-summary"));
        Assert.Equal(2, await VersionsHoldingAsync(type, "to be purged"));
        var purged = await admin.Session.SubmitAsync(confirm.Form("#purge-form"));

        Assert.Equal(HttpStatusCode.Redirect, purged.Status);
        Assert.Equal(0, await VersionsHoldingAsync(type, "to be purged"));
        var after = await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));
        Assert.Null(after!.Get(type, "Secret"));
        Assert.Equal("kept again", after.Get<string>(type, "Keep"));
        Assert.Null((await admin.Session.GetAsync($"/admin/content-types/{type}")).Find($"li[data-removed-field='{type}.Secret']"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Session.GetAsync($"/admin/content-types/{type}/parts/{type}/removed/Secret")).Status);
        await using var scope = site.Scope();
        var audit = await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
            .QueryAsync(new AuditQuery { Category = "content-types", Subject = type }, 0, 50);
        Assert.Contains(audit.Entries, e => e.Action == "field-purged");
        Assert.Contains(audit.Entries, e => e.Action == "field-removed");
        Assert.Contains(audit.Entries, e => e.Action == "field-added");
        var trail = await admin.Session.GetAsync($"/admin/audit?subject={type}");
        Assert.Contains("Content types · Removed field's data purged", trail.Text("main"));
    }

    [Theory]
    [InlineData("en", "Use letters and digits only", "A type named", "This is not a valid regular expression.", "This part already has a field named")]
    [InlineData("fr", "Utilisez uniquement des lettres et des chiffres", "Un type nommé", "Ce n'est pas une expression régulière valide.", "Cette partie a déjà un champ nommé")]
    public async Task Bad_names_duplicates_and_invalid_patterns_are_refused_in_the_admins_language(string culture, string badName, string duplicateType, string badPattern, string duplicateField)
    {
        var admin = await ContentTypesAdmin.SignInAsync(site, culture);
        var type = await admin.CreateTypeAsync("Checked");

        var lowerCase = await admin.Session.SubmitAsync((await admin.Session.GetAsync("/admin/content-types")).Form("#type-new")
            .Set("name", "lower case").Set("label-en", "X").Set("label-fr", "X"));
        Assert.Equal(HttpStatusCode.BadRequest, lowerCase.Status);
        Assert.Contains(badName, lowerCase.Text("#type-name-error"));
        Assert.Equal("lower case", lowerCase.Get("#type-name").GetAttribute("value"));

        var duplicate = await admin.Session.SubmitAsync((await admin.Session.GetAsync("/admin/content-types")).Form("#type-new")
            .Set("name", type.ToUpperInvariant()).Set("label-en", "X").Set("label-fr", "X"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
        Assert.Contains(duplicateType, duplicate.Text("#type-name-error"));

        var pattern = await admin.AddFieldAsync(type, type, "Code", "text", "Code", "Code", ("pattern", "[unclosed"));
        Assert.Equal(HttpStatusCode.BadRequest, pattern.Status);
        Assert.Contains(badPattern, pattern.Text("#field-pattern-error"));
        Assert.Equal("true", pattern.Get("#field-pattern").GetAttribute("aria-invalid"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddFieldAsync(type, type, "Code", "text", "Code", "Code")).Status);
        var twice = await admin.AddFieldAsync(type, type, "Code", "number", "Code", "Code");
        Assert.Equal(HttpStatusCode.BadRequest, twice.Status);
        Assert.Contains(duplicateField, twice.Text("#field-name-error"));

        var badName2 = await admin.AddFieldAsync(type, type, "2nd", "text", "Second", "Second");
        Assert.Equal(HttpStatusCode.BadRequest, badName2.Status);
        Assert.Contains(badName, badName2.Text("#field-name-error"));
        // Only the valid field was stored: the part's first version (the type's creation) and the one adding Code.
        Assert.Equal(2, await PartVersionsAsync(type));
    }

    [Fact]
    public async Task A_choice_field_needs_complete_choices_and_keeps_them_in_order()
    {
        var admin = await ContentTypesAdmin.SignInAsync(site, "en");
        var type = await admin.CreateTypeAsync("Chosen");
        var none = await admin.AddFieldAsync(type, type, "Colour", "choice", "Colour", "Couleur");
        Assert.Equal(HttpStatusCode.BadRequest, none.Status);
        Assert.Contains("at least one choice", none.Text("#field-choices-error"));

        var form = none.Form("#field-form");
        form.Fields.RemoveAll(f => f.Key is "choice-value" or "choice-en" or "choice-fr");
        form.Fields.AddRange([new("choice-value", "red"), new("choice-en", "Red"), new("choice-fr", "Rouge"), new("choice-value", "blue"), new("choice-en", "Blue"), new("choice-fr", "Bleu")]);
        var added = await admin.Session.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var choices = await site.WithContentAsync(async (content, _) => (await content.NewAsync(type)).ContentType);
        Assert.Equal(type, choices);
        var field = await admin.Session.GetAsync($"/admin/content-types/{type}/parts/{type}/fields/Colour");
        Assert.Equal(["red", "blue", "", "", ""], field.All("input[name=choice-value]").Select(i => i.GetAttribute("value") ?? "").ToList());
        Assert.Equal(HttpStatusCode.OK, (await admin.Session.GetAsync($"/admin/content/{type}/new")).Status);
    }

    [Fact]
    public async Task Changing_a_fields_settings_makes_it_required_in_the_editor()
    {
        var admin = await ContentTypesAdmin.SignInAsync(site);
        var type = await admin.CreateTypeAsync("Strict");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddFieldAsync(type, type, "Reference", "text", "Reference", "Référence")).Status);

        var page = await admin.Session.GetAsync($"/admin/content-types/{type}/parts/{type}/fields/Reference");
        var saved = await admin.Session.SubmitAsync(page.Form("#field-form").Set("required", "true").Set("label-en", "Our reference").Set("hint-en", "As printed on the letter"));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var editor = await admin.Session.GetAsync($"/admin/content/{type}/new");
        Assert.Contains("Our reference", editor.Text($"label[for=f-{type}-Reference]"));
        var refused = await admin.Session.SubmitAsync(editor.Form(EditorForm).Set("DisplayText", "No reference"));
        Assert.Contains("required", refused.Text($"#f-{type}-Reference-error"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Parts_are_added_moved_and_removed_from_a_type()
    {
        var admin = await ContentTypesAdmin.SignInAsync(site);
        var shared = await admin.CreateTypeAsync("Shared");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddFieldAsync(shared, shared, "Note", "text", "Note", "Note")).Status);
        var type = await admin.CreateTypeAsync("Host");

        var addForm = (await admin.Session.GetAsync($"/admin/content-types/{type}")).Form("#type-add-part").Set("add-part", shared);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Session.SubmitAsync(addForm)).Status);
        Assert.Equal([type, shared], await PartOrderAsync(admin, type));
        Assert.NotNull((await admin.Session.GetAsync($"/admin/content/{type}/new")).Find($"#f-{shared}-Note"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.ClickAsync(type, $"button[formaction*='part={shared}'][formaction*='MovePart'][formaction*='offset=-1']")).Status);
        Assert.Equal([shared, type], await PartOrderAsync(admin, type));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.ClickAsync(type, $"button[formaction*='part={shared}'][formaction*='RemovePart']")).Status);
        Assert.Equal([type], await PartOrderAsync(admin, type));
        Assert.Null((await admin.Session.GetAsync($"/admin/content/{type}/new")).Find($"#f-{shared}-Note"));
    }

    [Fact]
    public async Task A_type_is_deleted_only_when_it_has_no_items()
    {
        var admin = await ContentTypesAdmin.SignInAsync(site);
        var empty = await admin.CreateTypeAsync("Empty");
        var used = await admin.CreateTypeAsync("Used");
        await site.WithContentAsync(async (content, _) =>
        {
            var item = await content.NewAsync(used);
            item.DisplayText = "Only item";
            return await content.CreateAsync(item, publish: false).CreatedAsync();
        });

        var usedPage = await admin.Session.GetAsync($"/admin/content-types/{used}");
        Assert.Null(usedPage.Find("#type-delete"));
        Assert.Contains("cannot be deleted while it has items (1)", usedPage.Text("main"));
        var refused = await admin.Session.PostAsync($"/admin/content-types/{used}?handler=Delete", [new(AdminSession.AntiforgeryField, usedPage.Token())]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("still has items", refused.Text("#type-error"));

        var deleted = await admin.Session.SubmitAsync((await admin.Session.GetAsync($"/admin/content-types/{empty}")).Form("#type-delete"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Session.GetAsync($"/admin/content-types/{empty}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await admin.Session.GetAsync($"/admin/content-types/{used}")).Status);
    }

    [Fact]
    public async Task The_list_shows_each_type_with_its_label_technical_name_parts_and_items()
    {
        var admin = await ContentTypesAdmin.SignInAsync(site, "fr");
        var type = await admin.CreateTypeAsync("Listed", "Listed thing", "Chose listée");
        await site.WithContentAsync(async (content, _) =>
        {
            var item = await content.NewAsync(type);
            item.DisplayText = "One";
            return await content.CreateAsync(item, publish: false).CreatedAsync();
        });

        var list = await admin.Session.GetAsync("/admin/content-types");

        var row = list.All(".content-types-table tbody tr").Single(r => r.TextContent.Contains(type));
        Assert.Contains("Chose listée", row.QuerySelector("th")!.TextContent);
        Assert.Equal("1", row.QuerySelector("td.number")!.TextContent.Trim());
        Assert.Contains("Chose listée", row.QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public async Task Only_holders_of_the_permission_may_open_the_editor()
    {
        var editor = await AdminUsers.CreateAsync(site, "types-editor", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/admin/content-types")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.PostWithTokenAsync("/admin/content-types?handler=Create", ("name", "Sneaky"), ("label-en", "S"), ("label-fr", "S"))).Status);
        Assert.Null((await session.GetAsync("/admin")).Find("a[href='/admin/content-types']"));

        var role = await AdminUsers.CreateRoleAsync(site, "TypeDesigner", "content-types.manage");
        var designer = await AdminUsers.CreateAsync(site, "types-designer", "en", role);
        using var allowed = await AdminSession.SignedInAsync(site, designer.UserName, designer.Password);
        Assert.Equal(HttpStatusCode.OK, (await allowed.GetAsync("/admin/content-types")).Status);
        Assert.NotNull((await allowed.GetAsync("/admin")).Find("a[href='/admin/content-types']"));
    }

    [Fact]
    public async Task Unknown_types_parts_and_fields_are_not_found()
    {
        var admin = await ContentTypesAdmin.SignInAsync(site);
        var type = await admin.CreateTypeAsync("Known");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Session.GetAsync("/admin/content-types/NoSuchType")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Session.GetAsync($"/admin/content-types/{type}/parts/NoSuchPart/add-field")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Session.GetAsync($"/admin/content-types/{type}/parts/{type}/fields/NoSuchField")).Status);
        var token = (await admin.Session.GetAsync("/admin/content-types")).Token();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Session.PostAsync("/admin/content-types/NoSuchType?handler=Save", [new(AdminSession.AntiforgeryField, token)])).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Session.PostAsync($"/admin/content-types/{type}?handler=RemoveField&part={type}&field=Nope", [new(AdminSession.AntiforgeryField, token)])).Status);

        // Without the antiforgery token a complete, valid form is refused before the handler runs.
        var forged = await admin.Session.PostAsync("/admin/content-types?handler=Create", [new("name", "Forged" + type), new("label-en", "F"), new("label-fr", "F")]);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Session.GetAsync($"/admin/content-types/Forged{type}")).Status);
    }

    private async Task<IReadOnlyList<string>> EditorInputsAsync(ContentTypesAdmin admin, string type)
    {
        var page = await admin.Session.GetAsync($"/admin/content/{type}/new");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.All($"{EditorForm} [id^='f-{type}-']").Select(e => e.Id!).Where(i => i.Count(c => c == '-') == 2).ToList();
    }

    private static async Task<IReadOnlyList<string>> PartOrderAsync(ContentTypesAdmin admin, string type) =>
        (await admin.Session.GetAsync($"/admin/content-types/{type}")).All("#type-structure section h3").Select(h => h.Id!["part-".Length..]).ToList();

    private async Task<int> VersionsHoldingAsync(string type, string text)
    {
        await using var scope = site.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        return await db.ContentItems.CountAsync(r => r.ContentType == type && r.Data.Contains(text));
    }

    private async Task<int> PartVersionsAsync(string part)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ContentDefinitionHistory.CountAsync(h => h.Kind == "part" && h.Name == part);
    }
}
