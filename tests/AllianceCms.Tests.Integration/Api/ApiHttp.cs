using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>Calls to the headless API as a client sees them: status, media type and JSON body.</summary>
internal static class ApiHttp
{
    public const string ProblemJson = "application/problem+json";
    public const string GraphQLResponse = "application/graphql-response+json";

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem with the status, and returns it.</summary>
    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(url);
        return await ProblemAsync(response, status, $"GET {url}");
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{what}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The messages a 400 problem gives for one parameter.</summary>
    public static IReadOnlyList<string> ErrorsFor(this JsonElement problem, string parameter) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(parameter, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToList()
            : [];

    /// <summary>POSTs a GraphQL request and returns the response with its parsed body.</summary>
    public static async Task<GraphResult> GraphQLAsync(this HttpClient client, string query, object? variables = null, string? accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await GraphResult.ReadAsync(await client.SendAsync(request));
    }

    public static async Task<GraphResult> GraphQLGetAsync(this HttpClient client, string query, string? extra = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/graphql?query={Uri.EscapeDataString(query)}{extra}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));
        return await GraphResult.ReadAsync(await client.SendAsync(request));
    }
}

internal sealed record GraphResult(HttpResponseMessage Response, JsonElement Body, string Text)
{
    public HttpStatusCode Status => Response.StatusCode;
    public string? MediaType => Response.Content.Headers.ContentType?.MediaType;
    public JsonElement Data => Body.GetProperty("data");
    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;
    public IReadOnlyList<string> Errors => HasErrors ? Body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList() : [];

    public static async Task<GraphResult> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return new GraphResult(response, body, text);
    }

    /// <summary>Asserts a 200 without errors and returns data.</summary>
    public JsonElement Ok()
    {
        Assert.True(Status == HttpStatusCode.OK && !HasErrors, $"{(int)Status} {Text}");
        return Data;
    }
}
