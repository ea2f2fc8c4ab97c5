using System.Net;
using System.Text;
using AllianceCms.Core.Content;
using AllianceCms.Core.Routing;

namespace AllianceCms.Web.Home;

/// <summary>
/// Serves routable items at their friendly URL, and former slugs as 301 redirects. Renders a plain
/// page of the public fields until a theme takes over the public site.
/// </summary>
public static class DefaultItemPage
{
    public static async Task<IResult> RenderAsync(HttpContext http, ContentUrls urls, IContentManager content, CancellationToken ct)
    {
        var match = await urls.ResolveAsync(http.Request.Path.Value ?? "", ct);
        if (match is null) return Results.NotFound();
        if (match.RedirectTo is { } target) return Results.Redirect(target + http.Request.QueryString, permanent: true);

        var item = await content.GetAsync(match.ContentItemId, VersionOptions.Published, ct);
        if (item is null) return Results.NotFound();

        var html = new StringBuilder();
        html.Append($"<!doctype html><html lang=\"{item.Culture}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{Encode(item.DisplayText)}</title></head><body><main>");
        html.Append($"<h1>{Encode(item.DisplayText)}</h1><dl>");
        foreach (var (part, field) in match.Type.Fields.Where(f => !f.Field.Settings.Private))
        {
            if (item.Get(part.Name, field.Name) is not { } value) continue;
            var text = field.Kind == Core.Metadata.FieldKinds.RichText ? value.GetValue<string>() : Encode(value.ToJsonString());
            html.Append($"<dt>{Encode(field.Label.For(item.Culture))}</dt><dd>{text}</dd>");
        }
        html.Append("</dl></main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
