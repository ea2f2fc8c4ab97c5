using System.Globalization;
using System.Linq.Expressions;
using AllianceCms.Core.Queries;
using AllianceCms.Data.Entities;

namespace AllianceCms.Data.Content;

/// <summary>
/// The index column a field sort reads, the value that stands for "no value" (what an item without
/// one sorts as, among the smallest) and how a value is written in and read from a cursor.
/// </summary>
internal sealed record FieldSortColumn<TValue>(
    Expression<Func<ContentIndexRecord, TValue>> Value, TValue Empty, Func<string, TValue> Parse, Func<TValue, string> Format);

internal static class FieldSortColumns
{
    public static FieldSortColumn<DateTime?> Date { get; } = new(
        i => i.DateValue, DateTime.MinValue,
        s => DateTime.SpecifyKind(DateTime.ParseExact(s, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), DateTimeKind.Utc),
        v => v!.Value.ToString("O", CultureInfo.InvariantCulture));

    public static FieldSortColumn<double?> Number { get; } = new(
        i => i.NumberValue, double.MinValue,
        s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) is var d && double.IsFinite(d) ? d : throw new FormatException(),
        v => v!.Value.ToString("R", CultureInfo.InvariantCulture));

    public static FieldSortColumn<string?> Text { get; } = new(i => i.TextValue, "", s => s, v => v!);
}
