using AllianceCms.Core.Security;

namespace AllianceCms.Api.Clients;

/// <summary>
/// The authenticated client of the current API request (a request feature), with the scopes its token
/// grants, and for a browser app's token the user it acts for.
/// </summary>
public sealed class ApiCaller(ResolvedClient resolved, IReadOnlySet<string> scopes, ApiUser? user = null)
{
    public ApiClient Client => resolved.Client;

    /// <summary>The user a browser app acts for; null for a service client, which acts as itself.</summary>
    public ApiUser? User => user;

    /// <summary>What the caller may do: its user's permissions, or the service client's role's.</summary>
    public PermissionSet Permissions => user?.Permissions ?? resolved.Permissions;

    /// <summary>Who the caller's items belong to: the user's id (as in the admin), or "client:{id}".</summary>
    public string Actor => user?.UserId ?? resolved.Client.Actor;

    /// <summary>The caller in messages: the user's name, or the client's.</summary>
    public string Name => user?.DisplayName ?? resolved.Client.DisplayName;

    public bool Has(string scope) => scopes.Contains(scope);
}
