using AllianceCms.Api.Clients;
using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using AllianceCms.Core.Content;
using AllianceCms.Core.Security;

namespace AllianceCms.Api.Writing;

public enum WriteStatus { Ok, Created, NoContent, Invalid, Unauthorized, Forbidden, NotFound, Conflict, PreconditionFailed }

/// <summary>What a write did, for REST and GraphQL to answer in their own way.</summary>
public sealed record WriteResult(WriteStatus Status, ContentItem? Item = null, IReadOnlyList<(string Path, string Message)>? Errors = null, string? Detail = null)
{
    public bool Succeeded => Status is WriteStatus.Ok or WriteStatus.Created or WriteStatus.NoContent;
    public static WriteResult Invalid(string path, string message) => new(WriteStatus.Invalid, Errors: [(path, message)], Detail: message);
}

/// <summary>
/// Writes of API clients, shared by REST and GraphQL: the scope, then the client role's permission on
/// this very item (any item, or only the client's own), then the content manager, whose every
/// operation writes all or nothing. The client is the items' author and owner ("client:{id}"); a browser
/// app's token writes as the user it acts for, with their permissions.
/// </summary>
public sealed class ContentWriter(IContentManager content, ContentListRequestBuilder requests)
{
    public async Task<WriteResult> CreateAsync(ApiCaller? caller, ApiType type, ContentInput input, CancellationToken ct)
    {
        if (Refuse(caller) is { } refused) return refused;
        var culture = requests.Culture(input.Culture);
        if (culture is null) return WriteResult.Invalid(ContentInput.CultureKey, $"'{input.Culture}' is not a culture of this site.");
        if (input.Version is not null) return WriteResult.Invalid(ContentInput.VersionKey, "A new item has no version yet.");
        var publish = input.Publish ?? false;
        if (!Can(caller!, ContentActions.Edit, type, owner: null, isNew: true)) return Forbidden(caller!, "create", type);
        if (publish && !Can(caller!, ContentActions.Publish, type, owner: null, isNew: true)) return Forbidden(caller!, "publish", type);

        var item = await content.NewAsync(type.Name, culture, ct);
        item.Author = caller!.Actor;
        Apply(item, input, type, replace: true);
        return From(await content.CreateAsync(item, publish, ct), WriteStatus.Created);
    }

    /// <summary>PUT (<paramref name="replace"/>: visible fields not given are cleared) or PATCH (only the given fields change).</summary>
    public async Task<WriteResult> UpdateAsync(ApiCaller? caller, ApiType type, string id, ContentInput input, bool replace, string? ifMatch, CancellationToken ct)
    {
        if (Refuse(caller) is { } refused) return refused;
        var item = await FindAsync(type, id, ct);
        if (item is null) return NotFound(type, id);
        if (input.Culture is not null && !string.Equals(input.Culture, item.Culture, StringComparison.OrdinalIgnoreCase))
            return WriteResult.Invalid(ContentInput.CultureKey, $"The culture of an item cannot change (it is '{item.Culture}').");
        var publish = input.Publish ?? false;
        if (!Can(caller!, ContentActions.Edit, type, item.Owner)) return Forbidden(caller!, "edit", type);
        if (publish && !Can(caller!, ContentActions.Publish, type, item.Owner)) return Forbidden(caller!, "publish", type);
        if (Stale(ifMatch, input.Version, item) is { } stale) return stale;

        Apply(item, input, type, replace);
        return From(await content.SaveAsync(item, publish, ct), WriteStatus.Ok);
    }

    public async Task<WriteResult> DeleteAsync(ApiCaller? caller, ApiType type, string id, string? ifMatch, CancellationToken ct)
    {
        if (Refuse(caller) is { } refused) return refused;
        var item = await FindAsync(type, id, ct);
        if (item is null) return NotFound(type, id);
        if (!Can(caller!, ContentActions.Delete, type, item.Owner)) return Forbidden(caller!, "delete", type);
        if (Stale(ifMatch, null, item) is { } stale) return stale;
        var result = From(await content.DeleteAsync(item.ContentItemId, ct), WriteStatus.NoContent);
        return result.Succeeded ? result with { Item = null } : result;
    }

    public async Task<WriteResult> PublishAsync(ApiCaller? caller, ApiType type, string id, bool publish, string? ifMatch, CancellationToken ct)
    {
        if (Refuse(caller) is { } refused) return refused;
        var item = await FindAsync(type, id, ct);
        if (item is null) return NotFound(type, id);
        if (!Can(caller!, ContentActions.Publish, type, item.Owner)) return Forbidden(caller!, publish ? "publish" : "unpublish", type);
        if (Stale(ifMatch, null, item) is { } stale) return stale;
        var result = publish ? await content.PublishAsync(item.ContentItemId, ct) : await content.UnpublishAsync(item.ContentItemId, ct);
        if (!result.Succeeded) return From(result, WriteStatus.Ok);
        return new WriteResult(WriteStatus.Ok, await content.GetAsync(item.ContentItemId, VersionOptions.Latest, ct));
    }

