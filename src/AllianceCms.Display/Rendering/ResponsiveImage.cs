using System.Globalization;
using System.Text;
using AllianceCms.Core.Media;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Display.Rendering;

/// <summary>
/// Library images as pages write them: URLs carrying the file's version (cached for a year) and an
/// &lt;img&gt; with a srcset of the library's variant widths, its real size and its alternative text in the
/// page's culture (else another culture's, marked with lang).
/// </summary>
public static class ResponsiveImage
{
    /// <summary>A file's URL with its version when the library knows it; the bare path's URL otherwise.</summary>
    public static async Task<string?> UrlAsync(string? path, int? width, int? height, PageRenderState state)
    {
        var url = MediaUrls.For(path, width, height);
        if (url is null || state.Services.GetService<IMediaCatalog>() is not { } catalog) return url;
        return await catalog.FindAsync(path!.Trim('/'), state.CancellationToken) is { } file ? WithVersion(url, file.Version) : url;
    }

    /// <summary>The &lt;img&gt; of a library image shown at most <paramref name="width"/> CSS pixels wide; "" when the path is not a library image.</summary>
    public static async Task<string> HtmlAsync(string? path, int? width, string? sizes, string? cssClass, PageRenderState state)
    {
        if (string.IsNullOrWhiteSpace(path) || state.Services.GetService<IMediaCatalog>() is not { } catalog) return "";
        if (await catalog.FindAsync(path.Trim('/'), state.CancellationToken) is not { IsImage: true } file) return "";
        var shown = Math.Min(width is > 0 ? width.Value : file.Width!.Value, file.Width!.Value);
        var shownHeight = Math.Max(1, (int)Math.Round(file.Height!.Value * (double)shown / file.Width.Value));
        var candidates = catalog.VariantWidths.Where(w => w < file.Width.Value)
            .Select(w => (Url: WithVersion(MediaUrls.For(file.Path, w)!, file.Version), Width: w))
            .Append((Url: WithVersion(MediaUrls.For(file.Path)!, file.Version), Width: file.Width.Value))
            .ToList();
        var src = candidates.First(c => c.Width >= shown).Url;
        var alt = file.Alt(state.Culture);
        var altCulture = file.AltCulture(state.Culture);

        var html = new StringBuilder("<img src=\"").Append(Encode(src)).Append('"');
        if (candidates.Count > 1)
        {
            html.Append(" srcset=\"").Append(Encode(string.Join(", ", candidates.Select(c => c.Url + " " + c.Width.ToString(CultureInfo.InvariantCulture) + "w")))).Append('"');
            html.Append(" sizes=\"").Append(Encode(sizes is { Length: > 0 } ? sizes : $"(max-width: {shown}px) 100vw, {shown}px")).Append('"');
        }
        html.Append(CultureInfo.InvariantCulture, $" width=\"{shown}\" height=\"{shownHeight}\" alt=\"{Encode(alt)}\"");
        if (altCulture is not null && !string.Equals(altCulture, state.Culture, StringComparison.OrdinalIgnoreCase)) html.Append(" lang=\"").Append(Encode(altCulture)).Append('"');
        if (cssClass is { Length: > 0 }) html.Append(" class=\"").Append(Encode(cssClass)).Append('"');
        return html.Append(" loading=\"lazy\" decoding=\"async\">").ToString();
    }

    private static string WithVersion(string url, string version) =>
        url + (url.Contains('?') ? "&" : "?") + "v=" + Uri.EscapeDataString(version);

    private static string Encode(string text) => Templating.LiquidEngine.HtmlEncoder.Encode(text);
}
