using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;

namespace AllianceCms.Admin.Areas.Admin.Pages.Users;

/// <summary>
/// The content items whose user fields name a user (e.g. the places where they are a desk editor),
/// found through every indexed user field of every type, whatever the modules call them.
/// </summary>
public sealed class UserMentions(IContentDefinitionStore definitions, IContentQueryService queries)
{
    public sealed record Mention(ContentItem Item, string TypeLabel, string FieldLabel);

    public const int MaxPerField = 50;

    public async Task<IReadOnlyList<Mention>> FindAsync(string userId, string culture, CancellationToken ct)
    {
        var mentions = new List<Mention>();
        var snapshot = await definitions.GetSnapshotAsync(ct);
        foreach (var type in snapshot.Types)
        {
            foreach (var (part, field) in type.Fields.Where(f => f.Field.Kind == FieldKinds.User && f.Field.Settings.Indexed))
            {
                var page = await queries.QueryAsync(new ContentQuery
                {
                    Types = [type.Name],
                    Status = ContentStatus.Latest,
                    Filters = [new FieldFilter($"{part.Name}.{field.Name}", FilterOperator.Equals, userId)],
                    SortBy = ContentSortKey.DisplayText,
                    Descending = false,
                    PageSize = MaxPerField,
                    IncludeTotal = false,
                }, ct);
                var typeLabel = Infrastructure.AdminShell.TypeLabel(type, culture);
                var fieldLabel = field.Label.For(culture) is { Length: > 0 } label ? label : field.Name;
                mentions.AddRange(page.Items.Select(item => new Mention(item, typeLabel, fieldLabel)));
            }
        }
        return mentions;
    }
}
