using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AllianceCms.Search;

/// <summary>
/// A fixed window of searches per client address: every search runs the index, so one address must not
/// be able to keep the site busy with them. Showing the empty form is not counted.
/// </summary>
public sealed class SearchRateLimiter(IOptions<SearchOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RateLimitPermits,
            Window = TimeSpan.FromSeconds(options.Value.RateLimitWindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>True when this client may search once more now (always, when the limit is off).</summary>
    public bool TryAcquire(HttpContext http)
    {
        if (options.Value.RateLimitPermits == 0) return true;
        // The peer address; behind a reverse proxy, the forwarded headers middleware sets it to the client's.
        using var lease = _limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
