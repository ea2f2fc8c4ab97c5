using System.Text;
using System.Text.Json;
using AllianceCms.Api.Access;
using AllianceCms.Api.GraphQL.Direct;
using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using AllianceCms.Api.Rest;
using AllianceCms.Core.Content;
using AllianceCms.Core.Routing;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// /api/graphql over HTTP as the GraphQL-over-HTTP specification says: queries by GET (query,
/// operationName, variables and extensions in the query string) or POST (application/json);
/// answers in application/graphql-response+json (or application/json when that is all the client
/// accepts). With the former, a request that cannot run (syntax, validation, limits) is a 400 and
/// one that ran is a 200, field errors included; with application/json every well-formed request
/// gets a 200, as the specification asks for older clients.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/api/graphql";

    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http))
            .ExcludeFromDescription();
}

internal sealed class GraphQLHttpHandler(
    IDocumentExecuter executer,
    ContentGraphQLSerializer serializer,
    ContentSchemaProvider schemas,
    IApiAccess access,
    ApiModelProvider models,
    ApiContentReader content,
    ContentListRequestBuilder requests,
    ContentUrls urls,
    Writing.ContentWriter writer,
    ValidatedDocuments documents,
    IOptions<ApiOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    // Deep enough for any sensible query; what is deeper is refused by the parser before it can exhaust the stack.
    private const int ParserMaxDepth = 128;

    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var mediaType = Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await TypedResults.Problem($"This endpoint answers in {GraphQLResponse} or {Json}.", statusCode: StatusCodes.Status406NotAcceptable, title: "Not acceptable").ExecuteAsync(http);
            return;
        }

        var limits = options.Value.GraphQL;
        var (request, status, error) = HttpMethods.IsGet(http.Request.Method)
            ? ReadGet(http.Request.Query)
            : await ReadPostAsync(http.Request, limits.MaxRequestBytes, ct);
        if (request is null)
        {
            await WriteErrorAsync(http, status, mediaType, error!);
            return;
        }
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, "The request has no query.");
            return;
        }
        if (request.Query.Length > limits.MaxQueryLength)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, $"The query is longer than {limits.MaxQueryLength} characters.", "QUERY_TOO_LARGE");
            return;
        }

        GraphQLDocument? document = documents.Find(request.Query);
        try
        {
            document ??= new GraphQLDocumentBuilder { MaxDepth = ParserMaxDepth }.Build(request.Query);
        }
        catch (Exception e) when (e is GraphQLParserException or ExecutionError)
        {
            // A syntax error is a request error: 400 with graphql-response+json, 200 with plain JSON.
            await WriteErrorAsync(http, mediaType == Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, mediaType,
                e is GraphQLMaxDepthExceededException ? $"The query is nested deeper than {ParserMaxDepth} levels." : e.Message, "SYNTAX_ERROR");
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && SelectedOperation(document, request.OperationName)?.Operation == OperationType.Mutation)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, "Mutations are sent with POST.");
            return;
        }

        var reader = await access.GetReaderAsync(http);
        var model = await models.GetAsync(reader, ct);
        using var context = new ContentGraphContext
        {
            Reader = reader,
            Model = model,
            Content = content,
            Requests = requests,
            Links = ItemLinks.For(http.Request, urls, options.Value),
            Variants = new ContentVariantsLoader(content, VersionOptions.Published),
            LatestVariants = new ContentVariantsLoader(content, VersionOptions.Latest),
            MediaFiles = new MediaFilesLoader(http.RequestServices),
            Writer = writer,
            Caller = http.Features.Get<Clients.ApiCaller>(),
        };

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schemas.Get(model),
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = context,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = ct,
            Timeout = TimeSpan.FromSeconds(limits.TimeoutSeconds),
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = failure =>
            {
                logger.LogError(failure.OriginalException, "GraphQL resolver failed on {Field}", failure.FieldContext?.FieldDefinition.Name);
                failure.ErrorMessage = "An internal error occurred.";
                return Task.CompletedTask;
            },
        });

        // Not executed means a request error (validation, limits): the response has no data.
        var statusCode = result.Executed || mediaType == Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        using var body = new PooledBody(64 * 1024);
        serializer.Write(body, result);
        var bytes = body.Written;

        var response = http.Response;
        if (HttpMethods.IsGet(http.Request.Method) && result.Executed && result.Errors is not { Count: > 0 })
        {
            // A GET query is a read like any other: let clients and caches revalidate it cheaply. The media
            // type follows Accept, so caches must keep one answer per Accept.
            response.Headers.Vary = "Accept";
            await new CachedJsonResult(bytes, HttpCaching.CacheControl(reader, VersionOptions.Published, options.Value.CacheMaxAgeSeconds), ContentType(mediaType))
                .ExecuteAsync(http);
            return;
        }
        response.StatusCode = statusCode;
        response.ContentType = ContentType(mediaType);
        response.Headers.CacheControl = "no-store";
        await response.Body.WriteAsync(bytes, ct);
    }

    /// <summary>The media type to answer with; null when the client accepts neither.</summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var types)) return GraphQLResponse;
        foreach (var type in types.Where(t => t.Quality is not 0).OrderByDescending(t => t.Quality ?? 1))
        {
            var name = type.MediaType.Value ?? "";
            if (name.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase) || name is "*/*" || name.Equals("application/*", StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (name.Equals(Json, StringComparison.OrdinalIgnoreCase)) return Json;
        }
        return null;
    }

    private (GraphQLRequest? Request, int Status, string? Error) ReadGet(IQueryCollection query)
    {
        foreach (var key in new[] { "query", "operationName", "variables", "extensions" })
            if (query.TryGetValue(key, out var values) && values.Count > 1) return (null, StatusCodes.Status400BadRequest, $"'{key}' is given more than once.");
        try
        {
            return (new GraphQLRequest
            {
                Query = query["query"].FirstOrDefault(),
                OperationName = query["operationName"].FirstOrDefault() is { Length: > 0 } name ? name : null,
                Variables = query["variables"].FirstOrDefault() is { Length: > 0 } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = query["extensions"].FirstOrDefault() is { Length: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            }, StatusCodes.Status200OK, null);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return (null, StatusCodes.Status400BadRequest, "'variables' and 'extensions' must be JSON objects.");
        }
    }

    private async Task<(GraphQLRequest? Request, int Status, string? Error)> ReadPostAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase)))
            return (null, StatusCodes.Status415UnsupportedMediaType, $"Send the request as {Json} (UTF-8).");
        if (request.ContentLength > maxBytes) return (null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return (null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
        }
        try
        {
            var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return serializer.Deserialize<GraphQLRequest>(text) is { } parsed
                ? (parsed, StatusCodes.Status200OK, null)
                : (null, StatusCodes.Status400BadRequest, "The body must be a JSON object with a 'query'.");
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, StatusCodes.Status400BadRequest, "The body is not a JSON object with 'query', 'operationName', 'variables' and 'extensions'.");
        }
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message, string? code = null)
    {
        var result = new ExecutionResult();
        result.AddError(new ExecutionError(message) { Code = code ?? "BAD_REQUEST" });
        http.Response.StatusCode = status;
        http.Response.ContentType = ContentType(mediaType);
        http.Response.Headers.CacheControl = "no-store";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static string ContentType(string mediaType) => mediaType + "; charset=utf-8";
}
