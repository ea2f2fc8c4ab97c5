using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;

namespace Alliance.Members;

/// <summary>
/// Gives a new participant the next ordinal ("the 131st participant") when none is set. The
/// value is then stored, so later withdrawals never renumber earlier participants.
/// </summary>
public sealed class MemberOrdinalHandler(IContentQueryService queries) : IContentHandler
{
    public const string Field = "Ordinal";

    public async Task CreatingAsync(ContentContext context)
    {
        var item = context.ContentItem;
        if (item.ContentType != MembersModule.Type || item.Get(MembersModule.Type, Field) is not null) return;

        // A translation takes the ordinal of the participant it translates.
        var page = await queries.QueryAsync(new ContentQuery
        {
            Types = [MembersModule.Type],
            Status = ContentStatus.Latest,
            SortBy = ContentSortKey.Field,
            SortField = $"{MembersModule.Type}.{Field}",
            Descending = true,
            PageSize = 1,
            IncludeTotal = false,
        }, context.CancellationToken);
        var sibling = await queries.QueryAsync(new ContentQuery { Types = [MembersModule.Type], Status = ContentStatus.Latest, LocalizationSet = item.LocalizationSet, PageSize = 1, IncludeTotal = false }, context.CancellationToken);
        var fromSibling = sibling.Items.FirstOrDefault()?.Get<long?>(MembersModule.Type, Field);
        var highest = page.Items.FirstOrDefault()?.Get<long?>(MembersModule.Type, Field) ?? 0;
        item.Set(MembersModule.Type, Field, JsonValue.Create(fromSibling ?? highest + 1));
    }
}
