using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// Queries already parsed, and the schema each last passed validation against. Clients send the same
/// few queries again and again; parsing and validating them again cost a third of a list query. A
/// document found here for the same schema skips the standard rules, which read the document alone,
/// and still runs the rules added to them, such as the complexity analyzer's, when it has variables to read.
/// </summary>
public sealed class ValidatedDocuments : IConfigureExecution, IDisposable
{
    /// <summary>Total characters of the queries kept.</summary>
    public const int SizeLimit = 1_000_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    private sealed record Entry(GraphQLDocument Document, ISchema? ValidatedFor, bool HasVariables);

    /// <summary>The parsed document of this query text, when it has run before.</summary>
    public GraphQLDocument? Find(string query) => _cache.TryGetValue(query, out Entry? entry) ? entry!.Document : null;

    /// <summary>After the options' own configuration (the complexity analyzer adds its rule to both rule lists).</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { } query || options.Document is not { } document || options.Schema is not { } schema) return await next(options);
        var known = _cache.TryGetValue(query, out Entry? entry) && ReferenceEquals(entry!.Document, document) && ReferenceEquals(entry.ValidatedFor, schema);
        // Without variables the added rules would find what they found the first time: they are skipped too.
        if (known) options.ValidationRules = [.. options.CachedDocumentValidationRules ?? [], .. entry!.HasVariables ? RequestRules(options.ValidationRules) : []];
        var result = await next(options);
        // Executed means it passed validation; a document that failed is parsed again next time.
        if (!known && result.Executed)
            _cache.Set(query, new Entry(document, schema, HasVariables(document)), new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
        return result;
    }

    /// <summary>
    /// Every rule added to the standard ones: the complexity analyzer's weighs lists by their variables,
    /// so it must see each request, and any rule added later is treated the same way.
    /// </summary>
    private static IEnumerable<IValidationRule> RequestRules(IEnumerable<IValidationRule>? rules) =>
        (rules ?? []).Where(rule => !DocumentValidator.CoreRules.Contains(rule));

    private static bool HasVariables(GraphQLDocument document) =>
        document.Definitions.Any(d => d is GraphQLOperationDefinition { Variables.Count: > 0 });

    public void Dispose() => _cache.Dispose();
}
