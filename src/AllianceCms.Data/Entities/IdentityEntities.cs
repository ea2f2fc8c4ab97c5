using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Data.Entities;

/// <summary>A person who signs in to the admin.</summary>
public sealed class CmsUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The language the admin speaks to this user ("en", "fr").</summary>
    public string PreferredCulture { get; set; } = "en";
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A role; its permissions are role claims of type <see cref="PermissionClaimType"/>.</summary>
public sealed class CmsRole : IdentityRole
{
    public const string PermissionClaimType = "permission";

    /// <summary>A role claim marking a role a recipe declared (the site's own roles): it cannot be deleted in the admin.</summary>
    public const string BuiltInClaimType = "cms:built-in";

    public CmsRole() { }
    public CmsRole(string name) : base(name) { }

    public string? Description { get; set; }
}
