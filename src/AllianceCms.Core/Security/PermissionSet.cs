namespace AllianceCms.Core.Security;

/// <summary>The permissions a user holds through their roles, and the rule for content actions.</summary>
public sealed class PermissionSet(IEnumerable<string> granted)
{
    private readonly HashSet<string> _granted = granted.ToHashSet(StringComparer.Ordinal);

    public bool Has(string permission) => _granted.Contains(Permission.All) || _granted.Contains(permission);

    /// <summary>
    /// Whether a user may act on an item of a type: any item with "content.edit:Type" (or ":*"),
    /// their own items with "content.edit.own:Type".
    /// </summary>
    public bool CanContent(string action, string contentType, bool isOwner) =>
        Has(Permission.ForContent(action, contentType)) || Has(Permission.ForContent(action, Permission.All))
        || (isOwner && (Has(Permission.ForContent(action, contentType, ownOnly: true)) || Has(Permission.ForContent(action, Permission.All, ownOnly: true))));
}
