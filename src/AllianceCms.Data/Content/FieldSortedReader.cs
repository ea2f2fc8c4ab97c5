using System.Linq.Expressions;
using AllianceCms.Core.Queries;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Data.Content;

/// <summary>When a field sort walks the field's value index rather than sorting the matches.</summary>
internal static class FieldSortPlan
{
    /// <summary>
    /// Up to this many matches are read whole and sorted (cheap, and a selective filter, such as the
    /// news of one participant, would make the walk visit most of the index to find a few items);
    /// more are read in the order of the value index. Both give the same pages; tests set it to try both.
    /// </summary>
    public static int SortMatchesUpTo { get; set; } = 1000;

    /// <summary>
    /// Offset pages from this deep check the filter against its ids read once from its own index
    /// instead of item by item: each item check reads an item row, which costs more than the list
    /// beyond a few thousand rows walked.
    /// </summary>
    public static int DeepOffset { get; set; } = 1000;
}

/// <summary>
/// Reads a page of items sorted by an indexed field. An item's key is its smallest value; an item
/// without one (or whose smallest is the column's empty value) sorts as that empty value: first
/// ascending, last descending, by id among themselves. A page is read from two runs in turn, the
/// items with a key and those without; the cursor is the key and id of the page's last item. The
/// items with a key are read in the order of the field's value index (Name, Value, DocumentId),
/// joined to the filter, so that a page costs its own rows instead of a key computed and sorted
/// for every match; a small set of matches is sorted as it is (<see cref="FieldSortPlan"/>).
/// </summary>
internal sealed class FieldSortedReader<TValue>(CmsDbContext db, string field, FieldSortColumn<TValue> column)
{
    public async Task<(List<ContentItemRecord> Records, string? NextCursor)> ReadAsync(
        IQueryable<ContentItemRecord> filtered, ContentQuery query, int? total, CancellationToken ct)
    {
        var limit = FieldSortPlan.SortMatchesUpTo;
        var walk = (total ?? await filtered.Take(limit + 1).CountAsync(ct)) > limit;
        var descending = query.Descending;
        IQueryable<SortedRow> first;
        IQueryable<SortedRow>? then;
        var skip = 0;
        if (query.After is { } after)
        {
            var (value, id) = Decode(after);
            // The run the cursor is in goes on after it; the other run follows only if it comes later.
            if (EqualityComparer<TValue>.Default.Equals(value, column.Empty))
                (first, then) = (WithoutKey(filtered, descending, id), descending ? null : WithKey(filtered, descending, walk, false, null));
            else
                (first, then) = (WithKey(filtered, descending, walk, false, (value, id)), descending ? WithoutKey(filtered, descending, null) : null);
        }
        else
        {
            skip = query.Skip;
            var deep = skip >= FieldSortPlan.DeepOffset;
            (first, then) = descending
                ? (WithKey(filtered, descending, walk, deep, null), WithoutKey(filtered, descending, null))
                : (WithoutKey(filtered, descending, null), WithKey(filtered, descending, walk, deep, null));
        }

        var take = query.PageSize + 1;
        var rows = await (skip > 0 ? first.Skip(skip) : first).Take(take).ToListAsync(ct);
        if (rows.Count < take && then is not null)
        {
            // Only a page that starts past the first run needs to know how long that run is.
            var skipThen = rows.Count == 0 && skip > 0 ? Math.Max(0, skip - await first.CountAsync(ct)) : 0;
            rows.AddRange(await (skipThen > 0 ? then.Skip(skipThen) : then).Take(take - rows.Count).ToListAsync(ct));
        }

        var page = rows.Take(query.PageSize).ToList();
        var ids = page.Select(r => r.Id).ToList();
        var byId = await db.ContentItems.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var records = page.Where(r => byId.ContainsKey(r.Id)).Select(r => byId[r.Id]).ToList();
        var next = rows.Count > query.PageSize && page.Count > 0 ? new ContentCursor(column.Format(page[^1].Value), page[^1].Id).Encode() : null;
        return (records, next);
    }

