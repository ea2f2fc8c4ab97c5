using AllianceCms.Api.Model;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// The schema for a visible model, built on first use and kept while the definitions snapshot is
/// current: a field added in the admin shows up at the next request, without a restart.
/// </summary>
public sealed class ContentSchemaProvider(SnapshotCache<ISchema> cache, IOptions<ApiOptions> options)
{
    public ISchema Get(ApiContentModel model) =>
        cache.GetOrAdd(model.Snapshot, model.ReaderKey, () => new ContentSchemaBuilder(model, Math.Min(options.Value.DefaultPageSize, options.Value.MaxPageSize)).Build());
}
