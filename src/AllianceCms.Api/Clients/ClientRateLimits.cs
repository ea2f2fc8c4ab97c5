using System.Collections.Concurrent;

namespace AllianceCms.Api.Clients;

/// <summary>
/// Requests per minute per client, in fixed one-minute windows on this node's clock. Counts are
/// per node: behind a load balancer of n nodes a client gets up to n times its limit.
/// </summary>
public sealed class ClientRateLimits(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts a request; when over the limit, how long until the next window opens.</summary>
    public TimeSpan? TryAcquire(string clientId, int perMinute)
    {
        if (perMinute <= 0) return null;
        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        var window = _windows.AddOrUpdate(clientId,
            _ => new Window(minute, 1),
            (_, w) => w.Minute == minute ? w with { Count = w.Count + 1 } : new Window(minute, 1));
        if (window.Count <= perMinute) return null;
        return DateTimeOffset.FromUnixTimeSeconds((minute + 1) * 60) - now;
    }

    private sealed record Window(long Minute, int Count);
}
