using System.Net;
using System.Text;
using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using Microsoft.Extensions.Options;

namespace AllianceCms.Web.Home;

/// <summary>
/// A plain page listing the latest published items per public type: what "/" shows until a theme
/// takes over the public site.
/// </summary>
public static class DefaultHomePage
{
    private const int PerType = 10;

    public static async Task<IResult> RenderAsync(string? culture, IContentQueryService queries, IContentDefinitionStore definitions, IOptions<CultureOptions> cultures, CancellationToken ct)
    {
        culture ??= cultures.Value.Default;
        if (!cultures.Value.IsSupported(culture)) return Results.NotFound();
        var html = new StringBuilder();
        html.Append($"<!doctype html><html lang=\"{culture}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Alliance CMS</title></head><body><main>");
        html.Append("<h1>Alliance CMS</h1>");
        foreach (var type in (await definitions.GetSnapshotAsync(ct)).Types.Where(t => !t.Settings.Private && t.Settings.Listable))
        {
            var page = await queries.QueryAsync(new ContentQuery { Types = [type.Name], Culture = culture, PageSize = PerType, IncludeTotal = true }, ct);
            html.Append($"<section><h2>{Encode(type.Type.Label.For(culture))} ({page.TotalCount})</h2><ul>");
            foreach (var item in page.Items) html.Append($"<li>{Encode(item.DisplayText)}</li>");
            html.Append("</ul></section>");
        }
        html.Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
