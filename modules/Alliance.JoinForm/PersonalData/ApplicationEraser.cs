using System.Globalization;
using System.Text.Json.Nodes;
using Alliance.JoinForm.Configuration;
using Alliance.JoinForm.Submission;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Workflows.Runtime;
using Microsoft.Extensions.Logging;

namespace Alliance.JoinForm.PersonalData;

/// <summary>
/// Erases rejected and abandoned applications once the retention period set by administrators has passed
/// since their last change: every version, the uploaded files, the workflow and its tasks go; a
/// <see cref="JoinFormModule.ErasureType"/> item keeps the reference and the date. An application left
/// waiting for the applicant's answer that long counts as abandoned.
/// </summary>
public sealed class ApplicationEraser(
    IContentManager content,
    IContentQueryService queries,
    IContentEraser eraser,
    IWorkflowStore workflows,
    ITransactionRunner transactions,
    PrivateUploads uploads,
    JoinSettingsStore settings,
    TimeProvider clock,
    ILogger<ApplicationEraser> logger)
{
    private const string Part = JoinFormModule.Type;
    private const string Log = JoinFormModule.ErasureType;

    /// <summary>Statuses whose personal data is erased after the retention period ("information-requested": abandoned).</summary>
    public static readonly string[] ErasedStatuses = ["rejected", "abandoned", "information-requested"];

    public static string LogIdFor(string applicationId) => "erased-" + applicationId;

    /// <summary>Erases what is due now; returns how many applications were erased.</summary>
    public async Task<int> EraseDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-(await settings.GetAsync(ct)).RetentionDays);
        var erased = 0;
        string? after = null;
        do
        {
            var page = await queries.QueryAsync(new ContentQuery
            {
                Types = [Part],
                Status = ContentStatus.Latest,
                Filters = [new FieldFilter($"{Part}.Status", FilterOperator.In, [.. ErasedStatuses])],
                SortBy = ContentSortKey.ModifiedUtc,
                Descending = false,
                PageSize = 100,
                After = after,
                IncludeTotal = false,
            }, ct);
            foreach (var application in page.Items.Where(a => a.ModifiedUtc < cutoff))
            {
                await EraseAsync(application, now, ct);
                erased++;
            }
            after = page.Items.Count > 0 && page.Items[^1].ModifiedUtc < cutoff ? page.NextCursor : null;
        } while (after is not null);
        return erased;
    }

    private async Task EraseAsync(ContentItem application, DateTime now, CancellationToken ct)
    {
        var id = application.ContentItemId;
        var reference = application.Get<string>(Part, "Reference") ?? id;
        var status = application.Get<string>(Part, "Status");
        var files = (await content.GetVersionsAsync(id, ct))
            .SelectMany(v => FilesOf(v.Get(Part, "Letter")).Concat(FilesOf(v.Get(Part, "AnswerFiles")))).Distinct().ToList();

        await transactions.RunAsync(async t =>
        {
            if (await content.GetAsync(LogIdFor(id), VersionOptions.Latest, t) is null)
            {
                var log = await content.NewAsync(Log, ct: t);
                log.ContentItemId = LogIdFor(id);
                log.DisplayText = reference;
                log.Set(Log, "Reference", JsonValue.Create(reference));
                log.Set(Log, "StatusBefore", JsonValue.Create(status == "information-requested" ? "abandoned" : status));
                log.Set(Log, "ErasedAt", JsonValue.Create(now.ToString("O", CultureInfo.InvariantCulture)));
                var created = await content.CreateAsync(log, publish: true, t);
                if (!created.Succeeded)
                    throw new InvalidOperationException($"The erasure of {reference} could not be logged: {string.Join(" ", created.Errors.Select(e => e.Message))}");
            }
            await workflows.EraseByCorrelationAsync(id, t);
            await eraser.EraseAsync(id, t);
            return true;
        }, ct);
        // Files go once the data is gone: a failure above leaves both, never a record pointing at nothing.
        foreach (var file in files) uploads.Delete(file);
        logger.LogInformation("Join application {Reference} ({Status}) erased after its retention period", reference, status);
    }

    private static IEnumerable<string> FilesOf(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>(),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
