namespace AllianceCms.Admin.ContentTypes;

/// <summary>How changes to definitions are named in the audit trail.</summary>
public static class ContentTypeAudit
{
    public const string Category = "content-types";
    public const string TypeSubject = "ContentType";
    public const string PartSubject = "ContentPart";

    public const string TypeCreated = "type-created";
    public const string TypeChanged = "type-changed";
    public const string TypeDeleted = "type-deleted";
    public const string PartAdded = "part-added";
    public const string PartMoved = "part-moved";
    public const string PartRemoved = "part-removed";
    public const string FieldAdded = "field-added";
    public const string FieldChanged = "field-changed";
    public const string FieldMoved = "field-moved";
    public const string FieldRemoved = "field-removed";
    public const string FieldPurged = "field-purged";
}
