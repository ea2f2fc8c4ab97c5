using AllianceCms.Core.Metadata;

namespace AllianceCms.Admin.Content.Editors;

/// <summary>Plain text: one line, or a textarea when the field is multiline.</summary>
public sealed class TextEditor : FieldEditor
{
    public override string Kind => FieldKinds.Text;

    public override EditorTemplate Template(ContentFieldDefinition field) =>
        field.Settings.Multiline ? EditorTemplate.TextArea : EditorTemplate.Input;
}

/// <summary>HTML in a textarea until the WYSIWYG editor is bundled; the core sanitizes it on save.</summary>
public sealed class RichTextEditor : FieldEditor
{
    public override string Kind => FieldKinds.RichText;

    public override EditorTemplate Template(ContentFieldDefinition field) => EditorTemplate.TextArea;

    public override string? FormatHintKey(ContentFieldDefinition field) => "HintRichText";
}

public sealed class MarkdownEditor : FieldEditor
{
    public override string Kind => FieldKinds.Markdown;

    public override EditorTemplate Template(ContentFieldDefinition field) => EditorTemplate.TextArea;

    public override string? FormatHintKey(ContentFieldDefinition field) => "HintMarkdown";
}

public sealed class UrlEditor : FieldEditor
{
    public override string Kind => FieldKinds.Url;

    public override string InputType => "url";

    public override string? FormatHintKey(ContentFieldDefinition field) => "HintUrl";
}

public sealed class EmailEditor : FieldEditor
{
    public override string Kind => FieldKinds.Email;

    public override string InputType => "email";
}

public sealed class PhoneEditor : FieldEditor
{
    public override string Kind => FieldKinds.Phone;

    public override string InputType => "tel";
}
