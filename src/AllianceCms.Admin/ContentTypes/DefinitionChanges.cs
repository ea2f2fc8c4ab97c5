using System.Text.Json.Nodes;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Data.Definitions;
using AllianceCms.Display.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace AllianceCms.Admin.ContentTypes;

/// <summary>One change an administrator makes to the definitions, as the audit trail tells it.</summary>
public sealed record DefinitionChange(string Action, string SubjectType, string SubjectId, string Summary, JsonNode? Details = null);

/// <summary>
/// Stores what the editor staged through the same path as module migrations and recipes (validated,
/// versioned, snapshot refreshed) and records it in the audit trail, both in one transaction. Cached public
/// pages are dropped afterwards, as their labels and fields may have changed.
/// </summary>
public sealed class DefinitionChanges(IContentDefinitionStore definitions, DefinitionEditorApplier applier, ITransactionRunner transactions, IAuditTrail audit, IOutputCacheStore pages)
{
    public ValueTask<ContentDefinitionSnapshot> SnapshotAsync(CancellationToken ct) => definitions.GetSnapshotAsync(ct);

    /// <summary>The validator's messages when the staged definitions are refused (nothing is stored then).</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(Action<ContentDefinitionEditor> alter, DefinitionChange change, CancellationToken ct)
    {
        try
        {
            await transactions.RunAsync(async token =>
            {
                var editor = new ContentDefinitionEditor(await definitions.GetSnapshotAsync(token));
                alter(editor);
                await applier.ApplyAsync(editor, token);
                await audit.RecordAsync(new AuditEvent(ContentTypeAudit.Category, change.Action)
                {
                    SubjectType = change.SubjectType,
                    SubjectId = change.SubjectId,
                    SubjectTitle = change.SubjectId,
                    Summary = change.Summary,
                    Details = change.Details,
                }, token);
                return true;
            }, ct);
            // Not the request's token: once the change is stored, stale pages must go even if the caller gave up.
            await pages.EvictByTagAsync(CacheTags.AllPages, CancellationToken.None);
            return [];
        }
        catch (InvalidContentDefinitionException e)
        {
            return e.Errors;
        }
    }
}
