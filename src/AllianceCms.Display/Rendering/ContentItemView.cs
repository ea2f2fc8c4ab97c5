using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using Fluid;
using Fluid.Values;

namespace AllianceCms.Display.Rendering;

/// <summary>
/// A published item as templates see it: its public fields only (private fields never leave this
/// class), its URL, and whether it stands in for a translation the page's culture lacks.
/// </summary>
public sealed class ContentItemView
{
    public ContentItemView(ContentItem item, ContentTypeModel type, string? url, bool isFallback)
    {
        Item = item;
        Type = type;
        Url = url;
        IsFallback = isFallback;
    }

    public ContentItem Item { get; }
    public ContentTypeModel Type { get; }
    public string? Url { get; }

    /// <summary>True when the item is shown in another culture than the page's (no translation yet).</summary>
    public bool IsFallback { get; }

    private JsonObject? _publicContent;

    /// <summary>
    /// The parts and fields that are defined and not private: <c>{ "Part": { "Field": value } }</c>.
    /// Built on first use: most items on a page (list entries, links) only show a title and a URL.
    /// </summary>
    public JsonObject PublicContent => _publicContent ??= PublicFields(Item, Type);

    /// <summary>A public field's value, read in place: the item's content is shared with the read cache and never edited here.</summary>
    public JsonNode? Field(string part, string field)
    {
        if (_publicContent is not null) return (_publicContent[part] as JsonObject)?[field];
        return Type.FindField(part, field) is { Field: var definition } && IsPublic(definition) ? Item.Get(part, field) : null;
    }

    private static bool IsPublic(ContentFieldDefinition field) => !field.Settings.Private && field.Kind != FieldKinds.User;

    /// <summary>Copies only what the definition declares public: a field removed from the definition is not shown either.</summary>
    private static JsonObject PublicFields(ContentItem item, ContentTypeModel type)
    {
        var result = new JsonObject();
        foreach (var part in type.Parts)
        {
            if (item.ReadOnlyContent()[part.Name] is not JsonObject stored) continue;
            var copy = new JsonObject();
            foreach (var field in part.Fields)
            {
                if (!IsPublic(field)) continue;
                if (stored[field.Name] is { } value) copy[field.Name] = value.DeepClone();
            }
            result[part.Name] = copy;
        }
        return result;
    }
}

/// <summary>
/// The Liquid value of an item: <c>item.title</c>, <c>item.url</c>, <c>item.fields.Part.Field</c> or the
/// shorter <c>item.Part.Field</c>; written as is, it prints its title.
/// </summary>
public sealed class ContentItemValue(ContentItemView view) : FluidValue
{
    public ContentItemView View { get; } = view;

    public override FluidValues Type => FluidValues.Object;

    public override bool Equals(FluidValue other) => other is ContentItemValue v && v.View.Item.ContentItemVersionId == View.Item.ContentItemVersionId;

    public override bool ToBooleanValue() => true;
    public override decimal ToNumberValue() => 0;
    public override string ToStringValue() => View.Item.DisplayText;
    public override object ToObjectValue() => View;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        writer.Write(encoder.Encode(View.Item.DisplayText));
        return ValueTask.CompletedTask;
    }

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => GetValueAsync(index.ToStringValue(), context);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        var item = View.Item;
        FluidValue value = name switch
        {
            "id" => StringValue.Create(item.ContentItemId),
            "localization_set" => StringValue.Create(item.LocalizationSet),
            "type" => StringValue.Create(item.ContentType),
            "type_label" => StringValue.Create(View.Type.Type.Label.For(PageRenderState.From(context).Culture)),
            "culture" or "lang" => StringValue.Create(item.Culture),
            "title" or "display_text" => StringValue.Create(item.DisplayText),
            "slug" => item.Slug is null ? NilValue.Instance : StringValue.Create(item.Slug),
            "url" => View.Url is null ? NilValue.Instance : StringValue.Create(View.Url),
            "is_fallback" => BooleanValue.Create(View.IsFallback),
            "published_utc" => item.PublishedUtc is { } p ? new DateTimeValue(DateTime.SpecifyKind(p, DateTimeKind.Utc)) : NilValue.Instance,
            "modified_utc" => new DateTimeValue(DateTime.SpecifyKind(item.ModifiedUtc, DateTimeKind.Utc)),
            "created_utc" => new DateTimeValue(DateTime.SpecifyKind(item.CreatedUtc, DateTimeKind.Utc)),
            "fields" => FluidValue.Create(View.PublicContent, context.Options),
            _ => View.PublicContent[name] is JsonObject part ? FluidValue.Create(part, context.Options) : NilValue.Instance,
        };
        return ValueTask.FromResult(value);
    }

    public override bool Equals(object? obj) => obj is FluidValue v && Equals(v);
    public override int GetHashCode() => View.Item.ContentItemVersionId.GetHashCode(StringComparison.Ordinal);
}