    private (TValue Value, long Id) Decode(string after)
    {
        var cursor = ContentCursor.Decode(after);
        try { return (column.Parse(cursor.Key), cursor.Id); }
        catch (FormatException) { throw new InvalidQueryException("The cursor is not valid."); }
    }

    /// <summary>Matches that have a key, in order from the cursor on.</summary>
    private IQueryable<SortedRow> WithKey(IQueryable<ContentItemRecord> filtered, bool descending, bool walk, bool deep, (TValue Value, long Id)? after)
    {
        var rows = walk ? WalkIndex(filtered, deep) : KeysOf(filtered);
        var r = Expression.Parameter(typeof(SortedRow), "r");
        var value = Expression.Property(r, nameof(SortedRow.Value));
        var id = Expression.Property(r, nameof(SortedRow.Id));
        rows = rows.Where(Expression.Lambda<Func<SortedRow, bool>>(Compare(ExpressionType.GreaterThan, value, Captured(column.Empty)), r));
        if (after is var (afterValue, afterId))
        {
            var v = Captured(afterValue);
            var beyond = Expression.OrElse(
                Compare(descending ? ExpressionType.LessThan : ExpressionType.GreaterThan, value, v),
                Expression.AndAlso(Expression.Equal(value, v), descending ? Expression.LessThan(id, Captured(afterId)) : Expression.GreaterThan(id, Captured(afterId))));
            rows = rows.Where(Expression.Lambda<Func<SortedRow, bool>>(beyond, r));
        }
        return descending ? rows.OrderByDescending(x => x.Value).ThenByDescending(x => x.Id) : rows.OrderBy(x => x.Value).ThenBy(x => x.Id);
    }

    /// <summary>Every match with its smallest value (null if it has none): the sort then reads them all.</summary>
    private IQueryable<SortedRow> KeysOf(IQueryable<ContentItemRecord> filtered)
    {
        var smallest = Smallest();
        var c = smallest.Parameters[0];
        return filtered.Select(Expression.Lambda<Func<ContentItemRecord, SortedRow>>(Row(Expression.Property(c, nameof(ContentItemRecord.Id)), smallest.Body), c));
    }

