using System.ComponentModel.DataAnnotations;
using AllianceCms.Core.Queries;

namespace AllianceCms.Api;

/// <summary>Settings of the headless API (section "Api").</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The most items a list returns at once, REST and GraphQL alike.</summary>
    [Range(1, ContentQuery.MaxPageSize)]
    public int MaxPageSize { get; set; } = 100;

    [Range(1, ContentQuery.MaxPageSize)]
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>How long clients and shared caches may keep published content before asking again (with its ETag).</summary>
    [Range(0, 86_400)]
    public int CacheMaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// Scheme and host of the public site for items' absolute URLs ("https://example.org"); when empty,
    /// Display:PublicOrigin, else the request's origin.
    /// </summary>
    [Url]
    public string? PublicOrigin { get; set; }

    public GraphQLLimits GraphQL { get; set; } = new();
}

/// <summary>What keeps one GraphQL request from costing too much: checked before anything runs.</summary>
public sealed class GraphQLLimits
{
    /// <summary>Deepest nesting of selections; the standard introspection query needs 13.</summary>
    [Range(2, 64)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Estimated cost: one per field, lists multiplied by their page size (or 5 for reference lists).</summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>Longest query text, in characters.</summary>
    [Range(100, 1_000_000)]
    public int MaxQueryLength { get; set; } = 20_000;

    /// <summary>Largest POST body, in bytes.</summary>
    [Range(1_000, 10_000_000)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 15;
}
