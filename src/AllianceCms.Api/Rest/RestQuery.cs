using System.Globalization;
using System.Text.RegularExpressions;
using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using Microsoft.AspNetCore.Http;

namespace AllianceCms.Api.Rest;

/// <summary>
/// Reads the REST query string. Lists take <c>culture</c>, <c>status</c>, <c>sort</c>, <c>first</c>,
/// <c>after</c>, <c>expand</c> and filters written <c>filter[Part.Field]=value</c> (repeated for
/// any of several values) or <c>filter[Part.Field][op]=value</c> with op one of eq, in
/// (comma-separated values), gte, lte, startsWith. Unknown parameters are refused, so that a typo
/// is not silently ignored.
/// </summary>
public static partial class RestQuery
{
    public const string Culture = "culture";
    public const string Status = "status";
    public const string Sort = "sort";
    public const string First = "first";
    public const string After = "after";
    public const string Expand = "expand";
    public const string Localizations = "localizations";

    [GeneratedRegex(@"^filter\[([^\[\]]+)\](?:\[([A-Za-z]+)\])?$")]
    private static partial Regex FilterKey();

    public static RestListQuery ParseList(IQueryCollection query, ApiType type)
    {
        var errors = new List<InputError>();
        var filters = new List<FilterInput>();
        foreach (var (key, values) in query)
        {
            if (FilterKey().Match(key) is { Success: true } match)
            {
                if (ParseFilter(key, match.Groups[1].Value, match.Groups[2].Success ? match.Groups[2].Value : null, values, errors) is { } filter)
                    filters.Add(filter);
            }
            else if (key is not (Culture or Status or Sort or First or After or Expand))
            {
                errors.Add(new(key, $"Unknown parameter. Lists take {Culture}, {Status}, {Sort}, {First}, {After}, {Expand} and filter[Part.Field]."));
            }
        }

        int? first = null;
        if (Single(query, First, errors) is { } firstText)
        {
            if (int.TryParse(firstText, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) first = n;
            else errors.Add(new(First, $"'{firstText}' is not a whole number."));
        }
        var version = ParseStatus(query, errors);
        var expand = ParseExpand(query, type, errors);
        var input = new ContentListInput
        {
            Culture = Single(query, Culture, errors),
            Sort = Single(query, Sort, errors),
            First = first,
            After = Single(query, After, errors),
            Filters = filters,
            Version = version,
        };
        return new RestListQuery(input, expand, errors);
    }

    /// <summary>Parameters of the endpoints that return one item: <c>status</c> and <c>expand</c>.</summary>
    public static RestItemQuery ParseItem(IQueryCollection query, ApiType type)
    {
        var errors = new List<InputError>();
        foreach (var key in query.Keys.Where(k => k is not (Status or Expand)))
            errors.Add(new(key, $"Unknown parameter. One item takes {Status} and {Expand}."));
        return new RestItemQuery(ParseStatus(query, errors), ParseExpand(query, type, errors), errors);
    }

    private static FilterInput? ParseFilter(string key, string field, string? op, IReadOnlyList<string?> raw, List<InputError> errors)
    {
        var values = raw.Select(v => v ?? "").ToList();
        var @operator = op switch
        {
            null or "eq" => values.Count > 1 ? FilterOperator.In : FilterOperator.Equals,
            "in" => FilterOperator.In,
            "gte" => FilterOperator.GreaterOrEqual,
            "lte" => FilterOperator.LessOrEqual,
            "startsWith" => FilterOperator.StartsWith,
            _ => (FilterOperator?)null,
        };
        if (@operator is null)
        {
            errors.Add(new(key, $"Unknown operator '{op}': use eq, in, gte, lte or startsWith."));
            return null;
        }
        if (@operator == FilterOperator.In && op == "in")
            values = values.SelectMany(v => v.Split(',')).Select(v => v.Trim()).ToList();
        if (values.Any(v => v.Length == 0))
        {
            errors.Add(new(key, "A filter needs a value."));
            return null;
        }
        if (@operator != FilterOperator.In && values.Count > 1)
        {
            errors.Add(new(key, "Given more than once."));
            return null;
        }
        return new FilterInput(key, field, @operator.Value, values);
    }

    private static VersionOptions ParseStatus(IQueryCollection query, List<InputError> errors) =>
        Single(query, Status, errors) switch
        {
            null or "published" => VersionOptions.Published,
            // "draft" reads like "latest": the newest version of each item, a draft where there is one.
            "latest" or "draft" => VersionOptions.Latest,
            var other => Error(errors, new(Status, $"'{other}' is not a status: use published, or latest/draft (drafts included) with an API client allowed to read drafts."), VersionOptions.Published),
        };

    private static RestExpand ParseExpand(IQueryCollection query, ApiType type, List<InputError> errors)
    {
        if (Single(query, Expand, errors) is not { } text) return RestExpand.None;
        var references = new List<ApiField>();
        var localizations = false;
        var referenceFields = type.Fields.Where(f => f.IsReference).ToList();
        foreach (var token in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == Localizations) localizations = true;
            else if (token == "*") references.AddRange(referenceFields);
            else if (type.FindField(token) is { IsReference: true } field) references.Add(field);
            else errors.Add(new(Expand, $"'{token}' cannot be expanded: use {string.Join(", ", referenceFields.Select(f => f.Path).Append("*").Append(Localizations))}."));
        }
        return new RestExpand(references.Distinct().ToList(), localizations);
    }

    private static string? Single(IQueryCollection query, string key, List<InputError> errors)
    {
        if (!query.TryGetValue(key, out var values)) return null;
        if (values.Count != 1)
        {
            errors.Add(new(key, "Given more than once."));
            return null;
        }
        return values[0];
    }

    private static T Error<T>(List<InputError> errors, InputError error, T fallback)
    {
        errors.Add(error);
        return fallback;
    }
}

public sealed record RestExpand(IReadOnlyList<ApiField> References, bool Localizations)
{
    public static RestExpand None { get; } = new([], false);
    public bool Any => References.Count > 0 || Localizations;
}

public sealed record RestListQuery(ContentListInput Input, RestExpand Expand, IReadOnlyList<InputError> Errors);

public sealed record RestItemQuery(VersionOptions Version, RestExpand Expand, IReadOnlyList<InputError> Errors);
