using System.Net;
using AllianceCms.Core.Audit;
using AllianceCms.Display.Templating;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin.Templates;

/// <summary>
/// An administrator overrides a template of the public site from the admin: on a site of its own,
/// as these tests change how news pages look.
/// </summary>
public sealed class TemplateOverrideTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Template = "Content-NewsItem-Detail";
    private const string NewsPage = "/news/tivat-127th-participant";

    [Fact]
    public async Task An_administrator_overrides_a_template_and_the_public_page_shows_it_at_once()
    {
        var name = Template;
        var before = await site.Browser().HtmlAsync(NewsPage); // now in the output cache
        Assert.DoesNotContain("override-probe", before);
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var list = await admin.GetAsync("/admin/templates");
        Assert.Equal("Theme", list.Text($"tr[data-template='{name}'] .template-origin"));
        Assert.NotNull(list.Find("tr[data-template='Layout']"));
        Assert.NotNull(list.Find("tr[data-template='Content-Summary']")); // a module's default the theme does not override

        var editor = await admin.GetAsync($"/admin/templates/{name}/edit");
        var form = editor.Form("#template-form");
        var themeSource = form.Get("Source")!;
        Assert.StartsWith("<article class=\"content-item content-newsitem\"", themeSource);

        var saved = await admin.SubmitAsync(form.Set("Source", "<p id=\"override-probe\">Overridden: {{ item.title }}</p>\n" + themeSource));

        Assert.Equal($"/admin/templates/{name}", saved.Location);
        var view = await admin.GetAsync(saved.Location!);
        Assert.Equal("Administrator's override", view.Text("#template-origin"));
        Assert.Contains("Overridden:", view.Text("#template-source"));
        Assert.Contains("<p id=\"override-probe\">Overridden: Tivat is the 127th participant</p>", await site.Browser().HtmlAsync(NewsPage));
        Assert.Equal("Administrator's override", (await admin.GetAsync("/admin/templates")).Text($"tr[data-template='{name}'] .template-origin"));

        await using var scope = site.Scope();
        var entry = (await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Category = AuditCategories.Templates }, 0, 10)).Entries
            .First(e => e.SubjectId == name);
        Assert.Equal(AuditActions.Created, entry.Action);
        var revision = Assert.Single(await scope.ServiceProvider.GetRequiredService<TemplateHistory>().ListAsync(name));
        Assert.Equal("Administrator", revision.ModifiedBy); // the display name of the "admin" account

        // Removing the override (after a confirmation) brings the theme's version back.
        var confirm = await admin.GetAsync($"/admin/templates/{name}/remove");
        Assert.Contains("Theme", confirm.Text("#template-remove-consequence"));
        var removed = await admin.SubmitAsync(confirm.Form("#template-remove-form"));
        Assert.Equal($"/admin/templates/{name}", removed.Location);
        Assert.Equal("Theme", (await admin.GetAsync(removed.Location!)).Text("#template-origin"));
        Assert.DoesNotContain("override-probe", await site.Browser().HtmlAsync(NewsPage));
        Assert.Contains((await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Category = AuditCategories.Templates }, 0, 10)).Entries,
            e => e.SubjectId == name && e.Action == AuditActions.Deleted);

        // The history keeps the removed override, which can be opened in the editor again.
        var again = await admin.GetAsync($"/admin/templates/{name}/edit?revision=1");
        Assert.StartsWith("<p id=\"override-probe\">", again.Form("#template-form").Get("Source"));
    }

    [Fact]
    public async Task A_template_with_a_syntax_error_is_refused_with_its_line_and_column_and_nothing_is_saved()
    {
        const string name = "Content-NewsItem-Summary";
        var before = await site.Browser().HtmlAsync("/news");
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var form = (await admin.GetAsync($"/admin/templates/{name}/edit")).Form("#template-form");
        var broken = "<p>fine</p>\n<p>{% if item.title %}never closed</p>";

        var refused = await admin.SubmitAsync(form.Set("Source", broken));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var error = refused.Text("#template-editor-error");
        Assert.Matches(@"^Line \d+, column \d+: this is not valid Liquid \(.+\)\.$", error);
        Assert.Equal("true", refused.Get("#template-editor").GetAttribute("aria-invalid"));
        Assert.Contains("template-editor-error", refused.Get("#template-editor").GetAttribute("aria-describedby"));
        Assert.Equal(broken, refused.Form("#template-form").Get("Source"));
        Assert.Equal("Theme", (await admin.GetAsync($"/admin/templates/{name}")).Text("#template-origin"));
        Assert.Equal(PublicMain(before), PublicMain(await site.Browser().HtmlAsync("/news")));
        await using var scope = site.Scope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TemplateStore>().GetAsync(name));
    }

    [Fact]
    public async Task A_french_administrator_reads_the_syntax_error_in_french()
    {
        var user = await AdminUsers.CreateAsync(site, "templates-fr", "fr", "Administrator");
        using var admin = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var form = (await admin.GetAsync("/admin/templates/Home/edit")).Form("#template-form");

        var refused = await admin.SubmitAsync(form.Set("Source", "{% for x in y %}\n{{ x }}"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Matches(@"^Ligne \d+, colonne \d+ : ce n'est pas du Liquid valide", refused.Text("#template-editor-error"));
        Assert.Equal("Le modèle n'est pas enregistré : corrigez l'erreur indiquée ci-dessous.", refused.Text("[role=alert]"));
    }

    [Fact]
    public async Task Users_without_the_templates_permission_are_refused()
    {
        var editor = await AdminUsers.CreateAsync(site, "templates-editor", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/admin/templates")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/admin/templates/{Template}/edit")).Status);
        var posted = await session.PostWithTokenAsync($"/admin/templates/{Template}/edit", ("Source", "<p>taken over</p>"));
        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        Assert.Null((await session.GetAsync("/admin")).Find("a[href='/admin/templates']"));
        await using var scope = site.Scope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TemplateStore>().GetAsync(Template));
    }

    [Fact]
    public async Task An_unknown_template_is_not_found()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/templates/No-Such-Template")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/templates/No-Such-Template/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/templates/..%2FLayout/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostWithTokenAsync("/admin/templates/No-Such-Template/edit", ("Source", "<p>x</p>"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostWithTokenAsync("/admin/templates/No-Such-Template/remove")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/templates/Home/edit?revision=99")).Status);
        await using var scope = site.Scope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TemplateStore>().GetAsync("No-Such-Template"));
    }

    [Fact]
    public async Task A_save_without_the_antiforgery_token_is_refused()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var posted = await admin.PostAsync("/admin/templates/Layout/edit", [new("Source", "<p>no token</p>")]);

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        await using var scope = site.Scope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TemplateStore>().GetAsync("Layout"));
    }

    private static string PublicMain(string html) => AllianceCms.Tests.Integration.PublicSite.PublicSite.MainOf(html);
}
