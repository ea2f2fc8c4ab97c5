using AllianceCms.Core.Content;
using AllianceCms.Display.Templating;

namespace AllianceCms.Display.Rendering;

/// <summary>
/// Template names to try for a shape, most specific first. A theme or an administrator overrides a
/// shape for one item (by slug or id), for a type in one display, for a type, or for everything.
/// </summary>
public static class Alternates
{
    public const string Detail = "Detail";
    public const string Summary = "Summary";

    /// <summary>
    /// For an item in a display type, e.g. Detail: <c>Content-{Type}-Detail-{slug}</c>,
    /// <c>Content-{Type}-Detail-{id}</c>, <c>Content-{Type}-Detail</c>, <c>Content-{Type}</c>,
    /// <c>Content-Detail</c>, <c>Content</c>. The id is the variant's, then the localization set's
    /// (one override for every culture of the item).
    /// </summary>
    public static IReadOnlyList<string> ForContent(ContentItem item, string displayType)
    {
        var type = item.ContentType;
        var names = new List<string>(7);
        if (item.Slug is { Length: > 0 } slug) names.Add($"Content-{type}-{displayType}-{slug}");
        names.Add($"Content-{type}-{displayType}-{item.ContentItemId}");
        if (item.LocalizationSet != item.ContentItemId) names.Add($"Content-{type}-{displayType}-{item.LocalizationSet}");
        names.Add($"Content-{type}-{displayType}");
        names.Add($"Content-{type}");
        names.Add($"Content-{displayType}");
        names.Add("Content");
        return Valid(names);
    }

    /// <summary>A list page of a type: <c>List-{Type}</c>, <c>List</c>.</summary>
    public static IReadOnlyList<string> ForList(string contentType) => Valid([$"List-{contentType}", "List"]);

    /// <summary>The page around the content: <c>Layout-{Type}</c> (item and list pages), <c>Layout-{Kind}</c>, <c>Layout</c>.</summary>
    public static IReadOnlyList<string> ForLayout(string pageKind, string? contentType) =>
        Valid(contentType is null ? [$"Layout-{pageKind}", "Layout"] : [$"Layout-{contentType}", $"Layout-{pageKind}", "Layout"]);

    /// <summary>Names that cannot be template names (an id with a slash, say) are left out rather than tried.</summary>
    private static IReadOnlyList<string> Valid(List<string> names)
    {
        names.RemoveAll(n => !TemplateNames.IsValid(n));
        return names;
    }
}
