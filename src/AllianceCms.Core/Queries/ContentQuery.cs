namespace AllianceCms.Core.Queries;

/// <summary>Which versions a query reads.</summary>
public enum ContentStatus
{
    /// <summary>Published versions: what the public sees.</summary>
    Published,
    /// <summary>The newest version of each item, draft or published: what editors see.</summary>
    Latest,
    /// <summary>Latest versions that are not published: drafts waiting.</summary>
    DraftOnly,
    /// <summary>Soft-deleted items, for the recycle bin.</summary>
    Deleted,
}

public enum ContentSortKey { PublishedUtc, CreatedUtc, ModifiedUtc, DisplayText, Field }

public enum FilterOperator { Equals, In, GreaterOrEqual, LessOrEqual, StartsWith }

/// <summary>
/// A filter on an indexed field, named "Part.Field" (e.g. "Member.Country"). Values are strings
/// for text-like fields (references compare on the target's localization set), numbers or dates.
/// </summary>
public sealed record FieldFilter(string Field, FilterOperator Operator, params object[] Values);

/// <summary>
/// A query over the index tables, never over JSON bodies. Paging is by keyset (<see cref="After"/>,
/// the previous page's cursor) or by offset (<see cref="Skip"/>) for numbered pages.
/// </summary>
public sealed record ContentQuery
{
    public const int MaxPageSize = 200;

    public IReadOnlyList<string> Types { get; init; } = [];
    public string? Culture { get; init; }
    public ContentStatus Status { get; init; } = ContentStatus.Published;
    public string? Owner { get; init; }
    public string? LocalizationSet { get; init; }

    /// <summary>Items in any of these localization sets (at most <see cref="MaxPageSize"/>), e.g. the translations of a page of items.</summary>
    public IReadOnlyList<string> LocalizationSets { get; init; } = [];

    /// <summary>Items whose display text starts with or contains this text (case-insensitive for ASCII).</summary>
    public string? DisplayTextContains { get; init; }

    public IReadOnlyList<FieldFilter> Filters { get; init; } = [];
    public DateTime? ModifiedAfterUtc { get; init; }
    public DateTime? PublishedBeforeUtc { get; init; }
    public DateTime? PublishedAfterUtc { get; init; }

    public ContentSortKey SortBy { get; init; } = ContentSortKey.PublishedUtc;

    /// <summary>The indexed field to sort on when <see cref="SortBy"/> is <see cref="ContentSortKey.Field"/>.</summary>
    public string? SortField { get; init; }
    public bool Descending { get; init; } = true;

    public int PageSize { get; init; } = 20;
    public string? After { get; init; }
    public int Skip { get; init; }

    /// <summary>Whether to count every match; costs a second query.</summary>
    public bool IncludeTotal { get; init; } = true;
}

/// <summary>One page of results; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ContentPage<T>(IReadOnlyList<T> Items, int? TotalCount, string? NextCursor);

public sealed class InvalidQueryException(string message) : ArgumentException(message);
