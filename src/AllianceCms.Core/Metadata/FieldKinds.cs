namespace AllianceCms.Core.Metadata;

/// <summary>The names of the field kinds the core knows; a definition naming another kind is refused.</summary>
public static class FieldKinds
{
    public const string Text = "text";
    public const string RichText = "richtext";
    public const string Markdown = "markdown";
    public const string Number = "number";
    public const string Boolean = "boolean";
    public const string Date = "date";
    public const string DateTime = "datetime";
    public const string Url = "url";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Choice = "choice";
    public const string ContentReference = "reference";
    public const string Media = "media";
    public const string GeoPoint = "geopoint";
    public const string Tags = "tags";
    public const string User = "user";
}
