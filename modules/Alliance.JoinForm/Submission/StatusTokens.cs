using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Alliance.JoinForm.Submission;

/// <summary>
/// The applicant's status link: 256 random bits. The application keeps its SHA-256 (to find it) and
/// a copy encrypted with the site's data-protection keys (kept outside the database), so the workflow
/// can send the link again while a copy of the database alone reveals no link.
/// </summary>
public sealed class StatusTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Alliance.JoinForm.StatusToken.v1");

    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Only well-formed tokens are looked up.</summary>
    public static bool LooksValid(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public string Protect(string token) => _protector.Protect(token);

    public string? Unprotect(string? protectedToken)
    {
        if (string.IsNullOrEmpty(protectedToken)) return null;
        try { return _protector.Unprotect(protectedToken); }
        catch (CryptographicException) { return null; }
    }

    /// <summary>"/join/status/…" or "/fr/adherer/statut/…".</summary>
    public static string Path(string culture, string token) => $"{JoinRoutes.For(culture).Status}/{token}";
}
