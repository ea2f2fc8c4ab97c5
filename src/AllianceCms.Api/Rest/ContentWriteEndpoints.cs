using AllianceCms.Api.Access;
using AllianceCms.Api.Clients;
using AllianceCms.Api.Model;
using AllianceCms.Api.Writing;
using System.Globalization;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace AllianceCms.Api.Rest;

/// <summary>
/// POST /api/content/{type}, PUT and PATCH /api/content/{type}/{id}, DELETE, and POST …/publish and
/// …/unpublish: for API clients with the content:write scope, item by item as their role allows.
/// </summary>
public static class ContentWriteEndpoints
{
    /// <summary>Largest body accepted, in bytes: items are small, files go elsewhere.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    public static void MapContentWriteEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/{type}", (string type, HttpContext http, ContentWriteHandler h, CancellationToken ct) => h.CreateAsync(type, http, ct));
        group.MapPut("/{type}/{id}", (string type, string id, HttpContext http, ContentWriteHandler h, CancellationToken ct) => h.UpdateAsync(type, id, replace: true, http, ct));
        group.MapPatch("/{type}/{id}", (string type, string id, HttpContext http, ContentWriteHandler h, CancellationToken ct) => h.UpdateAsync(type, id, replace: false, http, ct));
        group.MapDelete("/{type}/{id}", (string type, string id, HttpContext http, ContentWriteHandler h, CancellationToken ct) => h.DeleteAsync(type, id, http, ct));
        group.MapPost("/{type}/{id}/publish", (string type, string id, HttpContext http, ContentWriteHandler h, CancellationToken ct) => h.PublishAsync(type, id, true, http, ct));
        group.MapPost("/{type}/{id}/unpublish", (string type, string id, HttpContext http, ContentWriteHandler h, CancellationToken ct) => h.PublishAsync(type, id, false, http, ct));
    }
}

/// <summary>Reads the request (type, JSON body, If-Match), lets <see cref="ContentWriter"/> act, and answers in REST's terms.</summary>
public sealed class ContentWriteHandler(IApiAccess access, ApiModelProvider models, ContentWriter writer, ContentUrls urls, IOptions<ApiOptions> options, IOptions<CultureOptions> cultures)
{
    public async Task<IResult> CreateAsync(string type, HttpContext http, CancellationToken ct)
    {
        UseCallerLanguage(http);
        var (reader, model, apiType) = await ResolveAsync(type, http, ct);
        if (apiType is null) return ApiProblems.UnknownType(model, type);
        var (input, problem) = await ReadBodyAsync(http, apiType, ct);
        if (input is null) return problem!;
        var result = await writer.CreateAsync(http.Features.Get<ApiCaller>(), apiType, input, ct);
        return Answer(result, apiType, model, reader, http);
    }

    public async Task<IResult> UpdateAsync(string type, string id, bool replace, HttpContext http, CancellationToken ct)
    {
        UseCallerLanguage(http);
        var (reader, model, apiType) = await ResolveAsync(type, http, ct);
        if (apiType is null) return ApiProblems.UnknownType(model, type);
        var (input, problem) = await ReadBodyAsync(http, apiType, ct);
        if (input is null) return problem!;
        var result = await writer.UpdateAsync(http.Features.Get<ApiCaller>(), apiType, id, input, replace, IfMatch(http), ct);
        return Answer(result, apiType, model, reader, http);
    }

    public async Task<IResult> DeleteAsync(string type, string id, HttpContext http, CancellationToken ct)
    {
        UseCallerLanguage(http);
        var (reader, model, apiType) = await ResolveAsync(type, http, ct);
        if (apiType is null) return ApiProblems.UnknownType(model, type);
        return Answer(await writer.DeleteAsync(http.Features.Get<ApiCaller>(), apiType, id, IfMatch(http), ct), apiType, model, reader, http);
    }

    public async Task<IResult> PublishAsync(string type, string id, bool publish, HttpContext http, CancellationToken ct)
    {
        UseCallerLanguage(http);
        var (reader, model, apiType) = await ResolveAsync(type, http, ct);
        if (apiType is null) return ApiProblems.UnknownType(model, type);
        return Answer(await writer.PublishAsync(http.Features.Get<ApiCaller>(), apiType, id, publish, IfMatch(http), ct), apiType, model, reader, http);
    }

