namespace AllianceCms.Admin.Security;

/// <summary>Claims the admin adds to a signed-in user's cookie, besides Identity's own.</summary>
public static class AdminClaimTypes
{
    /// <summary>The language the admin speaks to the user (their PreferredCulture when they signed in).</summary>
    public const string Culture = "alliance:culture";

    public const string DisplayName = "alliance:display-name";
}