    private async Task<ContentItem?> FindAsync(ApiType type, string id, CancellationToken ct)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, ct);
        return item is null || item.IsDeleted || item.ContentType != type.Name ? null : item;
    }

    private static WriteResult? Refuse(ApiCaller? caller) =>
        caller is null ? new WriteResult(WriteStatus.Unauthorized, Detail: "Writing needs an API client's access token (Authorization: Bearer …).")
        : !caller.Has(ApiScopes.ContentWrite) ? new WriteResult(WriteStatus.Forbidden, Detail: $"This token was not granted the '{ApiScopes.ContentWrite}' scope.")
        : null;

    /// <summary>
    /// The role's rule for this item: "content.{action}:{Type}" (or ":*") for any item, the ".own"
    /// form for the client's own. A private type must be named: "*" types do not reach personal data.
    /// </summary>
    private static bool Can(ApiCaller caller, string action, ApiType type, string? owner, bool isNew = false)
    {
        var isOwner = isNew || string.Equals(owner, caller.Actor, StringComparison.Ordinal);
        var permissions = caller.Permissions;
        if (!type.Model.Settings.Private) return permissions.CanContent(action, type.Name, isOwner);
        return permissions.Has(Permission.ForContent(action, type.Name))
            || (isOwner && permissions.Has(Permission.ForContent(action, type.Name, ownOnly: true)));
    }

    private static WriteResult Forbidden(ApiCaller caller, string what, ApiType type) =>
        new(WriteStatus.Forbidden, Detail: caller.User is null
            ? $"The role of client '{caller.Client.DisplayName}' may not {what} this {type.Name}."
            : $"User '{caller.Name}' may not {what} this {type.Name}.");

    private static WriteResult NotFound(ApiType type, string id) => new(WriteStatus.NotFound, Detail: $"There is no {type.Name} with the id '{id}'.");

    /// <summary>If-Match (the version id, quoted, or *) answers 412 when stale; a "version" in the body, 409.</summary>
    private static WriteResult? Stale(string? ifMatch, string? version, ContentItem item)
    {
        if (ifMatch is { Length: > 0 } && !VersionTag.Matches(ifMatch, item.ContentItemVersionId))
            return new WriteResult(WriteStatus.PreconditionFailed, item, Detail: $"The item has changed: its current version is '{item.ContentItemVersionId}'.");
        if (version is not null && version != item.ContentItemVersionId)
            return new WriteResult(WriteStatus.Conflict, item, Detail: $"The item has changed since version '{version}': its current version is '{item.ContentItemVersionId}'.");
        return null;
    }

    private static void Apply(ContentItem item, ContentInput input, ApiType type, bool replace)
    {
        if (input.DisplayText is not null) item.DisplayText = input.DisplayText;
        if (input.HasSlug) item.Slug = string.IsNullOrWhiteSpace(input.Slug) ? null : input.Slug;
        // Only fields the client can see are cleared by a replacement: private fields keep their values.
        if (replace)
            foreach (var field in type.Fields)
                if (!input.Fields.Any(f => f.Field == field)) item.Set(field.Part.Name, field.Name, null);
        foreach (var (field, value) in input.Fields) item.Set(field.Part.Name, field.Name, value);
    }

    private static WriteResult From(ContentResult result, WriteStatus success) => result.Outcome switch
    {
        ContentOutcome.Ok => new WriteResult(success, result.Item),
        ContentOutcome.Invalid => new WriteResult(WriteStatus.Invalid, Errors: result.Errors.Select(e => (e.Path, e.Message)).ToList(),
            Detail: "See errors: each names the field it is about."),
        ContentOutcome.Conflict => new WriteResult(WriteStatus.Conflict, result.Current,
            Detail: "The item was changed by someone else at the same time; nothing was written. Load it again and retry."),
        _ => new WriteResult(WriteStatus.NotFound, Detail: "The item no longer exists."),
    };
}

/// <summary>Entity tags of writes: the quoted version id.</summary>
public static class VersionTag
{
    public static string For(ContentItem item) => $"\"{item.ContentItemVersionId}\"";

    public static bool Matches(string ifMatch, string versionId) =>
        ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            // Strong comparison (RFC 9110): a weak tag never matches.
            .Any(tag => tag == "*" || (tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && tag[1..^1] == versionId));
}