    private async Task<(ApiReader, ApiContentModel, ApiType?)> ResolveAsync(string type, HttpContext http, CancellationToken ct)
    {
        // Writers are checked item by item; what they may name is what an anonymous reader sees (no private types or fields).
        var reader = await access.GetReaderAsync(http);
        var model = await models.GetAsync(reader, ct);
        return (reader, model, model.Find(type));
    }

    /// <summary>
    /// Validation messages come in the caller's language (Accept-Language among the site's cultures).
    /// Set in each handler itself: a culture set inside an awaited method does not flow back out.
    /// </summary>
    private void UseCallerLanguage(HttpContext http)
    {
        if (MessageCulture(http) is { } culture) CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
    }

    private CultureInfo? MessageCulture(HttpContext http)
    {
        var accepted = http.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in accepted.OrderByDescending(l => l.Quality ?? 1))
        {
            var name = language.Value.Value ?? "";
            var match = cultures.Value.Supported.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)
                || name.StartsWith(c + "-", StringComparison.OrdinalIgnoreCase));
            if (match is not null) return CultureInfo.GetCultureInfo(match);
        }
        return null;
    }

    private static string? IfMatch(HttpContext http) => http.Request.Headers.IfMatch.Count > 0 ? http.Request.Headers.IfMatch.ToString() : null;

    private static async Task<(ContentInput?, IResult?)> ReadBodyAsync(HttpContext http, ApiType type, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
            return (null, ApiProblems.UnsupportedMediaType("Send the item as application/json."));
        if (http.Request.ContentLength > ContentWriteEndpoints.MaxBodyBytes)
            return (null, TypedResults.Problem($"The body is larger than {ContentWriteEndpoints.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large"));
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ContentWriteEndpoints.MaxBodyBytes)
                return (null, TypedResults.Problem($"The body is larger than {ContentWriteEndpoints.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large"));
        }
        string text;
        try { text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length); }
        catch (System.Text.DecoderFallbackException) { return (null, ApiProblems.InvalidContent([("body", "The body is not UTF-8.")], "The body cannot be read.")); }
        var (input, errors) = ContentInput.Parse(text, type);
        return input is null ? (null, ApiProblems.InvalidContent(errors, "See errors: each names the property or field it is about.")) : (input, null);
    }

    private IResult Answer(WriteResult result, ApiType type, ApiContentModel model, ApiReader reader, HttpContext http)
    {
        switch (result.Status)
        {
            case WriteStatus.NoContent:
                return TypedResults.NoContent();
            case WriteStatus.Ok or WriteStatus.Created:
                var item = result.Item!;
                var body = new ContentJson(model, ItemLinks.For(http.Request, urls, options.Value), reader).Item(item, type, null);
                http.Response.Headers.ETag = VersionTag.For(item);
                http.Response.Headers.CacheControl = "no-store";
                var location = $"{http.Request.PathBase}{ContentEndpoints.Prefix}/{Uri.EscapeDataString(type.Name)}/{Uri.EscapeDataString(item.ContentItemId)}";
                if (result.Status == WriteStatus.Created) http.Response.Headers.Location = location;
                return new JsonBytesResult(body, result.Status == WriteStatus.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
            case WriteStatus.Invalid:
                return ApiProblems.InvalidContent(result.Errors ?? [], result.Detail ?? "The content is not valid.");
            case WriteStatus.Unauthorized:
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
            case WriteStatus.Forbidden:
                return ApiProblems.Forbidden(result.Detail!);
            case WriteStatus.NotFound:
                return ApiProblems.NotFound(result.Detail!);
            case WriteStatus.PreconditionFailed:
                if (result.Item is { } current) http.Response.Headers.ETag = VersionTag.For(current);
                return ApiProblems.PreconditionFailed(result.Detail!);
            default:
                if (result.Item is { } latest) http.Response.Headers.ETag = VersionTag.For(latest);
                return ApiProblems.Conflict(result.Detail!);
        }
    }
}

/// <summary>A JSON body already written, with a status.</summary>
internal sealed class JsonBytesResult(PooledBody body, int status) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        using (body)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json";
            http.Response.ContentLength = body.Written.Length;
            await http.Response.Body.WriteAsync(body.Written, http.RequestAborted);
        }
    }
}
