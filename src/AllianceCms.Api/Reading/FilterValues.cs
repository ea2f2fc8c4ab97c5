using System.Globalization;
using AllianceCms.Api.Model;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;

namespace AllianceCms.Api.Reading;

/// <summary>Which operators a field kind supports in filters, and how a value written as text becomes one the index compares.</summary>
public static class FilterValues
{
    private static readonly FilterOperator[] Comparable = [FilterOperator.Equals, FilterOperator.In, FilterOperator.GreaterOrEqual, FilterOperator.LessOrEqual];
    private static readonly FilterOperator[] Text = [.. Comparable, FilterOperator.StartsWith];
    private static readonly FilterOperator[] Exact = [FilterOperator.Equals, FilterOperator.In];
    private static readonly FilterOperator[] EqualsOnly = [FilterOperator.Equals];

    public static IReadOnlyList<FilterOperator> OperatorsFor(ApiField field) => field.Kind switch
    {
        FieldKinds.Number or FieldKinds.Date or FieldKinds.DateTime => Comparable,
        FieldKinds.Boolean => EqualsOnly,
        FieldKinds.Choice or FieldKinds.Tags or FieldKinds.ContentReference or FieldKinds.Media or FieldKinds.User => Exact,
        _ => Text,
    };

    /// <summary>The value to compare with the index, or null with an error when the text does not fit the field.</summary>
    public static object? Parse(ApiField field, string text, out string? error)
    {
        error = null;
        switch (field.Kind)
        {
            case FieldKinds.Number:
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)) return number;
                error = $"'{text}' is not a number (write it like 1234.5).";
                return null;
            case FieldKinds.Boolean:
                if (bool.TryParse(text, out var flag)) return flag;
                error = $"'{text}' is not true or false.";
                return null;
            case FieldKinds.Date or FieldKinds.DateTime:
                if (ParseDate(text) is { } date) return date;
                error = $"'{text}' is not a date (write it as 2024-05-31 or 2024-05-31T14:00:00Z).";
                return null;
            case FieldKinds.Choice:
                var choices = field.Settings.Choices?.Select(c => c.Value).ToList() ?? [];
                if (choices.Contains(text, StringComparer.Ordinal)) return text;
                error = $"'{text}' is not one of the choices: {string.Join(", ", choices)}.";
                return null;
            case FieldKinds.Tags:
                // Tags are indexed lower-cased, so filters ignore case.
                return text.ToLowerInvariant();
            default:
                return text;
        }
    }

    /// <summary>A calendar date (midnight UTC) or a date and time with an offset (UTC), as the index stores them.</summary>
    public static DateTime? ParseDate(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (text.Length >= 16 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            return moment.UtcDateTime;
        return null;
    }

    public static string Describe(FilterOperator op) => op switch
    {
        FilterOperator.Equals => "eq",
        FilterOperator.In => "in",
        FilterOperator.GreaterOrEqual => "gte",
        FilterOperator.LessOrEqual => "lte",
        FilterOperator.StartsWith => "startsWith",
        _ => op.ToString(),
    };
}
