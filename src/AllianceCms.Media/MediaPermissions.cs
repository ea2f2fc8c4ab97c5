namespace AllianceCms.Media;

/// <summary>The permission of the media library (granted to roles like any other: see the recipe's roles).</summary>
public static class MediaPermissions
{
    /// <summary>Browse, upload, describe and delete library files.</summary>
    public const string Manage = "media.manage";
}
