using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Tasks;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Tasks;

/// <summary>
/// Everything stored about a task's subject (e.g. an applicant's data: every version of every field,
/// the names of the attached files, the task's comments and history) as one JSON file, to answer a
/// person's request for their data. Only for users who see the task and may view the subject's type
/// (private types must be named in the permission, so this is administrators unless a role is given it).
/// </summary>
[RequirePermission(TaskInbox.Permission)]
public sealed class ExportModel(TaskInbox inbox, IContentManager content, IContentDefinitionStore definitions, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public async Task<IActionResult> OnGetAsync(string taskId, CancellationToken ct)
    {
        if (await inbox.FindAsync(User, taskId, ct) is not { } task || task.SubjectContentItemId is null) return AdminStatusResult.NotFound;
        var versions = await content.GetVersionsAsync(task.SubjectContentItemId, ct);
        var latest = versions.OrderByDescending(v => v.Number).FirstOrDefault();
        if (latest is null || (await definitions.GetSnapshotAsync(ct)).Find(latest.ContentType) is not { } type) return AdminStatusResult.NotFound;
        if (!User.Permissions().Can(ContentActions.View, type, isOwner: false)) return AdminStatusResult.Forbidden;

        var files = type.Fields.Where(f => f.Field.Kind == FieldKinds.Media)
            .SelectMany(f => versions.SelectMany(v => TaskModel.MediaPaths(v.Get(f.Part.Name, f.Field.Name)))).Distinct().ToList();
        var history = await inbox.Store.GetHistoryAsync(task.Id, ct);
        var export = new JsonObject
        {
            ["exportedUtc"] = clock.GetUtcNow().UtcDateTime,
            ["contentItemId"] = latest.ContentItemId,
            ["contentType"] = latest.ContentType,
            ["displayText"] = latest.DisplayText,
            ["fields"] = latest.Content.DeepClone(),
            ["files"] = new JsonArray([.. files.Select(f => JsonValue.Create(f))]),
            ["versions"] = new JsonArray([.. versions.OrderBy(v => v.Number).Select(v => (JsonNode)new JsonObject
            {
                ["number"] = v.Number,
                ["modifiedUtc"] = v.ModifiedUtc,
                ["published"] = v.Published,
                ["displayText"] = v.DisplayText,
                ["fields"] = v.Content.DeepClone(),
            })]),
            ["task"] = new JsonObject
            {
                ["id"] = task.Id,
                ["title"] = task.Title,
                ["history"] = new JsonArray([.. history.Select(h => (JsonNode)new JsonObject
                {
                    ["kind"] = h.Kind, ["userId"] = h.UserId, ["utc"] = h.Utc, ["text"] = h.Text,
                })]),
            },
        };
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(Encoding.UTF8.GetBytes(export.ToJsonString(Json)), "application/json", $"{latest.ContentItemId}.json");
    }
}
