using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Validation;
using Microsoft.Extensions.Options;

namespace AllianceCms.Core.Recipes;

/// <summary>
/// "Content": creates or updates items by id. An item already equal to the recipe is left alone,
/// so running a recipe twice changes nothing the second time.
/// </summary>
public sealed class ContentStep(
    IContentManager contentManager,
    IContentQueryService queries,
    IContentReferenceLookup references,
    FieldKindRegistry kinds,
    ContentValidator normalizer,
    Metadata.IContentDefinitionStore definitions,
    PendingContentReferences pending,
    IOptions<CultureOptions> cultures) : IRecipeStepHandler
{
    public string Name => "Content";

    /// <summary>
    /// One variant to store, with where it came from in the recipe: <paramref name="ItemPath"/> is the
    /// recipe item, <paramref name="Path"/> the variant, <paramref name="SharedFields"/> the "Part.Field"
    /// values taken from the item's "shared" object (errors on them are reported there, once).
    /// </summary>
    private sealed record Entry(string Path, ContentItem Item, bool Publish, string ItemPath, IReadOnlySet<string> SharedFields);

    public async Task ValidateAsync(JsonObject step, RecipeValidationContext context, CancellationToken ct)
    {
        var model = RecipeStepReader.Read<ContentStepModel>(step, context);
        if (model is null) return;
        var entries = Expand(model, context);
        var lookup = new PendingReferenceLookup(references, context.PendingItems);
        foreach (var entry in entries)
        {
            if (entry.Item.ContentItemId.Length > 0)
                context.PendingItems[entry.Item.ContentItemId] = (entry.Item.ContentType, entry.Item.LocalizationSet, entry.Item.Culture);
        }

        var validator = new ContentValidator(kinds, lookup, cultures);
        var slugs = new Dictionary<(string, string), string>();
        var reported = new HashSet<(string, string)>();
        // An update keeps the item's type, culture and localization set, so a recipe may not change them.
        var stored = await references.FindAsync(entries.Select(e => e.Item.ContentItemId).Distinct().ToList(), ct);
        foreach (var entry in entries)
        {
            var item = entry.Item;
            var type = context.Definitions.Find(item.ContentType);
            if (type is null) { context.AddError($"{entry.ItemPath}.type", $"Unknown content type '{item.ContentType}'."); continue; }
            if (stored.TryGetValue(item.ContentItemId, out var existing)
                && (existing.ContentType != item.ContentType || existing.Culture != item.Culture || existing.LocalizationSet != item.LocalizationSet))
            {
                context.AddError(entry.Path, $"The item '{item.ContentItemId}' exists as a {existing.ContentType} in '{existing.Culture}' (localization set '{existing.LocalizationSet}'); a recipe cannot change an item's type, culture or localization set.");
                continue;
            }
            using (new UiCulture(CultureInfo.InvariantCulture))
            {
                foreach (var error in await validator.ValidateAsync(item.Clone(), type, ct))
                {
                    var path = JsonPathOf(entry, error.Path);
                    if (reported.Add((path, error.Message))) context.AddError(path, error.Message);
                }
            }
            if (item.Slug is { } slug)
            {
                if (slugs.TryGetValue((item.Culture, slug), out var other) && other != item.ContentItemId)
                    context.AddError($"{entry.Path}.slug", $"The slug '{slug}' ({item.Culture}) is used twice in the recipe.");
                slugs[(item.Culture, slug)] = item.ContentItemId;
                if (await queries.FindRouteAsync(item.Culture, slug, ct) is { IsCurrent: true } route && route.ContentItemId != item.ContentItemId)
                    context.AddError($"{entry.Path}.slug", $"The slug '{slug}' ({item.Culture}) already belongs to item '{route.ContentItemId}'.");
            }
        }
    }

    public async Task ExecuteAsync(JsonObject step, CancellationToken ct)
    {
        var context = new RecipeValidationContext(Metadata.ContentDefinitionSnapshot.Empty);
        var entries = Expand(RecipeStepReader.Read<ContentStepModel>(step), context);
        // The step runs in one transaction and was validated whole: every item it names will exist
        // when it commits, so items that refer to each other are each stored once, whole.
        foreach (var entry in entries)
            pending.Add(new ContentReferenceInfo(entry.Item.ContentItemId, entry.Item.ContentType, entry.Item.LocalizationSet, entry.Item.Culture));
        try
        {
            foreach (var entry in await InReferenceOrderAsync(entries, ct)) Check(entry, await StoreAsync(entry, ct));
        }
        finally
        {
            pending.Clear();
        }
    }

    /// <summary>
    /// The entries with each item after the items of the step it refers to, so that it is stored
    /// whole, once, with its dates (an export lists news from 2011 before the countries they name).
    /// Items in a reference cycle, and the versions of one item, keep the recipe's order.
    /// </summary>
    private async Task<List<Entry>> InReferenceOrderAsync(List<Entry> entries, CancellationToken ct)
    {
        var snapshot = await definitions.GetSnapshotAsync(ct);
        var byId = entries.GroupBy(e => e.Item.ContentItemId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<Entry>(entries.Count);
        foreach (var entry in entries) Visit(entry.Item.ContentItemId);
        return ordered;

        void Visit(string id)
        {
            if (!visited.Add(id)) return; // placed already, or a cycle: pending references cover it
            foreach (var target in byId[id].SelectMany(References).Where(byId.ContainsKey)) Visit(target);
            ordered.AddRange(byId[id]);
        }

        IEnumerable<string> References(Entry entry) => snapshot.Find(entry.Item.ContentType) is { } type
            ? type.Fields.Where(f => f.Field.Kind == Metadata.FieldKinds.ContentReference)
                .SelectMany(f => IdListFieldKind.Ids(entry.Item.Get(f.Part.Name, f.Field.Name)))
            : [];
    }

    private async Task<ContentResult> StoreAsync(Entry entry, CancellationToken ct)
    {
        var item = entry.Item.Clone();
        var existing = await contentManager.GetAsync(item.ContentItemId, VersionOptions.Latest, ct);
        if (existing is null) return await contentManager.CreateAsync(item, entry.Publish, ct);

        if (existing.IsDeleted) await contentManager.RestoreAsync(existing.ContentItemId, ct);
        // The recipe sets the fields it names; the others keep their stored values (an ordinal a
        // handler gave the item on creation, a field an editor filled in since).
        item.Content = MergeOver(existing.Content, item.Content);
        // Compare normalized values, as stored, so that a second run finds nothing to change.
        await normalizer.ValidateAsync(item, (await definitions.GetSnapshotAsync(ct)).Get(item.ContentType), ct);
        if (IsSame(existing, item, entry.Publish)) return ContentResult.Ok(existing);
        item.ContentItemVersionId = existing.ContentItemVersionId;
        return await contentManager.SaveAsync(item, entry.Publish, ct);
    }

    private void Check(Entry entry, ContentResult result)
    {
        if (result.Succeeded) return;
        var reason = result.Errors.Count > 0 ? string.Join(" ", result.Errors.Select(e => $"{e.Path}: {e.Message}")) : result.Outcome.ToString();
        throw new InvalidRecipeException([new RecipeError(Name, entry.Path, reason)]);
    }

    /// <summary>Where a validation error of an entry is in the recipe's JSON.</summary>
    private static string JsonPathOf(Entry entry, string errorPath) => errorPath switch
    {
        _ when entry.SharedFields.Contains(errorPath) => $"{entry.ItemPath}.shared.{errorPath}",
        "DisplayText" => $"{entry.Path}.displayText",
        "Slug" => $"{entry.Path}.slug",
        "Culture" => entry.Path == entry.ItemPath ? $"{entry.Path}.culture" : entry.Path,
        _ => $"{entry.Path}.content.{errorPath}",
    };

    private static JsonObject MergeOver(JsonObject stored, JsonObject recipe)
    {
        var merged = (JsonObject)stored.DeepClone();
        foreach (var (part, fields) in recipe)
        {
            if (fields is not JsonObject recipeFields || merged[part] is not JsonObject target) { merged[part] = fields?.DeepClone(); continue; }
            foreach (var (field, value) in recipeFields) target[field] = value?.DeepClone();
        }
        return merged;
    }


    private static bool IsSame(ContentItem existing, ContentItem item, bool publish) =>
        existing.Published == publish && existing.DisplayText == item.DisplayText.Trim()
        && (item.Slug is null || existing.Slug == item.Slug) && JsonNode.DeepEquals(existing.Content, item.Content);

    /// <summary>Turns recipe items into variants; shape errors are reported on <paramref name="context"/>.</summary>
    private List<Entry> Expand(ContentStepModel model, RecipeValidationContext context)
    {
        var entries = new List<Entry>();
        for (var i = 0; i < model.Items.Count; i++)
        {
            var source = model.Items[i];
            var path = $"items[{i}]";
            if (source.Variants is { Count: > 0 } variants)
            {
                var set = source.LocalizationSet ?? variants.Values.Select(v => v.ContentItemId).FirstOrDefault(id => id is not null);
                if (set is null) { context.AddError(path, "An item with variants needs a localizationSet."); continue; }
                foreach (var (culture, variant) in variants)
                {
                    var content = (JsonObject)(variant.Content?.DeepClone() ?? new JsonObject());
                    var shared = Merge(content, source.Shared);
                    var id = variant.ContentItemId ?? (culture == cultures.Value.Default ? set : $"{set}-{culture}");
                    entries.Add(new Entry($"{path}.variants.{culture}", Build(source, id, set, culture, variant.DisplayText, variant.Slug, content), source.Published, path, shared));
                }
            }
            else
            {
                if (source.ContentItemId is null) { context.AddError(path, "An item needs a contentItemId so that running the recipe again updates it."); continue; }
                var content = (JsonObject)(source.Content?.DeepClone() ?? new JsonObject());
                var shared = Merge(content, source.Shared);
                entries.Add(new Entry(path, Build(source, source.ContentItemId, source.LocalizationSet ?? source.ContentItemId,
                    source.Culture ?? cultures.Value.Default, source.DisplayText ?? "", source.Slug, content), source.Published, path, shared));
            }
        }
        return entries;
    }

    private static ContentItem Build(RecipeContentItem source, string id, string set, string culture, string displayText, string? slug, JsonObject content) => new()
    {
        ContentItemId = id,
        LocalizationSet = set,
        ContentType = source.Type,
        Culture = culture,
        DisplayText = displayText,
        Slug = slug,
        Owner = source.Owner,
        Author = source.Owner,
        CreatedUtc = source.CreatedUtc ?? source.PublishedUtc ?? default,
        PublishedUtc = source.PublishedUtc,
        Content = content,
    };

    /// <summary>Adds the shared fields into a variant's parts (variant values win); returns the "Part.Field" names it added.</summary>
    private static HashSet<string> Merge(JsonObject content, JsonObject? shared)
    {
        var added = new HashSet<string>(StringComparer.Ordinal);
        if (shared is null) return added;
        foreach (var (part, fields) in shared)
        {
            if (fields is not JsonObject sharedFields) continue;
            if (content[part] is not JsonObject target) content[part] = target = [];
            foreach (var (field, value) in sharedFields)
            {
                if (target.ContainsKey(field)) continue;
                target[field] = value?.DeepClone();
                added.Add($"{part}.{field}");
            }
        }
        return added;
    }

    /// <summary>References may point at items the same recipe creates.</summary>
    private sealed class PendingReferenceLookup(
        IContentReferenceLookup inner,
        Dictionary<string, (string Type, string LocalizationSet, string Culture)> pending) : IContentReferenceLookup
    {
        public async Task<IReadOnlyDictionary<string, ContentReferenceInfo>> FindAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
        {
            var found = new Dictionary<string, ContentReferenceInfo>(await inner.FindAsync(ids, ct), StringComparer.Ordinal);
            foreach (var id in ids)
                if (!found.ContainsKey(id) && pending.TryGetValue(id, out var p)) found[id] = new ContentReferenceInfo(id, p.Type, p.LocalizationSet, p.Culture);
            return found;
        }
    }
}

/// <summary>Sets the UI culture for a scope, so that messages come out in that language.</summary>
public readonly struct UiCulture : IDisposable
{
    private readonly CultureInfo _previous;

    public UiCulture(CultureInfo culture)
    {
        _previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
