using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Mail;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Validation;
using AllianceCms.Workflows.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alliance.JoinForm.Submission;

/// <summary>What a submission came to: the stored application, or the errors to show next to the fields.</summary>
public sealed record SubmitResult(ContentItem? Application, string? StatusToken, IReadOnlyDictionary<string, string> Errors);

/// <summary>
/// Turns a posted join form into a JoinApplication: validation by the content validator in the form's
/// language, the optional PDF, a reference number, a status link, the confirmation e-mail and the
/// "JoinApplicationSubmitted" signal, all written together or not at all.
/// </summary>
public sealed class JoinApplications(
    IContentManager content,
    IContentQueryService queries,
    IContentDefinitionStore definitions,
    ContentValidator validator,
    ITransactionRunner transactions,
    IMailQueue mail,
    WorkflowEngine workflows,
    ReferenceNumbers references,
    StatusTokens tokens,
    PrivateUploads uploads,
    IOptions<JoinFormOptions> options,
    TimeProvider clock,
    ILogger<JoinApplications> logger,
    AllianceCms.Core.Webhooks.IWebhookEvents webhooks)
{
    public const string SubmittedSignal = "JoinApplicationSubmitted";

    /// <summary>The webhook event raised once an application is stored (ids only: no personal data leaves).</summary>
    public const string SubmittedEvent = "join-application.submitted";
    public const string AnsweredSignal = "JoinApplicationAnswered";
    private const string Part = JoinFormModule.Type;

    /// <summary>The form's fields in order, with the input each is drawn as.</summary>
    public static readonly (string Field, string Input)[] FormFields =
    [
        ("DisplayText", "text"), ("AuthorityType", "select"), ("Country", "select"), ("Region", "text"),
        ("Population", "number"), ("RomaPopulation", "number"), ("OfficeHolder", "text"),
        ("FocalPointName", "text"), ("FocalPointFunction", "text"), ("FocalPointEmail", "email"), ("FocalPointPhone", "tel"),
        ("Website", "url"), ("Priorities", "checkboxes"), ("Policies", "textarea"), ("WillSignDeclaration", "checkbox"),
        ("Letter", "file"), ("CorrespondenceLanguage", "radios"), ("ConsentGiven", "checkbox"),
    ];

    /// <summary>The id an application gets from its form's one-time token: a second post of the same form finds the first.</summary>
    public static string IdFor(string formToken) =>
        "join-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(formToken)))[..32];

    public Task<ContentItem?> GetAsync(string id, CancellationToken ct) => content.GetAsync(id, VersionOptions.Latest, ct);

    public async Task<ContentItem?> FindByTokenAsync(string? token, CancellationToken ct)
    {
        if (!StatusTokens.LooksValid(token)) return null;
        var page = await queries.QueryAsync(new ContentQuery
        {
            Types = [Part],
            Status = ContentStatus.Latest,
            Filters = [new FieldFilter($"{Part}.StatusTokenHash", FilterOperator.Equals, StatusTokens.Hash(token!))],
            PageSize = 1,
            IncludeTotal = false,
        }, ct);
        return page.Items.FirstOrDefault();
    }

    /// <summary>The status link of a stored application, recovered from its encrypted copy.</summary>
    public string? TokenOf(ContentItem application) => tokens.Unprotect(application.Get<string>(Part, "StatusTokenProtected"));

    public async Task<SubmitResult> SubmitAsync(string culture, string formToken, IFormCollection form, string origin, CancellationToken ct)
    {
        var id = IdFor(formToken);
        if (await GetAsync(id, ct) is { } existing) return new SubmitResult(existing, TokenOf(existing), new Dictionary<string, string>());

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var item = await content.NewAsync(Part, ct: ct);
        item.ContentItemId = id;
        item.DisplayText = form["DisplayText"].ToString();
        foreach (var (field, input) in FormFields)
        {
            if (field is "DisplayText" or "Letter") continue;
            item.Set(Part, field, input switch
            {
                "checkboxes" => new JsonArray([.. form[field].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => JsonValue.Create(v!.Trim()))]),
                "checkbox" => JsonValue.Create(form[field].Any(v => v is "true" or "on")),
                "select" when field == "Country" => form[field].ToString() is { Length: > 0 } country ? new JsonArray(JsonValue.Create(country)) : null,
                _ => form[field].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? JsonValue.Create(text) : null,
            });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        item.Set(Part, "Reference", JsonValue.Create("ACR-0000-000000")); // the real one is taken once the form is valid
        item.Set(Part, "Status", JsonValue.Create("submitted"));
        item.Set(Part, "SubmittedCulture", JsonValue.Create(culture));
        item.Set(Part, "ConsentTextVersion", JsonValue.Create(options.Value.ConsentTextVersion));
        item.Set(Part, "ConsentedAt", JsonValue.Create(now.ToString("O", CultureInfo.InvariantCulture)));

        var type = (await definitions.GetSnapshotAsync(ct)).Get(Part);
        foreach (var error in await validator.ValidateAsync(item, type, ct))
            errors.TryAdd(error.Path.StartsWith(Part + ".", StringComparison.Ordinal) ? error.Path[(Part.Length + 1)..] : error.Path, error.Message);
        if (!errors.ContainsKey("ConsentGiven") && item.Get<bool>(Part, "ConsentGiven") != true)
            errors["ConsentGiven"] = JoinTexts.Get(culture, "consent.required");

        var file = form.Files.GetFile("Letter");
        var pdf = await ReadPdfAsync(file, culture, "Letter", errors, ct);
        if (errors.Count > 0) return new SubmitResult(null, null, errors);

        var token = StatusTokens.New();
        item.Set(Part, "StatusTokenHash", JsonValue.Create(StatusTokens.Hash(token)));
        item.Set(Part, "StatusTokenProtected", JsonValue.Create(tokens.Protect(token)));
        item.Set(Part, "Reference", JsonValue.Create(await references.NextAsync(ct)));
        string? stored = null;
        if (pdf is not null)
        {
            stored = await uploads.SaveAsync($"{id}-letter-{Guid.NewGuid():N}", pdf, ct);
            item.Set(Part, "Letter", new JsonArray(JsonValue.Create(stored)));
        }

        try
        {
            var created = await transactions.RunAsync(async t =>
            {
                var result = await content.CreateAsync(item, publish: true, t);
                if (!result.Succeeded) throw new DuplicateSubmissionException(result.Outcome);
                await SendConfirmationAsync(result.Item!, token, origin, t);
                await workflows.TriggerAsync(SubmittedSignal, WorkflowInput(result.Item!, origin), correlationId: id, ct: t);
                return result.Item!;
            }, ct);
            logger.LogInformation("Join application {Reference} ({Id}) submitted in {Culture}", created.Get<string>(Part, "Reference"), created.ContentItemId, culture);
            await webhooks.RaiseAsync(SubmittedEvent, new JsonObject
            {
                ["id"] = created.ContentItemId,
                ["reference"] = created.Get<string>(Part, "Reference"),
                ["culture"] = culture,
            }, ct);
            return new SubmitResult(created, token, errors);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (stored is not null) uploads.Delete(stored);
            // The same form posted twice at once: the other post stored it.
            if (await GetAsync(id, ct) is { } winner) return new SubmitResult(winner, TokenOf(winner), new Dictionary<string, string>());
            throw;
        }
    }

    /// <summary>The applicant answers a request for information: text, an optional PDF; the task comes back.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AnswerAsync(ContentItem application, string culture, IFormCollection form, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = form["Answer"].ToString().Trim();
        if (text.Length == 0) errors["Answer"] = JoinTexts.Get(culture, "answer.required");
        else if (text.Length > 10000) errors["Answer"] = Messages.Format("TooLong", JoinTexts.Get(culture, "answer.text"), 10000);
        var pdf = await ReadPdfAsync(form.Files.GetFile("AnswerFile"), culture, "AnswerFile", errors, ct);
        if (errors.Count > 0) return errors;

        var now = clock.GetUtcNow().UtcDateTime;
        var item = application.Clone();
        var previous = item.Get<string>(Part, "Answers");
        item.Set(Part, "Answers", JsonValue.Create($"{previous}{(previous is null ? "" : "\n\n")}[{now:yyyy-MM-dd HH:mm} UTC]\n{text}"));
        item.Set(Part, "Status", JsonValue.Create("submitted"));
        string? stored = null;
        if (pdf is not null)
        {
            stored = await uploads.SaveAsync($"{application.ContentItemId}-answer-{Guid.NewGuid():N}", pdf, ct);
            var files = new JsonArray([.. IdsOf(item.Get(Part, "AnswerFiles")).Append(stored).Select(f => JsonValue.Create(f))]);
            item.Set(Part, "AnswerFiles", files);
        }
        try
        {
            await transactions.RunAsync(async t =>
            {
                var result = await content.SaveAsync(item, publish: true, t);
                if (!result.Succeeded) throw new DuplicateSubmissionException(result.Outcome);
                await workflows.TriggerAsync(AnsweredSignal, new JsonObject
                {
                    ["contentItemId"] = application.ContentItemId,
                    ["answer"] = text,
                    ["file"] = stored,
                }, key: application.ContentItemId, ct: t);
                return true;
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (stored is not null) uploads.Delete(stored);
            throw;
        }
        return errors;
    }

    private static IEnumerable<string> IdsOf(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.GetValue<string>()).OfType<string>() : [];

    private async Task<byte[]?> ReadPdfAsync(IFormFile? file, string culture, string field, Dictionary<string, string> errors, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return null;
        var max = options.Value.MaxUploadBytes;
        if (file.Length > max)
        {
            errors[field] = JoinTexts.Format(culture, "file.toolarge", (max / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.GetCultureInfo(culture)));
            return null;
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (!PrivateUploads.IsPdf(bytes))
        {
            errors[field] = JoinTexts.Get(culture, "file.notpdf");
            return null;
        }
        return bytes;
    }

    public static string StatusUrl(string origin, string culture, string token) => origin.TrimEnd('/') + StatusTokens.Path(culture, token);

    private async Task SendConfirmationAsync(ContentItem application, string token, string origin, CancellationToken ct)
    {
        var culture = CorrespondenceCulture(application);
        var reference = application.Get<string>(Part, "Reference")!;
        var name = System.Net.WebUtility.HtmlEncode(application.DisplayText);
        var url = System.Net.WebUtility.HtmlEncode(StatusUrl(origin, culture, token));
        await mail.EnqueueAsync(new MailMessageModel(
            [application.Get<string>(Part, "FocalPointEmail")!],
            JoinTexts.Format(culture, "mail.confirmation.subject", reference),
            JoinTexts.Format(culture, "mail.confirmation.body", name, reference, url),
            IdempotencyKey: $"join-confirmation:{application.ContentItemId}",
            Culture: culture), ct);
    }

    /// <summary>The applicant's language: the one chosen for correspondence, else the form's.</summary>
    public static string CorrespondenceCulture(ContentItem application) =>
        application.Get<string>(Part, "CorrespondenceLanguage") ?? application.Get<string>(Part, "SubmittedCulture") ?? "en";

    private static JsonObject WorkflowInput(ContentItem application, string origin) => new()
    {
        ["contentItemId"] = application.ContentItemId,
        ["reference"] = application.Get<string>(Part, "Reference"),
        ["country"] = IdsOf(application.Get(Part, "Country")).FirstOrDefault(),
        ["culture"] = CorrespondenceCulture(application),
        ["authorityName"] = application.DisplayText,
        ["email"] = application.Get<string>(Part, "FocalPointEmail"),
        ["origin"] = origin.TrimEnd('/'),
    };
}

/// <summary>The application could not be written because the same form was stored in between.</summary>
public sealed class DuplicateSubmissionException(ContentOutcome outcome) : InvalidOperationException($"The application was not stored ({outcome}).");
