using AllianceCms.Core.Localization;

namespace AllianceCms.Core.Security;

/// <summary>
/// A named right, granted to roles. Content permissions are "content.{action}:{Type}" (or ":*"
/// for every type), with "content.{action}.own:{Type}" for an author's own items.
/// </summary>
public sealed record Permission(string Name, LocalizedText Description)
{
    public const string All = "*";

    public static string ForContent(string action, string contentType, bool ownOnly = false) =>
        $"content.{action}{(ownOnly ? ".own" : "")}:{contentType}";
}

/// <summary>The actions on content that permissions name.</summary>
public static class ContentActions
{
    public const string View = "view";
    public const string Edit = "edit";
    public const string Publish = "publish";
    public const string Delete = "delete";

    public static IReadOnlyList<string> AllActions { get; } = [View, Edit, Publish, Delete];
}
