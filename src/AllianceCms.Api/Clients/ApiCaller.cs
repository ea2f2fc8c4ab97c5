using AllianceCms.Core.Security;

namespace AllianceCms.Api.Clients;

/// <summary>The authenticated client of the current API request (a request feature), with the scopes its token grants.</summary>
public sealed class ApiCaller(ResolvedClient resolved, IReadOnlySet<string> scopes)
{
    public ApiClient Client => resolved.Client;
    public PermissionSet Permissions => resolved.Permissions;
    public bool Has(string scope) => scopes.Contains(scope);
}
