using AllianceCms.Api.Model;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;

namespace AllianceCms.Api.Reading;

/// <summary>
/// What a client asked a list for, before it is checked against the definitions. REST and
/// GraphQL each fill it from their own syntax, naming parameters their way so that an error
/// points at what the client wrote.
/// </summary>
public sealed record ContentListInput
{
    public string? Culture { get; init; }

    /// <summary>"publishedAt", "modifiedAt", "createdAt", "displayText" or an indexed "Part.Field"; a leading "-" sorts descending.</summary>
    public string? Sort { get; init; }

    public int? First { get; init; }
    public string? After { get; init; }
    public IReadOnlyList<FilterInput> Filters { get; init; } = [];
    public bool IncludeTotal { get; init; } = true;
    public VersionOptions Version { get; init; } = VersionOptions.Published;
}

/// <summary>One condition on an indexed field ("Member.Country"), values as the client wrote them.</summary>
public sealed record FilterInput(string Parameter, string Field, FilterOperator Operator, IReadOnlyList<string> Values);

/// <summary>How a protocol names the list parameters, for error messages.</summary>
public sealed record ListParameterNames(string Culture, string Sort, string First, string After)
{
    public static ListParameterNames Rest { get; } = new("culture", "sort", "first", "after");
    public static ListParameterNames GraphQL { get; } = new("culture", "orderBy", "first", "after");
}

/// <summary>A problem with one parameter of a request, in words meant for the client's developer.</summary>
public sealed record InputError(string Parameter, string Message);

/// <summary>A list request checked against the definitions, ready to run.</summary>
public sealed record ContentListRequest(
    ApiType Type,
    string Culture,
    VersionOptions Version,
    IReadOnlyList<FieldFilter> Filters,
    ApiSort Sort,
    int First,
    string? After,
    bool IncludeTotal);

/// <summary>One page of items; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ApiPage(IReadOnlyList<ContentItem> Items, int? TotalCount, string? NextCursor);
