using System.Globalization;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Display.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Alliance.JoinForm.Submission;

/// <summary>
/// Draws the join pages through the theme (templates JoinForm, JoinConfirmation, JoinStatus, JoinMessage
/// in this module, which a theme or the database may override). They are never cached: each carries
/// its own antiforgery token and form timestamp.
/// </summary>
public sealed class JoinPages(
    PublicPageRenderer renderer,
    IContentDefinitionStore definitions,
    IContentQueryService queries,
    IAntiforgery antiforgery,
    FormTimestamp timestamps,
    IOptions<JoinFormOptions> options)
{
    private const string Part = JoinFormModule.Type;

    public async Task<IResult> FormAsync(HttpContext http, string culture, IFormCollection? values, IReadOnlyDictionary<string, string> errors,
        string? generalError, string? formToken, int status, CancellationToken ct)
    {
        var type = (await definitions.GetSnapshotAsync(ct)).Get(Part);
        var countries = await queries.QueryAsync(new ContentQuery
        {
            Types = ["Country"],
            Culture = culture,
            SortBy = ContentSortKey.DisplayText,
            Descending = false,
            PageSize = ContentQuery.MaxPageSize,
            IncludeTotal = false,
        }, ct);
        var fields = new List<Dictionary<string, object?>>();
        foreach (var (name, input) in JoinApplications.FormFields)
        {
            var definition = name == "DisplayText" ? null : type.FindField(Part, name)?.Field;
            var label = name == "DisplayText" ? type.Settings.TitleLabel?.For(culture) ?? name : definition!.Label.For(culture);
            var required = name == "DisplayText" || definition!.Settings.Required;
            var posted = values?[name].Where(v => v is not null).Select(v => v!).ToList() ?? [];
            if (values is null && name == "CorrespondenceLanguage") posted = [culture];
            IEnumerable<(string Value, string Label)> choices = name == "Country"
                ? countries.Items.Select(c => (c.LocalizationSet, c.DisplayText))
                : definition?.Settings.Choices?.Select(c => (c.Value, c.Label.For(culture))) ?? [];
            var hint = name == "Letter"
                ? JoinTexts.Format(culture, "letter.hint", (options.Value.MaxUploadBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.GetCultureInfo(culture)))
                : name == "ConsentGiven" ? JoinTexts.Get(culture, "consent.text") : definition?.Settings.Hint?.For(culture);
            fields.Add(new()
            {
                ["name"] = name,
                ["id"] = "f-" + name,
                ["input"] = input,
                ["label"] = label,
                ["required"] = required,
                ["hint"] = hint,
                ["value"] = input is "file" ? "" : string.Join(",", posted),
                ["checked"] = posted.Any(v => v is "true" or "on"),
                ["options"] = choices.Select(c => new Dictionary<string, object?> { ["value"] = c.Value, ["label"] = c.Label, ["selected"] = posted.Contains(c.Value) }).ToList(),
                ["error"] = errors.GetValueOrDefault(name),
                ["max"] = name == "Policies" ? definition?.Settings.MaxLength : null,
            });
        }
        var tokens = antiforgery.GetAndStoreTokens(http);
        var model = new Dictionary<string, object?>
        {
            ["join"] = new Dictionary<string, object?>
            {
                ["action"] = JoinRoutes.For(culture).Form,
                ["fields"] = fields,
                ["has_errors"] = errors.Count > 0,
                // Errors on no field of the form (should not happen) are still shown, never swallowed.
                ["other_errors"] = errors.Where(e => !JoinApplications.FormFields.Any(f => f.Field == e.Key)).Select(e => e.Value).ToList(),
                ["general_error"] = generalError,
                ["antiforgery_name"] = tokens.FormFieldName,
                ["antiforgery_token"] = tokens.RequestToken,
                ["timestamp"] = timestamps.Issue(formToken),
                ["text"] = JoinTexts.All(culture),
            },
        };
        return await RenderAsync(http, culture, "JoinForm", JoinTexts.Get(culture, "title"), status, model, l => l.Form, ct);
    }

    public async Task<IResult> ConfirmationAsync(HttpContext http, string culture, ContentItem application, string? statusUrl, CancellationToken ct)
    {
        var model = new Dictionary<string, object?>
        {
            ["join"] = new Dictionary<string, object?>
            {
                ["reference"] = application.Get<string>(Part, "Reference"),
                ["authority"] = application.DisplayText,
                ["email_text"] = JoinTexts.Format(culture, "confirmation.text", application.Get<string>(Part, "FocalPointEmail")),
                ["status_url"] = statusUrl,
                ["text"] = JoinTexts.All(culture),
            },
        };
        return await RenderAsync(http, culture, "JoinConfirmation", JoinTexts.Get(culture, "confirmation.title"), StatusCodes.Status200OK, model, l => l.Form, ct);
    }

    public async Task<IResult> StatusAsync(HttpContext http, string culture, string token, ContentItem application, IReadOnlyDictionary<string, string> errors, string? notice, int status, CancellationToken ct)
    {
        var type = (await definitions.GetSnapshotAsync(ct)).Get(Part);
        var value = application.Get<string>(Part, "Status") ?? "submitted";
        var label = type.FindField(Part, "Status")?.Field.Settings.Choices?.FirstOrDefault(c => c.Value == value)?.Label.For(culture) ?? value;
        var tokens = antiforgery.GetAndStoreTokens(http);
        var model = new Dictionary<string, object?>
        {
            ["join"] = new Dictionary<string, object?>
            {
                ["reference"] = application.Get<string>(Part, "Reference"),
                ["authority"] = application.DisplayText,
                ["status"] = value,
                ["status_label"] = label,
                ["submitted_utc"] = application.CreatedUtc,
                ["can_answer"] = value == "information-requested",
                ["action"] = StatusTokens.Path(culture, token),
                ["notice"] = notice,
                ["answer_error"] = errors.GetValueOrDefault("Answer"),
                ["file_error"] = errors.GetValueOrDefault("AnswerFile"),
                ["antiforgery_name"] = tokens.FormFieldName,
                ["antiforgery_token"] = tokens.RequestToken,
                ["text"] = JoinTexts.All(culture),
            },
        };
        // The token is the page's own address: the language switch must not point at another one.
        return await RenderAsync(http, culture, "JoinStatus", JoinTexts.Get(culture, "status.title"), status, model, l => StatusTokens.Path(l.Culture, token), ct);
    }

    public async Task<IResult> MessageAsync(HttpContext http, string culture, string titleKey, string textKey, int status, CancellationToken ct)
    {
        var model = new Dictionary<string, object?>
        {
            ["join"] = new Dictionary<string, object?> { ["title"] = JoinTexts.Get(culture, titleKey), ["message"] = JoinTexts.Get(culture, textKey), ["text"] = JoinTexts.All(culture) },
        };
        var result = await RenderAsync(http, culture, "JoinMessage", JoinTexts.Get(culture, titleKey), status, model, l => l.Form, ct);
        return result;
    }

    public async Task<IResult> NotFoundAsync(HttpContext http, string culture, CancellationToken ct) =>
        new UncachedPage(await renderer.NotFoundAsync(http, culture, ct));

    private async Task<IResult> RenderAsync(HttpContext http, string culture, string template, string title, int status,
        Dictionary<string, object?> model, Func<JoinRoutes, string> url, CancellationToken ct)
    {
        var languages = JoinRoutes.All.Select(l => new LanguageLink(l.Culture, url(l), true, l.Culture == culture)).ToList();
        var page = await renderer.ModulePageAsync(http, template, culture, title, status, languages, [template], model, ct);
        return new UncachedPage(page);
    }

    /// <summary>A drawn page sent as is, never stored by browsers or proxies (it holds tokens and personal data).</summary>
    private sealed class UncachedPage(RenderedPage page) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = page.StatusCode;
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.ContentLanguage = page.Culture;
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            if (HttpMethods.IsHead(http.Request.Method)) return;
            await http.Response.WriteAsync(page.Html, http.RequestAborted);
        }
    }
}
