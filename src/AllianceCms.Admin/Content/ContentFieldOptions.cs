using System.Globalization;
using AllianceCms.Admin.Content.Editors;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.Content;

/// <summary>
/// The options of a form's selects and checkboxes: choices with labels in the admin's language,
/// items of the allowed types (latest versions in the item's language) and users.
/// </summary>
public sealed class ContentFieldOptions(IContentQueryService queries, IContentManager content, IContentDefinitionStore definitions, UserManager<CmsUser> users)
{
    /// <summary>Most items a reference select lists per type, until the searchable picker comes.</summary>
    public const int MaxItemsPerType = ContentQuery.MaxPageSize;

    public async Task LoadAsync(ContentForm form, FieldEditorRegistry editors, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        List<FieldOption>? userOptions = null;
        var itemsByType = new Dictionary<string, IReadOnlyList<ContentItem>>(StringComparer.Ordinal);
        foreach (var (part, field) in form.Type.Fields)
        {
            if (!editors.Get(field.Kind).HasOptions) continue;
            var path = $"{part.Name}.{field.Name}";
            var current = form.InputFor(path).Values;
            form.Options[path] = field.Kind switch
            {
                FieldKinds.Choice => (field.Settings.Choices ?? [])
                    .Select(c => new FieldOption(c.Value, c.Label.For(culture) is { Length: > 0 } l ? l : c.Value)).ToList(),
                FieldKinds.User => WithUnknown(userOptions ??= await UsersAsync(ct), current),
                FieldKinds.ContentReference => await ItemsAsync(field, form.Culture, current, itemsByType, culture, ct),
                _ => [],
            };
        }
    }

    private async Task<List<FieldOption>> UsersAsync(CancellationToken ct)
    {
        var list = await users.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).Take(1000).ToListAsync(ct);
        return list.Select(u => new FieldOption(u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : $"{u.DisplayName} ({u.UserName})")).ToList();
    }

    /// <summary>
    /// Items of the allowed types in the item's language. A stored reference may name another
    /// culture's variant (shared fields hold one id for every variant): it stays selected, shown with
    /// this language's title, so saving does not rewrite it.
    /// </summary>
    private async Task<List<FieldOption>> ItemsAsync(ContentFieldDefinition field, string itemCulture, IReadOnlyList<string> current,
        Dictionary<string, IReadOnlyList<ContentItem>> cache, string uiCulture, CancellationToken ct)
    {
        var snapshot = await definitions.GetSnapshotAsync(ct);
        var types = field.Settings.AllowedTypes is { Count: > 0 } allowed ? allowed : snapshot.Types.Select(t => t.Name).ToList();
        var items = new List<(ContentItem Item, string TypeName)>();
        foreach (var type in types)
        {
            if (!cache.TryGetValue(type, out var found))
            {
                var page = await queries.QueryAsync(new ContentQuery
                {
                    Types = [type],
                    Culture = itemCulture,
                    Status = ContentStatus.Latest,
                    SortBy = ContentSortKey.DisplayText,
                    Descending = false,
                    PageSize = MaxItemsPerType,
                    IncludeTotal = false,
                }, ct);
                cache[type] = found = page.Items;
            }
            var typeLabel = snapshot.Find(type) is { } model ? AdminShell.TypeLabel(model, uiCulture) : type;
            items.AddRange(found.Select(i => (i, typeLabel)));
        }

        var bySet = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<FieldOption>();
        foreach (var id in current.Where(id => items.All(i => i.Item.ContentItemId != id)))
        {
            var target = await content.GetAsync(id, VersionOptions.Latest, ct);
            if (target is not null && items.Any(i => i.Item.LocalizationSet == target.LocalizationSet))
                bySet.TryAdd(target.LocalizationSet, id);
            else
                unknown.Add(new FieldOption(id, target is null ? id : $"{target.DisplayText} ({target.Culture})", target?.Culture));
        }

        var several = types.Count > 1;
        var options = items.Select(i => new FieldOption(
            bySet.GetValueOrDefault(i.Item.LocalizationSet) ?? i.Item.ContentItemId,
            several ? $"{i.Item.DisplayText} ({i.TypeName})" : i.Item.DisplayText,
            i.Item.Culture)).ToList();
        options.AddRange(unknown);
        return options;
    }

    private static List<FieldOption> WithUnknown(List<FieldOption> options, IReadOnlyList<string> current)
    {
        var missing = current.Where(id => options.All(o => o.Value != id)).Select(id => new FieldOption(id, id)).ToList();
        return missing.Count == 0 ? options : [.. options, .. missing];
    }
}
