using System.Security.Claims;
using System.Text.Json.Nodes;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using AllianceCms.Display.Templating;

namespace AllianceCms.Admin.Templates;

/// <summary>The outcome of saving an override: stored, or refused with where the text is wrong.</summary>
public sealed record OverrideSaveResult(bool Saved, TemplateSyntaxError? Error);

/// <summary>
/// An administrator's overrides of the site's templates: each save is checked by the site's own Liquid
/// parser, kept in the history and the audit trail, and shown on the site at once (the store drops
/// every cached page).
/// </summary>
public sealed class TemplateOverrides(TemplateStore store, TemplateHistory history, IAuditTrail audit)
{
    public async Task<OverrideSaveResult> SaveAsync(string name, string source, ClaimsPrincipal user, CancellationToken ct)
    {
        var previous = await store.GetAsync(name, ct);
        var result = await store.SaveAsync(name, source, user.DisplayName(), ct);
        if (!result.Saved) return new OverrideSaveResult(false, TemplateSyntaxError.From(result.Error ?? ""));
        await history.RecordAsync(name, source, user.DisplayName(), ct);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Templates, previous is null ? AuditActions.Created : AuditActions.Updated)
        {
            SubjectType = "Template", SubjectId = name, SubjectTitle = name,
            Details = new JsonObject { ["length"] = new JsonObject { ["before"] = previous?.Source.Length, ["after"] = source.Length } },
        }, ct);
        return new OverrideSaveResult(true, null);
    }

    /// <summary>Removes the override, so that the theme's or the module's version shows again; false when there was none.</summary>
    public async Task<bool> RemoveAsync(string name, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await store.DeleteAsync(name, ct)) return false;
        await history.RecordAsync(name, null, user.DisplayName(), ct);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Templates, AuditActions.Deleted)
        {
            SubjectType = "Template", SubjectId = name, SubjectTitle = name,
        }, ct);
        return true;
    }
}
