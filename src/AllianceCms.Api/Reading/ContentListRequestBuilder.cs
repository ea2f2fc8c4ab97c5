using AllianceCms.Api.Model;
using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Queries;
using Microsoft.Extensions.Options;

namespace AllianceCms.Api.Reading;

/// <summary>
/// Checks a <see cref="ContentListInput"/> against a visible type (cultures, page size, sort,
/// cursor, filters on indexed fields) and turns it into a query, reporting every problem at once.
/// </summary>
public sealed class ContentListRequestBuilder(IOptions<CultureOptions> cultures, IOptions<ApiOptions> options, IContentReferenceLookup references)
{
    public const int MaxFilters = 20;
    public const int MaxFilterValues = 100;

    public async Task<(ContentListRequest? Request, IReadOnlyList<InputError> Errors)> BuildAsync(
        ApiType type, ContentListInput input, ListParameterNames names, CancellationToken ct)
    {
        var errors = new List<InputError>();

        var culture = Culture(input.Culture);
        if (culture is null)
            errors.Add(new(names.Culture, $"'{input.Culture}' is not a culture of this site: use one of {string.Join(", ", cultures.Value.Supported)}."));

        var max = options.Value.MaxPageSize;
        var first = input.First ?? Math.Min(options.Value.DefaultPageSize, max);
        if (first < 1 || first > max) errors.Add(new(names.First, $"The page size must be between 1 and {max}."));

        var sort = input.Sort is null ? ApiSort.Default : ApiSort.Parse(input.Sort, type);
        if (sort is null)
            errors.Add(new(names.Sort, $"'{input.Sort}' is not a sort key of {type.Name}: use one of {string.Join(", ", ApiSort.KeysOf(type))}, with '-' before it for descending order."));

        string? after = null;
        if (input.After is { } cursor && sort is not null)
        {
            after = ApiCursor.Unwrap(cursor, sort, out var cursorError);
            if (cursorError is not null) errors.Add(new(names.After, cursorError));
        }

        var filters = await FiltersAsync(type, input.Filters, errors, ct);
        if (errors.Count > 0) return (null, errors);
        return (new ContentListRequest(type, culture!, input.Version, filters, sort!, first, after, input.IncludeTotal), []);
    }

    /// <summary>The site's spelling of a supported culture, the default one when none is given, null when not supported.</summary>
    public string? Culture(string? requested) =>
        requested is null ? cultures.Value.Default : cultures.Value.Supported.FirstOrDefault(c => string.Equals(c, requested, StringComparison.OrdinalIgnoreCase));

    private async Task<IReadOnlyList<FieldFilter>> FiltersAsync(ApiType type, IReadOnlyList<FilterInput> inputs, List<InputError> errors, CancellationToken ct)
    {
        if (inputs.Count > MaxFilters)
        {
            errors.Add(new(inputs[MaxFilters].Parameter, $"A list takes at most {MaxFilters} filters."));
            return [];
        }

        var parsed = new List<(ApiField Field, FilterInput Input, List<object> Values)>();
        foreach (var input in inputs)
        {
            var field = type.FindField(input.Field);
            if (field is null)
            {
                errors.Add(new(input.Parameter, $"'{input.Field}' is not a field of {type.Name}. Filters name fields as Part.Field; indexed fields: {Indexed(type)}."));
                continue;
            }
            if (!field.IsIndexed)
            {
                errors.Add(new(input.Parameter, $"'{input.Field}' is not indexed, so lists cannot filter on it. Indexed fields: {Indexed(type)}."));
                continue;
            }
            var operators = FilterValues.OperatorsFor(field);
            if (!operators.Contains(input.Operator))
            {
                errors.Add(new(input.Parameter, $"'{input.Field}' cannot be filtered with '{FilterValues.Describe(input.Operator)}': use {string.Join(", ", operators.Select(FilterValues.Describe))}."));
                continue;
            }
            var expected = input.Operator == FilterOperator.In ? (1, MaxFilterValues) : (1, 1);
            if (input.Values.Count < expected.Item1 || input.Values.Count > expected.Item2)
            {
                errors.Add(new(input.Parameter, input.Operator == FilterOperator.In
                    ? $"'in' takes between 1 and {MaxFilterValues} values."
                    : $"'{FilterValues.Describe(input.Operator)}' takes exactly one value."));
                continue;
            }

            var values = new List<object>(input.Values.Count);
            foreach (var text in input.Values)
            {
                if (FilterValues.Parse(field, text, out var error) is { } value) values.Add(value);
                else errors.Add(new(input.Parameter, error!));
            }
            parsed.Add((field, input, values));
        }
        if (errors.Count > 0) return [];

        // References are indexed by their target's localization set: accept the id of any variant.
        var referenced = parsed.Where(p => p.Field.IsReference).SelectMany(p => p.Values).Cast<string>().ToHashSet(StringComparer.Ordinal);
        var sets = referenced.Count == 0 ? new Dictionary<string, ContentReferenceInfo>() : await references.FindAsync(referenced, ct);
        return parsed.Select(p => new FieldFilter(p.Field.Path, p.Input.Operator,
                [.. p.Field.IsReference ? p.Values.Select(v => (object)(sets.TryGetValue((string)v, out var info) ? info.LocalizationSet : (string)v)) : p.Values]))
            .ToList();
    }

    private static string Indexed(ApiType type) =>
        type.Indexed.Any() ? string.Join(", ", type.Indexed.Select(f => f.Path)) : "none";
}
