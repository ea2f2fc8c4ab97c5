using System.ComponentModel.DataAnnotations;

namespace AllianceCms.Web.Setup;

/// <summary>First-run settings: "Setup" in appsettings.json or Setup__* environment variables.</summary>
public sealed class SetupOptions
{
    public const string Section = "Setup";

    /// <summary>A recipe name in the recipes folder ("alliance") or a path to a recipe file.</summary>
    [Required] public string Recipe { get; set; } = "alliance";

    public string AdminUserName { get; set; } = "admin";

    /// <summary>When empty, admin@{host} is used.</summary>
    [EmailAddress] public string? AdminEmail { get; set; }

    /// <summary>When empty, a password is generated and printed once to the console.</summary>
    public string? AdminPassword { get; set; }
}
