using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;
using Fluid;
using Fluid.Values;

namespace AllianceCms.Display.Rendering;

/// <summary>
/// One entry of <c>display_fields</c>: <c>f.part</c>, <c>f.name</c>, <c>f.path</c>, <c>f.label</c>,
/// <c>f.kind</c>, <c>f.value</c> and <c>f.html</c>, each made when a template reads it rather than a
/// dictionary of all seven built for every field of every item shown.
/// </summary>
public sealed class DisplayFieldValue(ContentPartDefinition part, ContentFieldDefinition field, JsonNode value, string html, string culture) : FluidValue
{
    public override FluidValues Type => FluidValues.Dictionary;

    public override bool Equals(FluidValue other) => other is DisplayFieldValue f && f.ToStringValue() == ToStringValue() && f.ToObjectValue() == ToObjectValue();
    public override bool ToBooleanValue() => true;
    public override decimal ToNumberValue() => 0;
    public override string ToStringValue() => $"{part.Name}.{field.Name}";
    public override object ToObjectValue() => html;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        writer.Write(html);
        return ValueTask.CompletedTask;
    }

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => GetValueAsync(index.ToStringValue(), context);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => name switch
    {
        "part" => StringValue.Create(part.Name),
        "name" => StringValue.Create(field.Name),
        "path" => StringValue.Create(ToStringValue()),
        "label" => StringValue.Create(field.Label.For(culture)),
        "kind" => StringValue.Create(field.Kind),
        "value" => FluidValue.Create(value, context.Options),
        "html" => new StringValue(html, encode: false),
        _ => NilValue.Instance,
    };

    public override bool Equals(object? obj) => obj is FluidValue v && Equals(v);
    public override int GetHashCode() => HashCode.Combine(part.Name, field.Name, html);
}
