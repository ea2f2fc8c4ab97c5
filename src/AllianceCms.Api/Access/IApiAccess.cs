using Microsoft.AspNetCore.Http;

namespace AllianceCms.Api.Access;

/// <summary>
/// Tells who is calling the API: <see cref="ClientApiAccess"/> reads the client that
/// <see cref="Clients.ApiGateMiddleware"/> authenticated, or answers "anonymous".
/// </summary>
public interface IApiAccess
{
    ValueTask<ApiReader> GetReaderAsync(HttpContext context);
}
