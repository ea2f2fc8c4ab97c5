using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

[Collection("site")]
public sealed class AdminContentEditingTests(SiteFactory site)
{
    private const string EditorForm = "#content-form";

    [Fact]
    public async Task An_editor_creates_a_country_saves_a_draft_then_publishes_it_through_the_form()
    {
        var editor = await AdminUsers.CreateAsync(site, "country-editor", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var name = Items.Unique("Testland");

        var form = (await session.GetAsync("/admin/content/Country/new")).Form(EditorForm)
            .Set("DisplayText", name)
            .Set("Country.Alpha2", "QT").Set("Country.Alpha3", "QTL").Set("Country.CoeMemberSince", "2024")
            .Set("Country.Intro", "<p>A new member.<script>alert('x')</script></p>");
        var saved = await session.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var editUrl = saved.Location!;
        Assert.Matches("^/admin/content/[^/]+/edit$", editUrl);
        var id = editUrl.Split('/')[3];
        var draftPage = await session.GetAsync(editUrl);
        Assert.Contains($"The draft of “{name}” is saved.", draftPage.Text("[role=status]"));
        Assert.Equal("Draft", draftPage.Text(".item-status .badge"));
        var draft = await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));
        Assert.False(draft!.Published);
        Assert.Equal(editor.Id, draft.Owner);
        Assert.Equal("<p>A new member.</p>", draft.Get<string>("Country", "Intro"));
        Assert.Equal(2024, draft.Get<int>("Country", "CoeMemberSince"));

