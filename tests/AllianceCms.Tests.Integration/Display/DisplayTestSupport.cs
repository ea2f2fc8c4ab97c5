using System.Net;
using System.Text.RegularExpressions;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Tests.Integration.Display;

/// <summary>
/// The Alliance site for the display tests, on a database of its own: these tests publish items and
/// store templates, which must not change what the "site" collection's tests count.
/// </summary>
public sealed class DisplaySiteFactory : CmsFactory;

[CollectionDefinition("display")]
public sealed class DisplaySiteCollection : ICollectionFixture<DisplaySiteFactory>;

/// <summary>Keeps what a host logged, to check that a broken template is reported.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly List<(string Category, LogLevel Level, string Message, Exception? Exception)> _entries = [];

    public IReadOnlyList<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries
    {
        get { lock (_entries) return _entries.ToList(); }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (recorder._entries) recorder._entries.Add((category, logLevel, formatter(state, exception), exception));
        }
    }
}

internal static class Pages
{
    public static HttpClient Browser(this WebApplicationFactory<Program> site)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    public static async Task<string> HtmlAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode} instead of {(int)expected}\n{html}");
        return html;
    }

    /// <summary>The output cache answered: it adds an Age header to what it serves from memory.</summary>
    public static bool FromCache(this HttpResponseMessage response) => response.Headers.Age is not null;

    public static string Lang(string html) => Regex.Match(html, "<html lang=\"([^\"]+)\"").Groups[1].Value;

    public static async Task<ContentItem> PublishedCountryAsync(this CmsFactory site, string name, string culture = "en", string? slug = null) =>
        await site.WithContentAsync(async (content, _) =>
        {
            var country = await Items.NewCountryAsync(content, name, culture: culture);
            country.Slug = slug;
            return await content.CreateAsync(country, publish: true).CreatedAsync();
        });
}
