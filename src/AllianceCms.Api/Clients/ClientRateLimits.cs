using System.Collections.Concurrent;

namespace AllianceCms.Api.Clients;

/// <summary>
/// Requests per minute per client, in fixed one-minute windows on this node's clock. A service client has
/// one budget; a browser app's limit applies to each of its users, who would otherwise share one budget
/// and stop each other. Counts are per node: behind a load balancer of n nodes a caller gets up to n times
/// its limit.
/// </summary>
public sealed class ClientRateLimits(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _sweptMinute;

    /// <summary>How many budgets are being counted (a test sees the old ones forgotten).</summary>
    internal int Budgets => _windows.Count;

    /// <summary>Counts a request of the caller; when over the limit, how long until the next window opens.</summary>
    public TimeSpan? TryAcquire(ApiCaller caller) =>
        TryAcquire(caller.User is { } user ? $"{caller.Client.ClientId}/{user.UserId}" : caller.Client.ClientId, caller.Client.RequestsPerMinute);

    /// <summary>Counts a request against one budget (a client, or a browser app's user).</summary>
    public TimeSpan? TryAcquire(string budget, int perMinute)
    {
        if (perMinute <= 0) return null;
        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        SweepOnce(minute);
        var window = _windows.AddOrUpdate(budget,
            _ => new Window(minute, 1),
            (_, w) => w.Minute == minute ? w with { Count = w.Count + 1 } : new Window(minute, 1));
        if (window.Count <= perMinute) return null;
        return DateTimeOffset.FromUnixTimeSeconds((minute + 1) * 60) - now;
    }

    /// <summary>
    /// Once a minute, forgets the windows of past minutes: with a budget per user, the users who came
    /// once would otherwise stay in memory for the life of the process.
    /// </summary>
    private void SweepOnce(long minute)
    {
        var swept = Interlocked.Read(ref _sweptMinute);
        if (swept >= minute || Interlocked.CompareExchange(ref _sweptMinute, minute, swept) != swept) return;
        foreach (var (budget, window) in _windows)
            if (window.Minute < minute) _windows.TryRemove(new KeyValuePair<string, Window>(budget, window));
    }

    private sealed record Window(long Minute, int Count);
}
