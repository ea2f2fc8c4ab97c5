using System.Text.Json.Serialization;
using AllianceCms.Core.Settings;

namespace AllianceCms.Admin.Security;

/// <summary>The admin's sign-in settings, kept as a document so that every node reads the same.</summary>
public sealed class TwoFactorPolicy
{
    public const string DocumentName = "AdminSignIn";

    /// <summary>Administrators (users holding every permission) must use a second factor; without one they are sent to set it up.</summary>
    [JsonPropertyName("requireTwoFactorForAdministrators")] public bool RequireForAdministrators { get; set; }

    public static async Task<TwoFactorPolicy> GetAsync(IDocumentStore documents, CancellationToken ct) =>
        await documents.GetAsync<TwoFactorPolicy>(DocumentName, ct) ?? new TwoFactorPolicy();
}
