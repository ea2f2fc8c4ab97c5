using AllianceCms.Core.Metadata;
using AllianceCms.Core.Security;

namespace AllianceCms.Admin.Security;

/// <summary>How far a user's right to an action on a type reaches.</summary>
public enum ContentReach
{
    None,
    /// <summary>Only the items the user owns (an author's own drafts).</summary>
    Own,
    All,
}

/// <summary>The admin's reading of <see cref="PermissionSet"/> for content types.</summary>
public static class ContentPermissions
{
    /// <summary>
    /// Whether a user may act on an item of a type. Private types hold personal data: a permission for
    /// every type (":*") does not reach them, the type must be named (or the user has "*").
    /// </summary>
    public static bool Can(this PermissionSet permissions, string action, ContentTypeModel type, bool isOwner)
    {
        if (!type.Settings.Private) return permissions.CanContent(action, type.Name, isOwner);
        return permissions.Has(Permission.ForContent(action, type.Name))
            || (isOwner && permissions.Has(Permission.ForContent(action, type.Name, ownOnly: true)));
    }

    public static ContentReach Reach(this PermissionSet permissions, string action, ContentTypeModel type) =>
        permissions.Can(action, type, isOwner: false) ? ContentReach.All
        : permissions.Can(action, type, isOwner: true) ? ContentReach.Own
        : ContentReach.None;

    /// <summary>The types the admin lists for a user: listable ones they may view, all or their own.</summary>
    public static IReadOnlyList<ContentTypeModel> ListableTypes(this PermissionSet permissions, ContentDefinitionSnapshot snapshot) =>
        snapshot.Types.Where(t => t.Settings.Listable && permissions.Reach(ContentActions.View, t) != ContentReach.None).ToList();
}
