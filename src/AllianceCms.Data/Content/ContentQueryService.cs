using System.Globalization;
using System.Linq.Expressions;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Routing;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>Translates <see cref="ContentQuery"/> to SQL over ContentItems and ContentIndex; JSON bodies are only read back.</summary>
public sealed class ContentQueryService(CmsDbContext db, IContentDefinitionStore definitions) : IContentQueryService
{
    public async Task<ContentPage<ContentItem>> QueryAsync(ContentQuery query, CancellationToken ct = default)
    {
        if (query.PageSize is < 1 or > ContentQuery.MaxPageSize) throw new InvalidQueryException($"The page size must be between 1 and {ContentQuery.MaxPageSize}.");
        if (query.Skip < 0) throw new InvalidQueryException("The offset cannot be negative.");
        var filtered = await FilterAsync(query, ct);
        int? total = query.IncludeTotal ? await filtered.CountAsync(ct) : null;
        if (query.SortBy == ContentSortKey.Field)
        {
            var (byField, cursor) = await ReadByFieldAsync(filtered, query, total, ct);
            return new ContentPage<ContentItem>(byField.Select(ContentRecordMapper.ToItem).ToList(), total, cursor);
        }

        var sort = SortOf(query);
        var page = sort.Apply(filtered, query).Take(query.PageSize + 1);
        if (query.Skip > 0 && query.After is null)
        {
            // Deep offset pages: the rows skipped are walked on the index alone (their ids), and only
            // the page's rows are read whole. PostgreSQL would otherwise fetch every skipped row.
            var ids = page.Select(r => r.Id);
            page = sort.Apply(db.ContentItems.AsNoTracking().Where(r => ids.Contains(r.Id)), query with { Skip = 0 });
        }
        var records = await page.ToListAsync(ct);
        var hasMore = records.Count > query.PageSize;
        if (hasMore) records.RemoveAt(records.Count - 1);

        string? next = null;
        if (hasMore && records.Count > 0)
        {
            var last = records[^1];
            next = new ContentCursor(sort.KeyOf(last), last.Id).Encode();
        }
        return new ContentPage<ContentItem>(records.Select(ContentRecordMapper.ToItem).ToList(), total, next);
    }

    public async Task<int> CountAsync(ContentQuery query, CancellationToken ct = default) =>
        await (await FilterAsync(query, ct)).CountAsync(ct);