    /// <summary>The rows of the field's value index, each item at its smallest value only, whose item matches.</summary>
    private IQueryable<SortedRow> WalkIndex(IQueryable<ContentItemRecord> filtered, bool deep)
    {
        var name = field;
        var i = Expression.Parameter(typeof(ContentIndexRecord), "i");
        var j = Expression.Parameter(typeof(ContentIndexRecord), "j");
        Expression<Func<IQueryable<ContentIndexRecord>>> index = () => db.ContentIndex;
        Expression<Func<ContentIndexRecord, ContentIndexRecord, bool>> sameItem = (j, i) => j.DocumentId == i.DocumentId && j.Name == name;
        Expression<Func<ContentIndexRecord, ContentIndexRecord, bool>> otherRow = (j, i) => j.Id != i.Id;
        Expression<Func<ContentIndexRecord, ContentIndexRecord, bool>> earlierRow = (j, i) => j.Id < i.Id;
        Expression Any(Expression predicate) => Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(ContentIndexRecord)],
            index.Body, Expression.Quote(Expression.Lambda(predicate, j)));

        // The item's only row (the common case, answered on the (DocumentId, Name) index alone), or its
        // smallest value and, among equal smallest values, the first row. Written without OR inside the
        // subqueries, which SQLite without statistics would turn into scans of the value index.
        var value = ValueOf(i);
        var smallest = Expression.Call(typeof(Queryable), nameof(Queryable.Min), [typeof(TValue)],
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(ContentIndexRecord), typeof(TValue)],
                Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(ContentIndexRecord)], index.Body, Expression.Quote(Expression.Lambda(Rebind(sameItem, j, i), j))),
                Expression.Quote(column.Value)));
        var once = Expression.OrElse(
            Expression.Not(Any(Expression.AndAlso(Rebind(sameItem, j, i), Rebind(otherRow, j, i)))),
            Expression.AndAlso(
                Expression.Equal(value, smallest),
                Expression.Not(Any(Expression.AndAlso(Expression.AndAlso(Rebind(sameItem, j, i), Expression.Equal(ValueOf(j), value)), Rebind(earlierRow, j, i))))));

        var rows = db.ContentIndex.AsNoTracking()
            .Where(x => x.Name == name)
            .Where(Expression.Lambda<Func<ContentIndexRecord, bool>>(once, i));
        // An item check reads the item's row; deep pages read the matching ids once instead.
        rows = deep
            ? rows.Where(x => filtered.Select(c => c.Id).Contains(x.DocumentId))
            : rows.Where(x => filtered.Any(c => c.Id == x.DocumentId));
        return rows.Select(Expression.Lambda<Func<ContentIndexRecord, SortedRow>>(Row(Expression.Property(i, nameof(ContentIndexRecord.DocumentId)), value), i));
    }

    /// <summary>Matches without a key, by id from the cursor on.</summary>
    private IQueryable<SortedRow> WithoutKey(IQueryable<ContentItemRecord> filtered, bool descending, long? afterId)
    {
        // Item by item, as many as match: the value index cannot list what it lacks. A list of the
        // items with a value, read at once, is cheaper on SQLite but PostgreSQL's NOT IN over a list
        // that outgrows its hash memory checks each item against the whole list.
        var rows = filtered.Where(Keyless());
        if (afterId is { } id) rows = descending ? rows.Where(r => r.Id < id) : rows.Where(r => r.Id > id);
        var ordered = descending ? rows.OrderByDescending(r => r.Id) : rows.OrderBy(r => r.Id);
        var c = Expression.Parameter(typeof(ContentItemRecord), "c");
        return ordered.Select(Expression.Lambda<Func<ContentItemRecord, SortedRow>>(Row(Expression.Property(c, nameof(ContentItemRecord.Id)), Captured(column.Empty)), c));
    }

    /// <summary>The item's smallest value is missing or empty.</summary>
    private Expression<Func<ContentItemRecord, bool>> Keyless()
    {
        var smallest = Smallest();
        var empty = Captured(column.Empty);
        return Expression.Lambda<Func<ContentItemRecord, bool>>(Expression.Equal(Expression.Coalesce(smallest.Body, empty), empty), smallest.Parameters);
    }

    /// <summary>An item's smallest value of the field, null if it has none.</summary>
    private Expression<Func<ContentItemRecord, TValue>> Smallest()
    {
        var name = field;
        var value = column.Value;
        var index = db.ContentIndex;
        return c => index.Where(i => i.DocumentId == c.Id && i.Name == name).Select(value).Min()!;
    }

    private Expression ValueOf(ParameterExpression row) => Rebind(column.Value, row);

    private static MemberInitExpression Row(Expression id, Expression value) => Expression.MemberInit(Expression.New(typeof(SortedRow)),
        Expression.Bind(typeof(SortedRow).GetProperty(nameof(SortedRow.Id))!, id),
        Expression.Bind(typeof(SortedRow).GetProperty(nameof(SortedRow.Value))!, value));

    /// <summary>A value the query reads from a closure, so that EF sends it as a parameter.</summary>
    private static Expression Captured<T>(T value) => ((Expression<Func<T>>)(() => value)).Body;

    /// <summary>Ordering comparisons; strings compare through <see cref="string.Compare(string, string)"/>, which EF translates to &lt; and &gt;.</summary>
    private static Expression Compare(ExpressionType op, Expression left, Expression right) => typeof(TValue) == typeof(string)
        ? Expression.MakeBinary(op, Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right), Expression.Constant(0))
        : Expression.MakeBinary(op, left, right);

    private static Expression Rebind(LambdaExpression lambda, params ParameterExpression[] parameters) =>
        new ParameterSwap(lambda.Parameters, parameters).Visit(lambda.Body);

    private sealed class ParameterSwap(IReadOnlyList<ParameterExpression> from, IReadOnlyList<ParameterExpression> to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var k = 0; k < from.Count; k++) if (node == from[k]) return to[k];
            return node;
        }
    }

    /// <summary>An item of the page and its key.</summary>
    private sealed class SortedRow
    {
        public long Id { get; init; }
        public TValue Value { get; init; } = default!;
    }
}
