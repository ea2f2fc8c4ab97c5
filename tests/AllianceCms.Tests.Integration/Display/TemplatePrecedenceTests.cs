using AllianceCms.Display;
using AllianceCms.Display.Templating;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.Display;

/// <summary>
/// A template is looked for in the database, then the theme, then the modules. This host runs a test
/// theme and a test "module" (this assembly's Templates/*.liquid) over the shared site's database.
/// </summary>
[Collection("display")]
public sealed class TemplatePrecedenceTests(DisplaySiteFactory site) : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("alliance-themes-").FullName;

    private WebApplicationFactory<Program> Host()
    {
        var views = Directory.CreateDirectory(Path.Combine(_themes, "Test.Theme", "Views")).FullName;
        File.WriteAllText(Path.Combine(views, "Content-Country-Detail-display-probe-a.liquid"), "<p id=\"probe\">theme A: {{ item.title }}</p>");
        return site.WithWebHostBuilder(b =>
        {
            b.UseSetting("Display:ThemesPath", _themes);
            b.UseSetting("Display:Theme", "Test.Theme");
            b.ConfigureServices(s => s.AddCmsTemplates(typeof(TemplatePrecedenceTests).Assembly));
        });
    }

    [Fact]
    public async Task The_database_template_overrides_the_theme_which_overrides_the_module()
    {
        await site.PublishedCountryAsync("Probe A", slug: "display-probe-a");
        await site.PublishedCountryAsync("Probe B", slug: "display-probe-b");
        await using var host = Host();
        var client = host.Browser();

        Assert.Contains("<p id=\"probe\">theme A: Probe A</p>", await client.HtmlAsync("/countries/display-probe-a"));
        Assert.Contains("<p id=\"probe\">module B: Probe B</p>", await client.HtmlAsync("/countries/display-probe-b"));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<TemplateStore>()
                .SaveAsync("Content-Country-Detail-display-probe-a", "<p id=\"probe\">database A: {{ item.title }}</p>");
            Assert.True(saved.Saved, saved.Error);
        }
        // At once, though the page was in the output cache: saving a template drops the cached pages.
        Assert.Contains("<p id=\"probe\">database A: Probe A</p>", await client.HtmlAsync("/countries/display-probe-a"));
        Assert.Contains("<p id=\"probe\">module B: Probe B</p>", await client.HtmlAsync("/countries/display-probe-b"));

        await using (var scope = host.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<TemplateStore>().DeleteAsync("Content-Country-Detail-display-probe-a"));
        Assert.Contains("<p id=\"probe\">theme A: Probe A</p>", await client.HtmlAsync("/countries/display-probe-a"));
    }

    [Fact]
    public async Task A_theme_without_a_layout_falls_back_to_the_cores_default_layout()
    {
        await using var host = Host();
        var html = await host.Browser().HtmlAsync("/countries/france");
        Assert.StartsWith("<!doctype html>", html.TrimStart());
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>", html);
        Assert.DoesNotContain("/theme/css/site.css", html);
    }

    [Fact]
    public async Task The_admin_cannot_save_a_template_that_is_not_valid_liquid()
    {
        await using var scope = site.Scope();
        var store = scope.ServiceProvider.GetRequiredService<TemplateStore>();
        var refused = await store.SaveAsync("Content-Country", "{% if item.title %}unclosed");
        Assert.False(refused.Saved);
        Assert.Contains("endif", refused.Error);
        Assert.Null(await store.GetAsync("Content-Country"));

        Assert.False((await store.SaveAsync("../Layout", "fine")).Saved);
        Assert.True(store.TryParse("{{ item.title }}", out var error));
        Assert.Null(error);
    }

    public void Dispose()
    {
        try { Directory.Delete(_themes, recursive: true); } catch (IOException) { }
    }
}
