using AllianceCms.Api.Clients;
using AllianceCms.Core.Content;
using AllianceCms.Core.Security;
using Microsoft.AspNetCore.Http;

namespace AllianceCms.Api.Access;

/// <summary>
/// Anonymous unless <see cref="ApiGateMiddleware"/> authenticated a client: a client with the drafts
/// scope reads drafts too, item by item as its role allows.
/// </summary>
public sealed class ClientApiAccess : IApiAccess
{
    public ValueTask<ApiReader> GetReaderAsync(HttpContext context) =>
        ValueTask.FromResult(context.Features.Get<ApiCaller>() is { } caller && caller.Has(ApiScopes.ContentDrafts)
            ? new DraftsReader(caller)
            : ApiReader.Anonymous);
}

/// <summary>
/// Sees the same types and fields as an anonymous reader (so it shares their schema), plus the
/// drafts the client's role may view: of any owner with "content.view:Type", its own with "content.view.own:Type".
/// </summary>
public sealed class DraftsReader(ApiCaller caller) : ApiReader("drafts", canReadDrafts: true, canReadPrivate: false)
{
    public override bool CanRead(ContentItem item) =>
        !item.IsDeleted && (item.Published || caller.Permissions.CanContent(ContentActions.View, item.ContentType,
            isOwner: string.Equals(item.Owner, caller.Actor, StringComparison.Ordinal)));
}
