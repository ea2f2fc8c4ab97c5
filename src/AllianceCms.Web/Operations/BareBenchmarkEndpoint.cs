using System.Collections.Concurrent;
using System.Text;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Routing;
using AllianceCms.Display.Pages;

namespace AllianceCms.Web.Operations;

/// <summary>"Benchmark" in appsettings: measurement aids that are off unless a benchmark turns them on.</summary>
public sealed class BenchmarkOptions
{
    public const string Section = "Benchmark";

    /// <summary>Maps <see cref="BareBenchmarkEndpoint.Path"/>; never on in production.</summary>
    public bool BareEndpoint { get; set; }
}

/// <summary>
/// The yardstick of scripts/benchmark-site.sh: <c>/_benchmark/bare?path=/</c> sends the bytes of a public
/// page, drawn once by the public page endpoint and kept in memory, through the same middleware but
/// without rendering. wrk against it and against the page itself, in one run, tells what rendering
/// and the output cache cost over the bare host. Only mapped when Benchmark:BareEndpoint is true.
/// </summary>
public static class BareBenchmarkEndpoint
{
    public const string Path = "/_benchmark/bare";
    private const int MaxPages = 16;


    public static void Map(WebApplication app)
    {
        if (app.Configuration.GetSection(BenchmarkOptions.Section).Get<BenchmarkOptions>() is not { BareEndpoint: true }) return;
        var pages = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        app.MapGet(Path, async (HttpContext http, string? path, CancellationToken ct) =>
        {
            path = string.IsNullOrEmpty(path) ? "/" : path;
            if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith(Path, StringComparison.Ordinal)) return Results.BadRequest();
            if (!pages.TryGetValue(path, out var bytes))
            {
                if (pages.Count >= MaxPages) return Results.BadRequest();
                // Drawn as if requested at that path, so that its links, canonical URL and title are the page's own.
                var own = http.Request.Path;
                http.Request.Path = path;
                try
                {
                    var s = http.RequestServices;
                    var result = await PublicPageEndpoints.HandleAsync(http, s.GetRequiredService<ContentUrls>(), s.GetRequiredService<IContentDefinitionStore>(),
                        s.GetRequiredService<IContentManager>(), s.GetRequiredService<PublicPageRenderer>(), ct);
                    if (result is not PageResult { Page.StatusCode: 200 } page) return Results.NotFound();
                    bytes = Encoding.UTF8.GetBytes(page.Page.Html);
                }
                finally { http.Request.Path = own; }
                pages.TryAdd(path, bytes);
            }
            return Results.Bytes(bytes, "text/html; charset=utf-8");
        }).WithName("benchmark-bare");
    }
}
