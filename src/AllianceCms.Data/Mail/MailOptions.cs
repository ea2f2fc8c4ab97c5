namespace AllianceCms.Data.Mail;

/// <summary>The SMTP server mail goes through: "Mail" in appsettings.json or Mail__* environment variables.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>When empty, messages wait in the outbox until a server is configured.</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;

    /// <summary>"Auto", "None", "StartTls" or "SslOnConnect".</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@localhost.localdomain";
    public string FromName { get; set; } = "Alliance CMS";

    /// <summary>How many attempts before a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;
}
