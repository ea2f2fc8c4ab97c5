using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Alliance.JoinForm.Submission;

/// <summary>
/// The hidden "form" field: when the form was shown and a one-time token identifying it, signed
/// and encrypted, so a robot can neither skip the minimum fill time nor forge a new token.
/// </summary>
public sealed class FormTimestamp(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Alliance.JoinForm.FormTimestamp.v1");

    public sealed record Stamp(string FormToken, DateTimeOffset ShownAt);

    public string Issue(string? formToken = null)
    {
        formToken ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return _protector.Protect($"{formToken}|{clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The stamp, or null when the field is missing, tampered with or from another site.</summary>
    public Stamp? Read(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            return parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                ? new Stamp(parts[0], DateTimeOffset.FromUnixTimeMilliseconds(ms)) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
