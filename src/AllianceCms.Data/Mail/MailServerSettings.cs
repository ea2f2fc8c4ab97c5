using System.Text.Json.Serialization;

namespace AllianceCms.Data.Mail;

/// <summary>
/// The SMTP server an administrator chose in the admin, kept as a document so that every node reads
/// the same. While <see cref="Host"/> is empty the server from the configuration (<see cref="MailOptions"/>) is used.
/// </summary>
public sealed class MailServerSettings
{
    public const string DocumentName = "MailServer";

    /// <summary>"Auto", "None", "StartTls" or "SslOnConnect", as MailKit names them.</summary>
    public static readonly string[] SecurityModes = ["Auto", "None", "StartTls", "SslOnConnect"];

    [JsonPropertyName("host")] public string? Host { get; set; }
    [JsonPropertyName("port")] public int Port { get; set; } = 587;
    [JsonPropertyName("security")] public string Security { get; set; } = "Auto";
    [JsonPropertyName("userName")] public string? UserName { get; set; }

    /// <summary>The password encrypted with ASP.NET Core Data Protection (<see cref="MailServer.PasswordPurpose"/>); never the plain text.</summary>
    [JsonPropertyName("protectedPassword")] public string? ProtectedPassword { get; set; }
    [JsonPropertyName("fromAddress")] public string? FromAddress { get; set; }
    [JsonPropertyName("fromName")] public string? FromName { get; set; }

    [JsonIgnore] public bool IsSet => !string.IsNullOrWhiteSpace(Host);
}
