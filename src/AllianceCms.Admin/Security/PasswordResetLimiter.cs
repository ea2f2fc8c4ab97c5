using System.Threading.RateLimiting;

namespace AllianceCms.Admin.Security;

/// <summary>
/// Limits "forgot password" requests, per e-mail address (so nobody is flooded with messages) and per
/// client address (so the form cannot be used to probe many accounts).
/// </summary>
public sealed class PasswordResetLimiter : IDisposable
{
    public const int PerAddressPerHour = 3;
    public const int PerClientPer15Minutes = 20;

    private readonly PartitionedRateLimiter<string> _addresses = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = PerAddressPerHour, Window = TimeSpan.FromHours(1) }));

    private readonly PartitionedRateLimiter<string> _clients = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = PerClientPer15Minutes, Window = TimeSpan.FromMinutes(15) }));

    /// <summary>Whether one more request may go through now for this client and this address.</summary>
    public bool TryAcquire(string client, string address)
    {
        using var byClient = _clients.AttemptAcquire(client);
        if (!byClient.IsAcquired) return false;
        using var byAddress = _addresses.AttemptAcquire(address.Trim().ToUpperInvariant());
        return byAddress.IsAcquired;
    }

    public void Dispose()
    {
        _addresses.Dispose();
        _clients.Dispose();
    }
}
