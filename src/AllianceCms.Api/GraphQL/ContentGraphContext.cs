using AllianceCms.Api.Access;
using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using AllianceCms.Api.Rest;
using AllianceCms.Core.Content;
using GraphQL;
using GraphQLParser.AST;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// What resolvers of one request share: the caller, the visible model, the readers and the batch loader;
/// and the pooled buffers of selections written directly, given back once the answer is sent.
/// </summary>
internal sealed class ContentGraphContext : Dictionary<string, object?>, IDisposable
{
    private List<IDisposable>? _buffers;

    public required ApiReader Reader { get; init; }
    public required ApiContentModel Model { get; init; }
    public required ApiContentReader Content { get; init; }
    public required ContentListRequestBuilder Requests { get; init; }
    public required ItemLinks Links { get; init; }
    public required ContentVariantsLoader Variants { get; init; }

    /// <summary>The batch loader of latest versions, for readers of drafts.</summary>
    public required ContentVariantsLoader LatestVariants { get; init; }

    /// <summary>The batch loader of media files' facts (alternative text, size, type).</summary>
    public required MediaFilesLoader MediaFiles { get; init; }
    public required Writing.ContentWriter Writer { get; init; }

    /// <summary>The authenticated API client, if any: writes need one.</summary>
    public Clients.ApiCaller? Caller { get; init; }

    /// <summary>
    /// The loader for a field's references and variants: the version its root field read, as the REST item
    /// endpoint does. A drafts reader who asked for LATEST (or wrote, in a mutation) follows references to
    /// their latest versions too, each still checked by the reader's CanRead; everyone else sees published ones.
    /// </summary>
    public ContentVariantsLoader VariantsFor(IResolveFieldContext field)
    {
        if (!Reader.CanReadDrafts) return Variants;
        if (field.Operation.Operation == OperationType.Mutation) return LatestVariants;
        var root = field;
        while (root.Parent is { } parent) root = parent;
        return root.GetArgument("status", VersionOptions.Published) == VersionOptions.Latest ? LatestVariants : Variants;
    }

    public void OwnBuffer(IDisposable buffer) => (_buffers ??= []).Add(buffer);

    public void Dispose()
    {
        foreach (var buffer in _buffers ?? []) buffer.Dispose();
        _buffers = null;
    }

    public static ContentGraphContext Of(IResolveFieldContext context) => (ContentGraphContext)context.UserContext;
}
