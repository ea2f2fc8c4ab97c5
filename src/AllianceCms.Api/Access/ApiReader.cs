using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Api.Access;

/// <summary>
/// What one caller of the API may read. Anonymous callers: published versions of types that are not
/// private, without private fields; clients with the drafts scope get a <see cref="DraftsReader"/>.
/// Rules per item go in <see cref="CanRead(ContentItem)"/>, which every endpoint and resolver asks
/// before it returns an item.
/// </summary>
public class ApiReader(string key, bool canReadDrafts, bool canReadPrivate)
{
    public static ApiReader Anonymous { get; } = new("anonymous", canReadDrafts: false, canReadPrivate: false);

    /// <summary>
    /// Names what this reader sees of the definitions. Generated schemas and OpenAPI documents are
    /// cached per key, so two readers with one key must see the same types and fields.
    /// </summary>
    public string Key { get; } = key;

    public bool CanReadDrafts { get; } = canReadDrafts;
    public bool CanReadPrivate { get; } = canReadPrivate;

    /// <summary>Whether shared caches may store what this reader gets: only what anyone may see.</summary>
    public bool IsPublic => !CanReadDrafts && !CanReadPrivate;

    public virtual bool CanRead(ContentTypeModel type) => CanReadPrivate || !type.Settings.Private;

    public virtual bool CanRead(ContentFieldDefinition field) => CanReadPrivate || !field.Settings.Private;

    public virtual bool CanRead(ContentItem item) => !item.IsDeleted && (item.Published || CanReadDrafts);
}
