using AllianceCms.Api.Access;
using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using AllianceCms.Api.Rest;
using GraphQL;

namespace AllianceCms.Api.GraphQL;

/// <summary>What resolvers of one request share: the caller, the visible model, the readers and the batch loader.</summary>
internal sealed class ContentGraphContext : Dictionary<string, object?>
{
    public required ApiReader Reader { get; init; }
    public required ApiContentModel Model { get; init; }
    public required ApiContentReader Content { get; init; }
    public required ContentListRequestBuilder Requests { get; init; }
    public required ItemLinks Links { get; init; }
    public required ContentVariantsLoader Variants { get; init; }
    public required Writing.ContentWriter Writer { get; init; }

    /// <summary>The authenticated API client, if any: writes need one.</summary>
    public Clients.ApiCaller? Caller { get; init; }

    public static ContentGraphContext Of(IResolveFieldContext context) => (ContentGraphContext)context.UserContext;
}
