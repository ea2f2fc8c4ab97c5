using AllianceCms.Admin.Content.Editors;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace AllianceCms.Admin.Content;

/// <summary>Moves values between content items, the editor form and posted form data, through each field kind's editor.</summary>
public sealed class ContentFormBinder(FieldEditorRegistry editors)
{
    public FieldEditorRegistry Editors => editors;

    /// <summary>A form showing a stored (or new) item.</summary>
    public ContentForm FromItem(ContentTypeModel type, ContentItem item, bool isNew)
    {
        var form = new ContentForm(type, isNew ? null : item, item.Culture)
        {
            DisplayText = item.DisplayText,
            Slug = item.Slug ?? "",
            BaseVersionId = isNew ? null : item.ContentItemVersionId,
        };
        foreach (var (part, field) in type.Fields)
            form.Inputs[$"{part.Name}.{field.Name}"] = editors.Get(field.Kind).FromValue(item.Get(part.Name, field.Name), field);
        return form;
    }

    /// <summary>A form holding what was posted, to save it or to show it again with its errors.</summary>
    public ContentForm FromRequest(ContentTypeModel type, ContentItem? stored, IFormCollection posted, string culture)
    {
        var form = new ContentForm(type, stored, stored?.Culture ?? culture)
        {
            DisplayText = posted[ContentFormNames.DisplayText].ToString(),
            Slug = posted[ContentFormNames.Slug].ToString(),
            BaseVersionId = posted[ContentFormNames.BaseVersionId].FirstOrDefault(),
        };
        foreach (var (part, field) in type.Fields)
        {
            var name = $"{part.Name}.{field.Name}";
            var editor = editors.Get(field.Kind);
            var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
            foreach (var sub in editor.SubInputs)
                values[sub] = posted[sub.Length == 0 ? name : $"{name}.{sub}"];
            form.Inputs[name] = new FieldInput(values);
        }
        return form;
    }

    /// <summary>Writes the form's title, slug and fields into an item; removed fields' stored values are left alone.</summary>
    public void ApplyTo(ContentForm form, ContentItem item)
    {
        item.DisplayText = form.DisplayText;
        if (form.Type.Settings.Routable) item.Slug = string.IsNullOrWhiteSpace(form.Slug) ? null : form.Slug.Trim();
        foreach (var (part, field) in form.Type.Fields)
            item.Set(part.Name, field.Name, editors.Get(field.Kind).ToValue(form.InputFor($"{part.Name}.{field.Name}"), field));
    }
}