        var published = await session.SubmitAsync(draftPage.Form(EditorForm), "button[formaction*=Publish]");

        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        var publishedPage = await session.GetAsync(published.Location!);
        Assert.Contains($"“{name}” is published.", publishedPage.Text("[role=status]"));
        var live = await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Published));
        Assert.NotNull(live);
        Assert.Equal(name, live.DisplayText);
        Assert.False(string.IsNullOrEmpty(live.Slug));
    }

    [Fact]
    public async Task A_french_speaking_editor_sees_the_errors_next_to_the_fields_in_french_with_what_they_typed()
    {
        var editor = await AdminUsers.CreateAsync(site, "redacteur", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var page = await session.GetAsync("/admin/content/Country/new");
        Assert.Equal("fr", page.Get("html").GetAttribute("lang"));

        var form = page.Form(EditorForm)
            .Set("DisplayText", "")
            .Set("Country.Alpha2", "xx1").Set("Country.Alpha3", "XXX").Set("Country.CoeMemberSince", "1800");
        var result = await session.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Veuillez corriger", result.Text(".error-summary"));
        AssertFieldError(result, "f-Country-Alpha2", "n'a pas le format attendu");
        AssertFieldError(result, "f-Country-CoeMemberSince", "supérieur ou égal à 1949");
        AssertFieldError(result, "f-DisplayText", "obligatoire");
        Assert.Equal("xx1", result.Get("#f-Country-Alpha2").GetAttribute("value"));
        Assert.Equal("1800", result.Get("#f-Country-CoeMemberSince").GetAttribute("value"));
        Assert.Equal("#f-Country-Alpha2", result.All(".error-summary a").Select(a => a.GetAttribute("href")).Single(h => h == "#f-Country-Alpha2"));
        Assert.Null(result.Find("#f-Country-Alpha3[aria-invalid]"));
    }

    private static void AssertFieldError(AdminPage page, string inputId, string expected)
    {
        var input = page.Get("#" + inputId);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var describedBy = (input.GetAttribute("aria-describedby") ?? "").Split(' ');
        Assert.Contains(inputId + "-error", describedBy);
        Assert.Contains(expected, page.Text($"#{inputId}-error"));
    }

    [Fact]
    public async Task When_two_editors_save_the_same_item_the_second_sees_both_versions_and_loses_nothing()
    {
        var country = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Conflictia"), "QC"), publish: true).CreatedAsync());
        var first = await AdminUsers.CreateAsync(site, "first-editor", "en", "Editor");
        var second = await AdminUsers.CreateAsync(site, "second-editor", "en", "Editor");
        using var alice = await AdminSession.SignedInAsync(site, first.UserName, first.Password);
        using var bob = await AdminSession.SignedInAsync(site, second.UserName, second.Password);
        var url = $"/admin/content/{country.ContentItemId}/edit";
        var aliceForm = (await alice.GetAsync(url)).Form(EditorForm);
        var bobForm = (await bob.GetAsync(url)).Form(EditorForm);

        Assert.Equal(HttpStatusCode.Redirect, (await alice.SubmitAsync(aliceForm.Set("Country.NationalNetwork", "Alice's network"))).Status);
        var conflict = await bob.SubmitAsync(bobForm.Set("Country.NationalNetwork", "Bob's network").Set("Country.CoeMemberSince", "1999"));

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("Someone else saved this item meanwhile", conflict.Text("#conflict-title"));
        Assert.Contains("first-editor", conflict.Text(".conflict"));
        var row = conflict.All(".conflict-table tbody tr").Single(r => r.TextContent.Contains("National network"));
        Assert.Contains("Alice's network", row.Children[1].TextContent);
        Assert.Contains("Bob's network", row.Children[2].TextContent);
        var kept = conflict.Form(EditorForm);
        Assert.Equal("Bob's network", kept.Get("Country.NationalNetwork"));
        Assert.Equal("1999", kept.Get("Country.CoeMemberSince"));
        Assert.Equal(country.ContentItemVersionId, kept.Get("BaseVersionId"));

        // Saving the same way again is still refused: overwriting takes the explicit button.
        Assert.NotNull((await bob.SubmitAsync(kept)).Find("#conflict-title"));
        var overwritten = await bob.SubmitAsync(kept, "button[name=OverwriteVersionId]");

        Assert.Equal(HttpStatusCode.Redirect, overwritten.Status);
        var latest = await site.WithContentAsync((content, _) => content.GetAsync(country.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Bob's network", latest!.Get<string>("Country", "NationalNetwork"));
        Assert.Equal(1999, latest.Get<int>("Country", "CoeMemberSince"));
        Assert.Equal(second.Id, latest.Author);
        Assert.Equal(country.Number + 2, latest.Number);
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused_with_400_and_changes_nothing()
    {
        var country = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Tokenland"), "QK"), publish: false).CreatedAsync());
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var url = $"/admin/content/{country.ContentItemId}/edit";
        var form = (await session.GetAsync(url)).Form(EditorForm).Set("DisplayText", "Changed without a token").Remove(AdminSession.AntiforgeryField);

        var save = await session.SubmitAsync(form);
        var delete = await session.PostAsync(url + "?handler=Delete", []);
        var newItem = await session.PostAsync("/admin/content/Country/new?handler=Save", [new("DisplayText", "Forged")]);

        Assert.Equal(HttpStatusCode.BadRequest, save.Status);
        Assert.Equal(HttpStatusCode.BadRequest, delete.Status);
        Assert.Equal(HttpStatusCode.BadRequest, newItem.Status);
        var latest = await site.WithContentAsync((content, _) => content.GetAsync(country.ContentItemId, VersionOptions.Latest));
        Assert.Equal(country.DisplayText, latest!.DisplayText);
        Assert.False(latest.IsDeleted);
    }

    [Fact]
    public async Task An_author_writes_a_draft_of_their_own_but_cannot_publish_nor_touch_an_item_of_someone_else()
    {
        var author = await AdminUsers.CreateAsync(site, "author", "en", "Author");
        using var session = await AdminSession.SignedInAsync(site, author.UserName, author.Password);
        var newPage = await session.GetAsync("/admin/content/NewsItem/new");
        Assert.Null(newPage.Find("button[formaction*=Publish]"));

        var form = newPage.Form(EditorForm)
            .Set("DisplayText", Items.Unique("An author's story"))
            .Set("NewsItem.PublicationDate", "2026-03-01").Set("NewsItem.Kind", "news")
            .Set("NewsItem.Tags", "roma, inclusion, Roma").Set("NewsItem.EventStart", "2026-03-02T09:30");
        var saved = await session.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var id = saved.Location!.Split('/')[3];
        var draft = await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));
        Assert.Equal(author.Id, draft!.Owner);
        Assert.Equal(["roma", "inclusion"], draft.Get("NewsItem", "Tags")!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("2026-03-02T09:30:00Z", draft.Get<string>("NewsItem", "EventStart"));

        var ownPage = await session.GetAsync(saved.Location);
        Assert.Equal("2026-03-02T09:30", ownPage.Get("#f-NewsItem-EventStart").GetAttribute("value"));
        var publish = await session.PostAsync(saved.Location + "?handler=Publish", ownPage.Form(EditorForm).Fields);
        Assert.Equal(HttpStatusCode.Forbidden, publish.Status);
        Assert.False((await site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest)))!.Published);

        var someoneElses = (await site.WithContentAsync((content, queries) => queries.QueryAsync(new() { Types = ["NewsItem"], PageSize = 1 }))).Items.Single();
        var readOnly = await session.GetAsync($"/admin/content/{someoneElses.ContentItemId}/edit");
        Assert.Equal(HttpStatusCode.OK, readOnly.Status);
        Assert.NotNull(readOnly.Find("#f-DisplayText[readonly]"));
        Assert.Empty(readOnly.All("#content-form button[type=submit]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await session.SubmitAsync(readOnly.Form(EditorForm))).Status);
    }

    [Fact]
    public async Task A_reference_offers_the_items_of_the_allowed_type_in_the_language_of_the_item_and_keeps_the_stored_one()
    {
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var frenchMember = await session.GetAsync("/admin/content/Member/new?culture=fr");
        var options = frenchMember.All("#f-Member-Country option").Select(o => o.TextContent).ToList();
        Assert.Contains("Allemagne", options);
        Assert.DoesNotContain("Germany", options);

        var tivatFr = await site.WithContentAsync((content, _) => content.GetVariantAsync("member-tivat", "fr", VersionOptions.Latest));
        var edit = await session.GetAsync($"/admin/content/{tivatFr!.ContentItemId}/edit");
        var selected = edit.Get("#f-Member-Country option[selected]");
        Assert.Equal("Monténégro", selected.TextContent);
        Assert.Equal(tivatFr.Get("Member", "Country")![0]!.GetValue<string>(), selected.GetAttribute("value"));
        Assert.Equal("42.43", edit.Get("#f-Member-Location-lat").GetAttribute("value")![..5]);
    }

    [Fact]
    public async Task An_unknown_item_gets_the_admin_404_page_in_the_users_language()
    {
        var editor = await AdminUsers.CreateAsync(site, "lecteur", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        var item = await session.GetAsync("/admin/content/no-such-item/edit");
        var type = await session.GetAsync("/admin/content/NoSuchType");

        Assert.Equal(HttpStatusCode.NotFound, item.Status);
        Assert.Equal("Page introuvable", item.Text("h1"));
        Assert.Equal(HttpStatusCode.NotFound, type.Status);
    }

    [Fact]
    public async Task The_language_switch_stores_the_choice_and_the_admin_answers_in_it()
    {
        var editor = await AdminUsers.CreateAsync(site, "switcher", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var list = await session.GetAsync("/admin/content/Country?q=fran");
        Assert.Equal("Content by type", (await session.GetAsync("/admin")).Text("#counts-heading"));

        var switched = await session.SubmitAsync(list.Form("form.language-switch"), "button[value=fr]");

        Assert.Equal("/admin/content/Country?q=fran", switched.Location);
        var french = await session.GetAsync(switched.Location!);
        Assert.Equal("fr", french.Get("html").GetAttribute("lang"));
        Assert.Equal("true", french.Get(".language-switch button[value=fr]").GetAttribute("aria-pressed"));
        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AllianceCms.Data.Entities.CmsUser>>();
        Assert.Equal("fr", (await users.FindByIdAsync(editor.Id))!.PreferredCulture);
    }

    [Fact]
    public async Task The_list_searches_titles_filters_by_status_and_language_sorts_and_pages()
    {
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var search = await session.GetAsync("/admin/content/Country?q=fran&culture=en");
        Assert.Equal(["France"], search.All("table.data-table tbody tr td:first-child a").Select(a => a.TextContent));

        var french = await session.GetAsync("/admin/content/Country?culture=fr&sort=title&dir=asc");
        var titles = french.All("table.data-table tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Equal(25, titles.Count);
        Assert.Equal("Albanie", titles[0]);
        var alphabetical = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace);
        Assert.Equal(titles.Order(alphabetical).ToList(), titles);
        Assert.Contains("46", french.Text(".result-count"));

        var second = await session.GetAsync("/admin/content/Country?culture=fr&sort=title&dir=asc&p=2");
        Assert.Equal(21, second.All("table.data-table tbody tr").Count);
        Assert.Equal("2", second.Text(".pager a[aria-current=page]"));
        Assert.DoesNotContain(second.All("table.data-table tbody tr td:first-child a").Select(a => a.TextContent), titles.Contains);

        var draft = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Draftonia"), "QD"), publish: false).CreatedAsync());
        var drafts = await session.GetAsync("/admin/content/Country?status=draft");
        Assert.Contains(draft.DisplayText, drafts.All("table.data-table tbody a").Select(a => a.TextContent));
        Assert.All(drafts.All(".badge"), b => Assert.Equal("Draft", b.TextContent));
    }

    [Fact]
    public async Task The_dashboard_counts_items_per_type_and_lists_recent_drafts_and_publications()
    {
        var draft = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Dashboard draft")), publish: false).CreatedAsync());
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var dashboard = await session.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        var countryRow = dashboard.All("table.data-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Country"));
        Assert.True(int.Parse(countryRow.Children[1].TextContent.Trim()) >= 92);
        Assert.Contains(draft.DisplayText, dashboard.Text("section[aria-labelledby=drafts-heading]"));
        Assert.NotEmpty(dashboard.All("section[aria-labelledby=published-heading] li"));
        Assert.Contains("Join application", dashboard.Text("nav.admin-nav"));

        var editor = await AdminUsers.CreateAsync(site, "dashboard-editor", "en", "Editor");
        using var editorSession = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var editorDashboard = await editorSession.GetAsync("/admin");
        Assert.Contains("Participant", editorDashboard.Text("nav.admin-nav"));
        Assert.DoesNotContain("Join application", editorDashboard.Text("main") + editorDashboard.Text("nav.admin-nav"));
    }

    [Theory]
    [InlineData("Country")]
    [InlineData("Member")]
    [InlineData("NewsItem")]
    [InlineData("GlossaryTerm")]
    [InlineData("Page")]
    public async Task Every_input_of_the_editor_has_a_label_and_every_field_of_the_type_an_input(string type)
    {
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var page = await session.GetAsync($"/admin/content/{type}/new");
        var snapshot = await site.Services.GetRequiredService<AllianceCms.Core.Metadata.IContentDefinitionStore>().GetSnapshotAsync();

        foreach (var control in page.All("#content-form input:not([type=hidden]), #content-form select, #content-form textarea"))
        {
            var id = control.GetAttribute("id");
            Assert.False(string.IsNullOrEmpty(id), $"{control.OuterHtml} has no id.");
            Assert.True(page.Find($"label[for='{id}']") is not null, $"No label for #{id}.");
        }
        foreach (var (part, field) in snapshot.Get(type).Fields)
            Assert.True(page.Find($"[name^='{part.Name}.{field.Name}']") is not null, $"No input for {part.Name}.{field.Name} ({field.Kind}).");
        Assert.All(page.All("#content-form fieldset"), fieldset => Assert.NotNull(fieldset.QuerySelector("legend")));
    }
}
