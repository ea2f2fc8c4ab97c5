using System.Globalization;
using AllianceCms.Display;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alliance.JoinForm.Submission;

/// <summary>/join and /fr/adherer (the form), /join/status/{token} and /fr/adherer/statut/{token} (follow-up and answers).</summary>
public static class JoinEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        foreach (var routes in JoinRoutes.All)
        {
            var culture = routes.Culture;
            endpoints.MapGet(routes.Form, (HttpContext http, JoinPages pages, CancellationToken ct) =>
                    InCulture(culture, () => pages.FormAsync(http, culture, null, new Dictionary<string, string>(), null, null, StatusCodes.Status200OK, ct)))
                .WithName($"join-form-{culture}");
            endpoints.MapPost(routes.Form, (HttpContext http, CancellationToken ct) => InCulture(culture, () => SubmitAsync(http, culture, ct)))
                .DisableAntiforgery() // checked by hand below, after the rate limit, so a refusal can be a page in the form's language
                .WithName($"join-submit-{culture}");
            endpoints.MapGet(routes.Status + "/{token}", (HttpContext http, string token, JoinPages pages, JoinApplications applications, CancellationToken ct) =>
                    InCulture(culture, async () => await applications.FindByTokenAsync(token, ct) is { } application
                        ? await pages.StatusAsync(http, culture, token, application, new Dictionary<string, string>(), null, StatusCodes.Status200OK, ct)
                        : await pages.NotFoundAsync(http, culture, ct)))
                .WithName($"join-status-{culture}");
            endpoints.MapPost(routes.Status + "/{token}", (HttpContext http, string token, CancellationToken ct) => InCulture(culture, () => AnswerAsync(http, culture, token, ct)))
                .DisableAntiforgery()
                .WithName($"join-answer-{culture}");
        }
    }

    /// <summary>Validation messages follow the UI culture: the form's language.</summary>
    private static async Task<IResult> InCulture(string culture, Func<Task<IResult>> work)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try { return await work(); }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current); }
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, string culture, CancellationToken ct)
    {
        var services = http.RequestServices;
        var pages = services.GetRequiredService<JoinPages>();
        if (!services.GetRequiredService<JoinRateLimiter>().TryAcquire(http))
            return await pages.MessageAsync(http, culture, "ratelimit.title", "ratelimit.text", StatusCodes.Status429TooManyRequests, ct);
        if (!http.Request.HasFormContentType) return Results.BadRequest();

        var form = await http.Request.ReadFormAsync(ct);
        var noErrors = new Dictionary<string, string>();
        if (!await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            return await pages.FormAsync(http, culture, form, noErrors, JoinTexts.Get(culture, "refused.expired"), null, StatusCodes.Status400BadRequest, ct);

        // A robot fills every field, the hidden one too; it is told no more than that it failed.
        if (!string.IsNullOrEmpty(form["contact_fax"]))
            return await pages.MessageAsync(http, culture, "title", "refused.spam", StatusCodes.Status400BadRequest, ct);

        var options = services.GetRequiredService<IOptions<JoinFormOptions>>().Value;
        var stamp = services.GetRequiredService<FormTimestamp>().Read(form["form"]);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (stamp is null || now - stamp.ShownAt > TimeSpan.FromHours(options.MaxFormAgeHours))
            return await pages.FormAsync(http, culture, form, noErrors, JoinTexts.Get(culture, "refused.expired"), null, StatusCodes.Status400BadRequest, ct);
        if (now - stamp.ShownAt < TimeSpan.FromSeconds(options.MinFillSeconds))
            return await pages.FormAsync(http, culture, form, noErrors, JoinTexts.Get(culture, "refused.toofast"), stamp.FormToken, StatusCodes.Status400BadRequest, ct);

        var result = await services.GetRequiredService<JoinApplications>().SubmitAsync(culture, stamp.FormToken, form, Origin(http), ct);
        if (result.Application is null)
            return await pages.FormAsync(http, culture, form, result.Errors, JoinTexts.Get(culture, "errors.summary"), stamp.FormToken, StatusCodes.Status400BadRequest, ct);
        var statusUrl = result.StatusToken is null ? null : StatusTokens.Path(culture, result.StatusToken);
        return await pages.ConfirmationAsync(http, culture, result.Application, statusUrl, ct);
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, string culture, string token, CancellationToken ct)
    {
        var services = http.RequestServices;
        var pages = services.GetRequiredService<JoinPages>();
        var applications = services.GetRequiredService<JoinApplications>();
        var application = await applications.FindByTokenAsync(token, ct);
        if (application is null) return await pages.NotFoundAsync(http, culture, ct);
        if (!services.GetRequiredService<JoinRateLimiter>().TryAcquire(http))
            return await pages.MessageAsync(http, culture, "ratelimit.title", "ratelimit.text", StatusCodes.Status429TooManyRequests, ct);
        if (!http.Request.HasFormContentType || !await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            return await pages.StatusAsync(http, culture, token, application, new Dictionary<string, string>(), JoinTexts.Get(culture, "refused.expired"), StatusCodes.Status400BadRequest, ct);
        if (application.Get<string>(JoinFormModule.Type, "Status") != "information-requested")
            return await pages.StatusAsync(http, culture, token, application, new Dictionary<string, string>(), null, StatusCodes.Status200OK, ct);

        var form = await http.Request.ReadFormAsync(ct);
        var errors = await applications.AnswerAsync(application, culture, form, ct);
        if (errors.Count > 0)
            return await pages.StatusAsync(http, culture, token, application, errors, null, StatusCodes.Status400BadRequest, ct);
        return await pages.StatusAsync(http, culture, token, (await applications.GetAsync(application.ContentItemId, ct))!, errors, JoinTexts.Get(culture, "answer.thanks"), StatusCodes.Status200OK, ct);
    }

    /// <summary>The site's public origin for links in e-mails: Display:PublicOrigin, else the request's.</summary>
    private static string Origin(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<DisplayOptions>>().Value.PublicOrigin is { Length: > 0 } origin
            ? origin.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";
}
