using System.Net;
using AllianceCms.Core.Settings;
using AllianceCms.Display.Templating;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Tests.Integration.Display;

/// <summary>A template with a Liquid error never takes a page down: it is logged and the next alternate renders.</summary>
[Collection("display")]
public sealed class BrokenTemplateTests(DisplaySiteFactory site)
{
    /// <summary>Stores templates as an old import or another tool might have: without the admin's check.</summary>
    private static async Task StoreUncheckedAsync(WebApplicationFactory<Program> host, params (string Name, string? Source)[] templates)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var document = await documents.GetAsync<StoredTemplatesDocument>(StoredTemplatesDocument.DocumentName) ?? new StoredTemplatesDocument();
        foreach (var (name, source) in templates)
        {
            if (source is null) document.Templates.Remove(name);
            else document.Templates[name] = new StoredTemplate { Source = source };
        }
        await documents.SaveAsync(StoredTemplatesDocument.DocumentName, document);
        scope.ServiceProvider.GetRequiredService<DatabaseTemplates>().Invalidate();
    }

    [Fact]
    public async Task A_template_with_a_syntax_error_is_skipped_and_logged_and_the_page_still_renders()
    {
        var country = await site.PublishedCountryAsync(Items.Unique("Brokenland"));
        var log = new LogRecorder();
        await using var host = site.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
        await StoreUncheckedAsync(host, ($"Content-Country-Detail-{country.Slug}", "<p>{% if item.title %}never closed"));

        var html = await host.Browser().HtmlAsync($"/countries/{country.Slug}");
        Assert.Contains($"<h1>{country.DisplayText}</h1>", html); // the generic detail template took over
        Assert.DoesNotContain("never closed", html);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains($"Content-Country-Detail-{country.Slug}") && e.Message.Contains("not valid Liquid"));
    }

    [Fact]
    public async Task A_template_that_fails_while_rendering_falls_back_to_the_next_alternate_and_is_logged()
    {
        var country = await site.PublishedCountryAsync(Items.Unique("Failland"));
        var log = new LogRecorder();
        await using var host = site.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
        await StoreUncheckedAsync(host,
            ($"Content-Country-Detail-{country.Slug}", "{% zone \"head\" %}<meta name=\"from-the-failed-template\">{% endzone %}<p>before</p>{% render \"no-such-partial\" %}"),
            ($"Content-Country-Detail-{country.ContentItemId}", "<p id=\"fallback\">next alternate: {{ item.title }}</p>"));

        var html = await host.Browser().HtmlAsync($"/countries/{country.Slug}");
        Assert.Contains($"<p id=\"fallback\">next alternate: {country.DisplayText}</p>", html);
        Assert.DoesNotContain("from-the-failed-template", html); // what it added to zones went with it
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Exception is not null && e.Message.Contains($"Content-Country-Detail-{country.Slug}"));
    }

    [Fact]
    public async Task A_broken_layout_falls_back_to_the_next_layout()
    {
        var log = new LogRecorder();
        await using var host = site.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
        await StoreUncheckedAsync(host, ("Layout-NotFound", "{% for %}"));
        try
        {
            var html = await host.Browser().HtmlAsync("/countries/no-such-country-at-all", HttpStatusCode.NotFound);
            Assert.Contains("<html lang=\"en\">", html);
            Assert.Contains("Page not found", html);
            Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("Layout-NotFound"));
        }
        finally
        {
            await StoreUncheckedAsync(host, ("Layout-NotFound", null));
        }
    }
}
