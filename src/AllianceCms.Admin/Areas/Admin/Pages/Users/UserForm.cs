using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;

namespace AllianceCms.Admin.Areas.Admin.Pages.Users;

/// <summary>The fields a user's page posts, what it shows back, and the messages for the fields that are wrong.</summary>
public sealed class UserForm
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Culture { get; set; }
    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<string> AllRoles { get; set; } = [];
    public Dictionary<string, string> Errors { get; } = [];

    public UserChanges ToChanges() =>
        new((DisplayName ?? "").Trim(), (Email ?? "").Trim(), Culture ?? "", Roles.Where(r => r.Length > 0).Distinct().ToList());

    /// <summary>Keys from <see cref="UserAccounts"/> become messages; "!" marks a message already in words (Identity's).</summary>
    public void AddErrors(IReadOnlyDictionary<string, string> errors, AdminText T)
    {
        foreach (var (field, key) in errors) Errors[field] = key.StartsWith('!') ? key[1..] : T[key];
    }

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);
}
