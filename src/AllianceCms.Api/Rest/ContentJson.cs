using System.Text.Encodings.Web;
using System.Text.Json;
using AllianceCms.Api.Access;
using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;

namespace AllianceCms.Api.Rest;

/// <summary>
/// Writes items as the REST API shows them: the item's columns, then its visible fields grouped
/// by part as stored (references as ids), then what the client asked to expand.
/// </summary>
public sealed class ContentJson(ApiContentModel model, ItemLinks links, ApiReader reader)
{
    // The output is served as application/json, never inlined in HTML: keep accents and markup readable.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public PooledBody Item(ContentItem item, ApiType type, Expansion? expansion)
    {
        var buffer = new PooledBody(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options)) WriteItem(writer, item, type, expansion);
        return buffer;
    }

    public PooledBody Page(ApiPage page, ApiType type, string? next, Expansion? expansion)
    {
        var buffer = new PooledBody(65536);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type.Name);
            if (page.TotalCount is { } total) writer.WriteNumber("totalCount", total);
            writer.WriteStartArray("items");
            foreach (var item in page.Items) WriteItem(writer, item, type, expansion);
            writer.WriteEndArray();
            writer.WriteString("nextCursor", page.NextCursor);
            writer.WriteString("next", next);
            writer.WriteEndObject();
        }
        return buffer;
    }

    private void WriteItem(Utf8JsonWriter writer, ContentItem item, ApiType type, Expansion? expansion)
    {
        writer.WriteStartObject();
        WriteColumns(writer, item, type);
        writer.WriteStartObject("parts");
        foreach (var part in type.Parts.Where(p => p.Fields.Count > 0))
        {
            writer.WriteStartObject(part.Name);
            foreach (var field in part.Fields)
            {
                writer.WritePropertyName(field.Name);
                if (item.Get(part.Name, field.Name) is { } value) value.WriteTo(writer);
                else writer.WriteNullValue();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();

        if (expansion is not null)
        {
            if (expansion.References.Count > 0) WriteReferences(writer, item, expansion);
            if (expansion.Localizations) WriteLocalizations(writer, item, type, expansion);
        }
        writer.WriteEndObject();
    }

    private void WriteColumns(Utf8JsonWriter writer, ContentItem item, ApiType type)
    {
        writer.WriteString("id", item.ContentItemId);
        // What a writer sends back in If-Match (quoted) or "version" to change this very version.
        writer.WriteString("version", item.ContentItemVersionId);
        writer.WriteString("type", item.ContentType);
        writer.WriteString("culture", item.Culture);
        writer.WriteString("localizationSet", item.LocalizationSet);
        writer.WriteString("displayText", item.DisplayText);
        writer.WriteString("slug", item.Slug);
        writer.WriteString("url", links.UrlFor(item, type));
        if (reader.CanReadDrafts) writer.WriteBoolean("published", item.Published);
        WriteDate(writer, "publishedAt", item.PublishedUtc);
        WriteDate(writer, "modifiedAt", item.ModifiedUtc);
        WriteDate(writer, "createdAt", item.CreatedUtc);
    }

    private void WriteReferences(Utf8JsonWriter writer, ContentItem item, Expansion expansion)
    {
        writer.WriteStartObject("references");
        foreach (var field in expansion.References)
        {
            writer.WriteStartArray(field.Path);
            foreach (var id in IdListFieldKind.Ids(item.Get(field.Part.Name, field.Name)))
            {
                var target = ApiContentReader.Choose(expansion.Variants.GetValueOrDefault(id), id, item.Culture, reader);
                if (target is null || !field.Targets.Contains(target.ContentType) || model.Find(target.ContentType) is not { } targetType) continue;
                WriteItem(writer, target, targetType, null);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private void WriteLocalizations(Utf8JsonWriter writer, ContentItem item, ApiType type, Expansion expansion)
    {
        writer.WriteStartArray("localizations");
        foreach (var variant in expansion.Variants.GetValueOrDefault(item.ContentItemId) ?? [])
        {
            if (variant.ContentItemId == item.ContentItemId || !reader.CanRead(variant)) continue;
            writer.WriteStartObject();
            writer.WriteString("id", variant.ContentItemId);
            writer.WriteString("culture", variant.Culture);
            writer.WriteString("displayText", variant.DisplayText);
            writer.WriteString("slug", variant.Slug);
            writer.WriteString("url", links.UrlFor(variant, type));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } date) writer.WriteString(name, DateTime.SpecifyKind(date, DateTimeKind.Utc));
        else writer.WriteNull(name);
    }
}

/// <summary>What to add to each item: expanded references and the other cultures, with the variants loaded for them in one query.</summary>
public sealed record Expansion(IReadOnlyList<ApiField> References, bool Localizations, IReadOnlyDictionary<string, IReadOnlyList<ContentItem>> Variants);
