using System.Security.Claims;
using AllianceCms.Core.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Data.Audit;

/// <summary>
/// The actor is the current request's principal: a user signed in with Identity's cookie, or an API
/// client authenticated another way; outside a request (setup, timers) it is the system.
/// </summary>
public sealed class HttpAuditActorAccessor(IHttpContextAccessor http) : IAuditActorAccessor
{
    /// <summary>The claim a user's display name travels in (the admin adds it at sign-in).</summary>
    public const string DisplayNameClaim = "alliance:display-name";

    public AuditActor Current
    {
        get
        {
            var principal = http.HttpContext?.User;
            if (principal?.Identity is not { IsAuthenticated: true } identity) return AuditActor.System;
            var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue("sub") ?? principal.FindFirstValue("client_id");
            var name = principal.FindFirstValue(DisplayNameClaim) ?? identity.Name ?? id ?? "";
            var kind = identity.AuthenticationType == IdentityConstants.ApplicationScheme ? AuditActor.UserKind : AuditActor.ClientKind;
            return new AuditActor(kind, id, name);
        }
    }
}
