using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using AllianceCms.Admin.Localization;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Mail;
using AllianceCms.Core.Security;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.Security;

/// <summary>What an administrator sets on a user: the same for a new user and an edit.</summary>
public sealed record UserChanges(string DisplayName, string Email, string Culture, IReadOnlyList<string> Roles);

/// <summary>
/// Changes to users as the admin makes them, with the rules that keep the site manageable (an active
/// holder of every permission must remain; nobody locks themselves out) and an audit entry for each.
/// Errors are resx keys by field ("" for the whole form).
/// </summary>
public sealed class UserAccounts(UserManager<CmsUser> users, RoleManager<CmsRole> roles, IAuditTrail audit, IMailQueue mail, TimeProvider clock)
{
    public sealed record Outcome(CmsUser? User, IReadOnlyDictionary<string, string> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>Roles that grant every permission ("*"): their active members are the site's administrators.</summary>
    public async Task<IReadOnlySet<string>> AdministratorRolesAsync(CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in await roles.Roles.AsNoTracking().ToListAsync(ct))
            if ((await roles.GetClaimsAsync(role)).Any(c => c.Type == CmsRole.PermissionClaimType && c.Value == Permission.All)) names.Add(role.Name!);
        return names;
    }

    public async Task<Outcome> CreateAsync(string userName, UserChanges changes, string? initialPassword, Uri? invitationBase, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        await CheckAsync(null, changes, errors, ct);
        userName = userName.Trim();
        if (userName.Length == 0) errors["UserName"] = "UserFieldRequired";
        else if (userName.Length > 100 || userName.Any(c => !(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))) errors["UserName"] = "UserBadName";
        else if (await users.FindByNameAsync(userName) is not null) errors["UserName"] = "UserNameTaken";
        if (initialPassword is not null && initialPassword.Length == 0) errors["Password"] = "UserFieldRequired";
        if (errors.Count > 0) return new(null, errors);

        var user = new CmsUser
        {
            UserName = userName,
            Email = changes.Email,
            EmailConfirmed = true,
            DisplayName = changes.DisplayName,
            PreferredCulture = changes.Culture,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = initialPassword is null ? await users.CreateAsync(user) : await users.CreateAsync(user, initialPassword);
        if (!created.Succeeded) return new(null, IdentityErrors(created, initialPassword is null ? "" : "Password"));
        foreach (var role in changes.Roles) await users.AddToRoleAsync(user, role);
        await RecordAsync(AuditActions.Created, user, $"{user.Email}; {string.Join(", ", changes.Roles)}", new JsonObject
        {
            ["email"] = user.Email, ["displayName"] = user.DisplayName, ["culture"] = user.PreferredCulture,
            ["roles"] = new JsonArray(changes.Roles.Select(r => (JsonNode)r).ToArray()),
        }, ct);
        if (invitationBase is not null) await InviteAsync(user, invitationBase, ct);
        return new(user, errors);
    }

    public async Task<Outcome> UpdateAsync(CmsUser user, UserChanges changes, string? actorId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        await CheckAsync(user, changes, errors, ct);
        var before = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var after = changes.Roles.Order(StringComparer.Ordinal).ToList();
        var rolesChange = !before.SequenceEqual(after);
        if (rolesChange && user.Id == actorId) errors[""] = "UserNotYourself";
        else if (rolesChange && await WouldLeaveNoAdministratorAsync(user, after, ct)) errors[""] = "UserLastAdministrator";
        if (errors.Count > 0) return new(user, errors);

        var details = new JsonObject();
        void Track(string name, string? old, string? value) { if (old != value) details[name] = new JsonObject { ["before"] = old, ["after"] = value }; }
        Track("displayName", user.DisplayName, changes.DisplayName);
        Track("email", user.Email, changes.Email);
        Track("culture", user.PreferredCulture, changes.Culture);
        user.DisplayName = changes.DisplayName;
        user.PreferredCulture = changes.Culture;
        if (!string.Equals(user.Email, changes.Email, StringComparison.Ordinal))
        {
            await users.SetEmailAsync(user, changes.Email);
            user.EmailConfirmed = true;
        }
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return new(user, IdentityErrors(updated, ""));
        if (rolesChange)
        {
            await users.RemoveFromRolesAsync(user, before.Except(after));
            await users.AddToRolesAsync(user, after.Except(before));
            details["roles"] = new JsonObject
            {
                ["before"] = new JsonArray(before.Select(r => (JsonNode)r).ToArray()),
                ["after"] = new JsonArray(after.Select(r => (JsonNode)r).ToArray()),
            };
            // Their permissions changed: a session signed in with the old ones ends.
            await users.UpdateSecurityStampAsync(user);
        }
        if (details.Count > 0) await RecordAsync(AuditActions.Updated, user, string.Join(", ", details.Select(d => d.Key)), details, ct);
        return new(user, errors);
    }

    /// <summary>Lock (until unlocked), unlock, disable or enable an account.</summary>
    public async Task<Outcome> SetStateAsync(CmsUser user, string action, string? actorId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var closing = action is AuditActions.Locked or AuditActions.Disabled;
        if (closing && user.Id == actorId) errors[""] = "UserNotYourself";
        else if (closing && await WouldLeaveNoAdministratorAsync(user, await users.GetRolesAsync(user), ct, closingAccount: true)) errors[""] = "UserLastAdministrator";
        if (errors.Count > 0) return new(user, errors);
        switch (action)
        {
            case AuditActions.Locked:
                await users.SetLockoutEnabledAsync(user, true);
                await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
                break;
            case AuditActions.Unlocked:
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
                break;
            case AuditActions.Disabled:
                await users.SetDisabledAsync(user, true);
                break;
            case AuditActions.Enabled:
                await users.SetDisabledAsync(user, false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
        if (closing) await users.UpdateSecurityStampAsync(user);
        await RecordAsync(action, user, null, null, ct);
        return new(user, errors);
    }

    public async Task<string> StatusAsync(CmsUser user) =>
        await users.IsDisabledAsync(user) ? "disabled" : await users.IsLockedOutAsync(user) ? "locked" : "active";

    /// <summary>Sends the set-password link of a new account, in the user's language.</summary>
    public async Task InviteAsync(CmsUser user, Uri siteBase, CancellationToken ct)
    {
        await SendPasswordLinkAsync(user, siteBase, "InviteSubject", "InviteText", ct);
        await RecordAsync(AuditActions.Invited, user, user.Email, null, ct);
    }

    /// <summary>An e-mail with a link to choose a password (Identity's reset token), in the user's language.</summary>
    public async Task SendPasswordLinkAsync(CmsUser user, Uri siteBase, string subjectKey, string textKey, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = new Uri(siteBase, $"/admin/account/reset-password?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}").ToString();
        var culture = CultureInfo.GetCultureInfo(AdminCulture.IsSupported(user.PreferredCulture) ? user.PreferredCulture : AdminCulture.Default);
        var site = siteBase.Host;
        var text = string.Format(culture, AdminText.Get(textKey, culture), site, user.UserName, link);
        var html = WebUtility.HtmlEncode(text).Replace(WebUtility.HtmlEncode(link), $"<a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a>");
        await mail.EnqueueAsync(new MailMessageModel(
            [user.Email!],
            string.Format(culture, AdminText.Get(subjectKey, culture), site),
            $"<p>{html}</p>",
            text,
            Culture: culture.Name), ct);
    }

    private async Task CheckAsync(CmsUser? user, UserChanges changes, Dictionary<string, string> errors, CancellationToken ct)
    {
        if (changes.DisplayName.Length > 200) errors["DisplayName"] = "UserBadName";
        if (changes.Email.Length == 0) errors["Email"] = "UserFieldRequired";
        else if (changes.Email.Length > 256 || !System.Net.Mail.MailAddress.TryCreate(changes.Email, out var address) || address.Address != changes.Email)
            errors["Email"] = "UserBadEmail";
        else if (await users.FindByEmailAsync(changes.Email) is { } other && other.Id != user?.Id) errors["Email"] = "UserEmailTaken";
        if (!AdminCulture.Supported.Contains(changes.Culture)) errors["Culture"] = "AuditUnknownChoice";
        var known = await roles.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(ct);
        if (changes.Roles.Any(r => !known.Contains(r))) errors["Roles"] = "UserUnknownRole";
    }

    /// <summary>Whether the change leaves no active user in a role granting every permission.</summary>
    private async Task<bool> WouldLeaveNoAdministratorAsync(CmsUser user, IEnumerable<string> rolesAfter, CancellationToken ct, bool closingAccount = false)
    {
        var adminRoles = await AdministratorRolesAsync(ct);
        var wasAdmin = (await users.GetRolesAsync(user)).Any(adminRoles.Contains);
        if (!wasAdmin) return false;
        if (!closingAccount && rolesAfter.Any(adminRoles.Contains)) return false;
        foreach (var role in adminRoles)
            foreach (var member in await users.GetUsersInRoleAsync(role))
                if (member.Id != user.Id && await StatusAsync(member) == "active") return false;
        return true;
    }

    /// <summary>Whether some active user holds every permission through a role other than <paramref name="role"/>.</summary>
    public async Task<bool> HasAdministratorBesidesRoleAsync(string role, CancellationToken ct)
    {
        foreach (var adminRole in (await AdministratorRolesAsync(ct)).Where(r => r != role))
            foreach (var member in await users.GetUsersInRoleAsync(adminRole))
                if (await StatusAsync(member) == "active") return true;
        return false;
    }

    private Task RecordAsync(string action, CmsUser user, string? summary, JsonNode? details, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(AuditCategories.Users, action)
        {
            SubjectType = "User", SubjectId = user.Id, SubjectTitle = user.UserName, Summary = summary, Details = details,
        }, ct);

    /// <summary>Identity's own messages (password rules…) are already in words; they are shown as they are, prefixed "!".</summary>
    private static Dictionary<string, string> IdentityErrors(IdentityResult result, string field) =>
        new() { [field] = "!" + string.Join(" ", result.Errors.Select(e => e.Description)) };
}
