using Microsoft.AspNetCore.Http;

namespace AllianceCms.Api.Access;

/// <summary>
/// Tells who is calling the API. The authentication of API clients (tokens, scopes) will replace
/// <see cref="AnonymousApiAccess"/> with an implementation that reads the request's principal.
/// </summary>
public interface IApiAccess
{
    ValueTask<ApiReader> GetReaderAsync(HttpContext context);
}

/// <summary>Until API clients exist, every caller is anonymous.</summary>
public sealed class AnonymousApiAccess : IApiAccess
{
    public ValueTask<ApiReader> GetReaderAsync(HttpContext context) => ValueTask.FromResult(ApiReader.Anonymous);
}
