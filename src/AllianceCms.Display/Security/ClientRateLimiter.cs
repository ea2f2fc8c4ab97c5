using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace AllianceCms.Display.Security;

/// <summary>
/// A fixed window of permits per client address, for public forms and pages that cost the site work
/// (a join application, a search). Zero permits turns the limit off.
/// </summary>
public abstract class ClientRateLimiter : IDisposable
{
    private readonly int _permits;
    private readonly PartitionedRateLimiter<string> _limiter;

    protected ClientRateLimiter(int permits, TimeSpan window)
    {
        _permits = permits;
        _limiter = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>True when this client may go on once more now.</summary>
    public bool TryAcquire(HttpContext http)
    {
        if (_permits == 0) return true;
        using var lease = _limiter.AttemptAcquire(ClientAddress(http));
        return lease.IsAcquired;
    }

    /// <summary>The peer address (a reverse proxy's forwarded headers middleware sets it to the client's).</summary>
    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public void Dispose()
    {
        _limiter.Dispose();
        GC.SuppressFinalize(this);
    }
}