    public async Task<RouteMatch?> FindRouteAsync(string culture, string slug, CancellationToken ct = default)
    {
        var route = await db.ContentRoutes.AsNoTracking().FirstOrDefaultAsync(r => r.Culture == culture && r.Slug == slug, ct);
        if (route is null) return null;
        if (route.IsCurrent) return new RouteMatch(route.ContentItemId, route.ContentType, culture, slug, true);
        var current = await db.ContentRoutes.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ContentItemId == route.ContentItemId && r.IsCurrent, ct);
        return current is null ? null : new RouteMatch(route.ContentItemId, route.ContentType, culture, current.Slug, false);
    }

    public async Task<IReadOnlyList<string>> DistinctTextValuesAsync(ContentQuery query, string field, CancellationToken ct = default)
    {
        var ids = (await FilterAsync(query, ct)).Select(r => r.Id);
        return await db.ContentIndex.AsNoTracking()
            .Where(i => i.Name == field && i.TextValue != null && ids.Contains(i.DocumentId))
            .Select(i => i.TextValue!).Distinct().OrderBy(v => v).ToListAsync(ct);
    }

    private async Task<IQueryable<ContentItemRecord>> FilterAsync(ContentQuery query, CancellationToken ct)
    {
        var q = db.ContentItems.AsNoTracking();
        q = query.Status switch
        {
            ContentStatus.Published => q.Where(r => r.Published),
            ContentStatus.Latest => q.Where(r => r.Latest && r.DeletedUtc == null),
            ContentStatus.DraftOnly => q.Where(r => r.Latest && !r.Published && r.DeletedUtc == null),
            ContentStatus.Deleted => q.Where(r => r.Latest && r.DeletedUtc != null),
            _ => throw new InvalidQueryException("Unknown status."),
        };
        if (query.Types.Count == 1) { var type = query.Types[0]; q = q.Where(r => r.ContentType == type); }
        else if (query.Types.Count > 1) { var types = query.Types.ToList(); q = q.Where(r => types.Contains(r.ContentType)); }
        if (query.Culture is { } culture) q = q.Where(r => r.Culture == culture);
        if (query.Owner is { } owner) q = q.Where(r => r.Owner == owner);
        if (query.LocalizationSet is { } set) q = q.Where(r => r.LocalizationSet == set);
        if (query.LocalizationSets.Count > ContentQuery.MaxPageSize) throw new InvalidQueryException($"At most {ContentQuery.MaxPageSize} localization sets can be asked for at once.");
        if (query.LocalizationSets.Count > 0) { var sets = query.LocalizationSets.ToList(); q = q.Where(r => sets.Contains(r.LocalizationSet)); }
        if (query.ModifiedAfterUtc is { } modified) q = q.Where(r => r.ModifiedUtc > modified);
        if (query.PublishedAfterUtc is { } after) q = q.Where(r => r.PublishedUtc > after);
        if (query.PublishedBeforeUtc is { } before) q = q.Where(r => r.PublishedUtc < before);
        if (!string.IsNullOrWhiteSpace(query.DisplayTextContains))
        {
            var text = ContentRecordMapper.Normalize(query.DisplayTextContains.Trim());
            q = q.Where(r => r.DisplayTextNormalized.Contains(text));
        }
        if (query.Filters.Count > 0)
        {
            var snapshot = await definitions.GetSnapshotAsync(ct);
            foreach (var filter in query.Filters) q = ApplyFilter(q, filter, snapshot, query.Types);
        }
        return q;
    }

    private IQueryable<ContentItemRecord> ApplyFilter(IQueryable<ContentItemRecord> q, FieldFilter filter, ContentDefinitionSnapshot snapshot, IReadOnlyList<string> types)
    {
        var column = ColumnOf(filter.Field, snapshot, types);
        var name = filter.Field;
        var index = db.ContentIndex.Where(i => i.Name == name);
        if (filter.Values.Length == 0) throw new InvalidQueryException($"The filter on '{name}' needs a value.");

        // The value indexes are partial (only rows that have a value of that kind): saying "not null"
        // lets every provider's planner pick them, whatever the operator.
        switch (column)
        {
            case IndexColumn.Text:
                index = index.Where(i => i.TextValue != null);
                var texts = filter.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList();
                var first = texts[0];
                index = filter.Operator switch
                {
                    FilterOperator.Equals => index.Where(i => i.TextValue == first),
                    FilterOperator.In => index.Where(i => texts.Contains(i.TextValue!)),
                    FilterOperator.StartsWith => index.Where(i => i.TextValue!.StartsWith(first)),
                    FilterOperator.GreaterOrEqual => index.Where(i => string.Compare(i.TextValue, first) >= 0),
                    FilterOperator.LessOrEqual => index.Where(i => string.Compare(i.TextValue, first) <= 0),
                    _ => throw new InvalidQueryException("Unknown operator."),
                };
                break;
            case IndexColumn.Number:
                index = index.Where(i => i.NumberValue != null);
                var numbers = filter.Values.Select(ToDouble).ToList();
                var n = numbers[0];
                index = filter.Operator switch
                {
                    FilterOperator.Equals => index.Where(i => i.NumberValue == n),
                    FilterOperator.In => index.Where(i => numbers.Contains(i.NumberValue!.Value)),
                    FilterOperator.GreaterOrEqual => index.Where(i => i.NumberValue >= n),
                    FilterOperator.LessOrEqual => index.Where(i => i.NumberValue <= n),
                    _ => throw new InvalidQueryException($"The filter on '{name}' cannot use {filter.Operator}."),
                };
                break;
            default:
                index = index.Where(i => i.DateValue != null);
                var dates = filter.Values.Select(ToDate).ToList();
                var d = dates[0];
                index = filter.Operator switch
                {
                    FilterOperator.Equals => index.Where(i => i.DateValue == d),
                    FilterOperator.In => index.Where(i => dates.Contains(i.DateValue!.Value)),
                    FilterOperator.GreaterOrEqual => index.Where(i => i.DateValue >= d),
                    FilterOperator.LessOrEqual => index.Where(i => i.DateValue <= d),
                    _ => throw new InvalidQueryException($"The filter on '{name}' cannot use {filter.Operator}."),
                };
                break;
        }
        var ids = index.Select(i => i.DocumentId);
        return q.Where(r => ids.Contains(r.Id));
    }

    internal enum IndexColumn { Text, Number, Date }

    /// <summary>Which index column a field's values are in, from its kind; the field must be indexed.</summary>
    private static IndexColumn ColumnOf(string field, ContentDefinitionSnapshot snapshot, IReadOnlyList<string> types)
    {
        var dot = field.IndexOf('.');
        if (dot <= 0) throw new InvalidQueryException($"'{field}' is not a field name of the form Part.Field.");
        var (part, name) = (field[..dot], field[(dot + 1)..]);
        var candidates = types.Count > 0 ? types.Select(snapshot.Find).Where(t => t is not null).Select(t => t!) : snapshot.Types;
        var definition = candidates.Select(t => t.FindField(part, name)).FirstOrDefault(f => f is not null)?.Field;
        if (definition is null || !definition.Settings.Indexed) throw new InvalidQueryException($"'{field}' is not an indexed field.");
        return definition.Kind switch
        {
            FieldKinds.Number or FieldKinds.Boolean => IndexColumn.Number,
            FieldKinds.Date or FieldKinds.DateTime => IndexColumn.Date,
            _ => IndexColumn.Text,
        };
    }

    private static double ToDouble(object value) => value switch
    {
        bool b => b ? 1 : 0,
        IConvertible c when double.TryParse(Convert.ToString(c, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw new InvalidQueryException($"'{value}' is not a number."),
    };

    private static DateTime ToDate(object value) => value switch
    {
        DateTime d => d.Kind == DateTimeKind.Utc ? d : DateTime.SpecifyKind(d, DateTimeKind.Utc),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        string s when DateTimeFieldKind.Parse(s) is { } parsed => parsed,
        _ => throw new InvalidQueryException($"'{value}' is not a date."),
    };

    private static SortKey SortOf(ContentQuery query)
    {
        var published = query.Status == ContentStatus.Published;
        return query.SortBy switch
        {
            ContentSortKey.PublishedUtc when published => SortKey.Date(r => r.PublishedUtc!.Value, r => r.PublishedUtc!.Value),
            ContentSortKey.PublishedUtc => SortKey.Date(r => r.PublishedUtc ?? r.CreatedUtc, r => r.PublishedUtc ?? r.CreatedUtc),
            ContentSortKey.CreatedUtc => SortKey.Date(r => r.CreatedUtc, r => r.CreatedUtc),
            ContentSortKey.ModifiedUtc => SortKey.Date(r => r.ModifiedUtc, r => r.ModifiedUtc),
            ContentSortKey.DisplayText => SortKey.Text(r => r.DisplayTextNormalized, r => r.DisplayTextNormalized),
            _ => throw new InvalidQueryException("Unknown sort."),
        };
    }

    /// <summary>Sorting by a field reads in the order of the field's value index (see <see cref="FieldSortedReader{TValue}"/>).</summary>
    private async Task<(List<ContentItemRecord> Records, string? NextCursor)> ReadByFieldAsync(IQueryable<ContentItemRecord> filtered, ContentQuery query, int? total, CancellationToken ct)
    {
        var field = query.SortField ?? throw new InvalidQueryException("Sorting by field needs a field name.");
        return ColumnOf(field, await definitions.GetSnapshotAsync(ct), query.Types) switch
        {
            IndexColumn.Number => await new FieldSortedReader<double?>(db, field, FieldSortColumns.Number).ReadAsync(filtered, query, total, ct),
            IndexColumn.Date => await new FieldSortedReader<DateTime?>(db, field, FieldSortColumns.Date).ReadAsync(filtered, query, total, ct),
            _ => await new FieldSortedReader<string?>(db, field, FieldSortColumns.Text).ReadAsync(filtered, query, total, ct),
        };
    }

    /// <summary>An ordering with its keyset predicate; the key of the last row becomes the next cursor.</summary>
    private sealed class SortKey
    {
        private Func<IQueryable<ContentItemRecord>, ContentQuery, IQueryable<ContentItemRecord>> _apply = null!;
        private Func<ContentItemRecord, string> _keyOf = null!;

        public IQueryable<ContentItemRecord> Apply(IQueryable<ContentItemRecord> q, ContentQuery query) => _apply(q, query);
        public string KeyOf(ContentItemRecord r) => _keyOf(r);

        public static SortKey Date(Expression<Func<ContentItemRecord, DateTime>> key, Func<ContentItemRecord, DateTime> local) =>
            Build(key, local, s => DateTime.SpecifyKind(DateTime.ParseExact(s, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), DateTimeKind.Utc),
                v => v.ToString("O", CultureInfo.InvariantCulture));

        public static SortKey Text(Expression<Func<ContentItemRecord, string>> key, Func<ContentItemRecord, string> local) =>
            Build(key, local, s => s, v => v);

        private static SortKey Build<T>(Expression<Func<ContentItemRecord, T>> key, Func<ContentItemRecord, T> local, Func<string, T> parse, Func<T, string> format)
        {
            return new SortKey
            {
                _apply = (q, query) =>
                {
                    if (query.After is { } after)
                    {
                        var cursor = ContentCursor.Decode(after);
                        T value;
                        try { value = parse(cursor.Key); }
                        catch (FormatException) { throw new InvalidQueryException("The cursor is not valid."); }
                        q = q.Where(KeysetPredicate(key, value, cursor.Id, query.Descending));
                    }
                    var ordered = query.Descending ? q.OrderByDescending(key).ThenByDescending(r => r.Id) : q.OrderBy(key).ThenBy(r => r.Id);
                    return query.Skip > 0 && query.After is null ? ordered.Skip(query.Skip) : ordered;
                },
                _keyOf = r => format(local(r)),
            };
        }

        /// <summary>(key, id) strictly after the cursor in the sort direction.</summary>
        private static Expression<Func<ContentItemRecord, bool>> KeysetPredicate<T>(Expression<Func<ContentItemRecord, T>> key, T value, long id, bool descending)
        {
            var row = key.Parameters[0];
            var k = key.Body;
            var v = Expression.Constant(value, typeof(T));
            var rowId = Expression.Property(row, nameof(ContentItemRecord.Id));
            var idValue = Expression.Constant(id);
            Expression Compare(Expression left, Expression right, bool strictBefore)
            {
                if (typeof(T) == typeof(string))
                {
                    var call = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
                    return strictBefore ? Expression.LessThan(call, Expression.Constant(0)) : Expression.GreaterThan(call, Expression.Constant(0));
                }
                return strictBefore ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
            }
            var body = Expression.OrElse(
                Compare(k, v, descending),
                Expression.AndAlso(Expression.Equal(k, v), descending ? Expression.LessThan(rowId, idValue) : Expression.GreaterThan(rowId, idValue)));
            return Expression.Lambda<Func<ContentItemRecord, bool>>(body, row);
        }
    }
}
