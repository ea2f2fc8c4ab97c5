using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Indexing;

/// <summary>
/// Indexes every field marked <c>indexed</c> as "Part.Field". References are indexed by their
/// target's localization set, so a filter on a country matches whichever culture variant was picked.
/// </summary>
public sealed class FieldIndexProvider(FieldKindRegistry kinds, IContentReferenceLookup references) : IContentIndexProvider
{
    public async Task DescribeAsync(IndexBuildContext context)
    {
        foreach (var (part, field) in context.Type.Fields)
        {
            if (!field.Settings.Indexed || context.ContentItem.Get(part.Name, field.Name) is not { } value) continue;
            var name = $"{part.Name}.{field.Name}";
            if (field.Kind == FieldKinds.ContentReference)
            {
                var ids = IdListFieldKind.Ids(value);
                var found = await references.FindAsync(ids, context.CancellationToken);
                foreach (var id in ids)
                    context.Add(name, IndexValue.OfText(found.TryGetValue(id, out var target) ? target.LocalizationSet : id));
                continue;
            }
            foreach (var entry in kinds.Get(field.Kind).IndexValues(value)) context.Add(name, entry);
        }
    }
}
