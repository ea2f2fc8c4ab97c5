namespace AllianceCms.Core.Audit;

/// <summary>The categories and actions the CMS records; modules may record their own under other names.</summary>
public static class AuditCategories
{
    public const string Content = "content";
    public const string Account = "account";
    public const string Users = "users";
    public const string Roles = "roles";
    public const string Settings = "settings";
    public const string Templates = "templates";
    public const string Menus = "menus";
}

public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Published = "published";
    public const string Unpublished = "unpublished";
    public const string Deleted = "deleted";
    public const string Restored = "restored";

    public const string SignedIn = "signed-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignedOut = "signed-out";

    public const string Changed = "changed";
    public const string Invited = "invited";
    public const string Locked = "locked";
    public const string Unlocked = "unlocked";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string PasswordReset = "password-reset";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string TwoFactorDisabled = "two-factor-disabled";
}
