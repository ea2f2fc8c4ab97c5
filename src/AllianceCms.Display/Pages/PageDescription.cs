using AllianceCms.Core.Metadata;
using AllianceCms.Core.Routing;
using AllianceCms.Display.Rendering;

namespace AllianceCms.Display.Pages;

/// <summary>The kinds of public page; each has its body template alternates and a <c>Layout-{Kind}</c> alternate.</summary>
public static class PageKinds
{
    public const string Home = "Home";
    public const string List = "List";
    public const string Detail = "Detail";
    public const string NotFound = "NotFound";
    public const string Error = "Error";
}

/// <summary>The same page in another culture: its translation, or the nearest page there when untranslated.</summary>
public sealed record LanguageLink(string Culture, string Url, bool Translated, bool Current);

/// <summary>What a page is before it is drawn: the model behind <c>page</c> in templates.</summary>
public sealed class PageDescription
{
    public required string Kind { get; init; }
    public required string Culture { get; init; }
    public required string Title { get; init; }

    /// <summary>The page's own path, e.g. "/fr/pays/france" (the canonical link).</summary>
    public required string Path { get; init; }

    public int StatusCode { get; init; } = 200;
    public ContentTypeModel? Type { get; init; }
    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];
}

/// <summary>URLs of the pages every site has: a culture's home and a type's list.</summary>
public static class PageModels
{
    public static string HomeUrl(string culture, ContentUrls urls) => urls.CulturePrefix(culture) is { Length: > 0 } prefix ? prefix : "/";

    /// <summary>"/news", "/fr/actualites": public, routable and listable types with a route prefix have a list page.</summary>
    public static string? ListUrl(ContentTypeModel type, string culture, ContentUrls urls) =>
        HasListPage(type) && type.Settings.RoutePrefix.For(culture) is { Length: > 0 } prefix ? $"{urls.CulturePrefix(culture)}/{prefix}" : null;

    public static bool HasListPage(ContentTypeModel type) =>
        type.Settings is { Private: false, Routable: true, Listable: true } && type.Settings.RoutePrefix.Values.Any(p => p.Length > 0);

    /// <summary>The type whose list page a path (without its culture prefix) is, e.g. "actualites" in French.</summary>
    public static ContentTypeModel? ListTypeAt(ContentDefinitionSnapshot definitions, string culture, string remainder) =>
        definitions.Types.FirstOrDefault(t => HasListPage(t) && string.Equals(t.Settings.RoutePrefix.For(culture), remainder, StringComparison.Ordinal));
}
