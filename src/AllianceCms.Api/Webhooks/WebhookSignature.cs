using System.Security.Cryptography;
using System.Text;

namespace AllianceCms.Api.Webhooks;

/// <summary>
/// The signature receivers check: <c>X-Signature: sha256=&lt;hex&gt;</c>, an HMAC-SHA256 with the
/// subscription's secret over "{timestamp}.{body}", the timestamp (Unix seconds) being sent in
/// <c>X-Webhook-Timestamp</c> so that receivers can refuse old replays.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Signature";
    public const string TimestampHeader = "X-Webhook-Timestamp";
    public const string EventHeader = "X-Webhook-Event";
    public const string IdHeader = "X-Webhook-Id";

    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexString(mac).ToLowerInvariant();
    }

    /// <summary>Checks a signature in constant time (what a receiver does).</summary>
    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
