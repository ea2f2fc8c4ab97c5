namespace AllianceCms.Display.Caching;

/// <summary>
/// Output-cache tags of public pages: a page is tagged with every item it showed (by localization
/// set, so that publishing any culture's variant reaches it) and every type it listed.
/// </summary>
public static class CacheTags
{
    /// <summary>Every public page; dropped when templates change.</summary>
    public const string AllPages = "cms:pages";

    public static string Item(string localizationSet) => "cms:item:" + localizationSet;

    public static string Type(string contentType) => "cms:type:" + contentType;
}
