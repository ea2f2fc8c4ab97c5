using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Alliance.JoinForm.Submission;

/// <summary>A fixed window of submissions per client address, so one address cannot flood the inbox.</summary>
public sealed class JoinRateLimiter(IOptions<JoinFormOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RateLimitPermits,
            Window = TimeSpan.FromMinutes(options.Value.RateLimitWindowMinutes),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>True when this address may submit once more now.</summary>
    public bool TryAcquire(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(ClientAddress(http));
        return lease.IsAcquired;
    }

    /// <summary>The peer address (a reverse proxy's forwarded headers middleware sets it to the client's).</summary>
    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public void Dispose() => _limiter.Dispose();
}
