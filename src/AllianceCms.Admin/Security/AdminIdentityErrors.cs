using AllianceCms.Admin.Localization;
using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Admin.Security;

/// <summary>Identity's messages about passwords and tokens in the admin's language (the rest keep Identity's English).</summary>
public sealed class AdminIdentityErrors(AdminText T) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), T["PasswordTooShort", length]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), T["PasswordRequiresDigit"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), T["PasswordRequiresLower"]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), T["PasswordRequiresUpper"]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), T["PasswordRequiresNonAlphanumeric"]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), T["PasswordRequiresUniqueChars", uniqueChars]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), T["PasswordLinkInvalid"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
