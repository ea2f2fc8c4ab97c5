using System.Text.Json.Serialization;
using AllianceCms.Core.Settings;

namespace Alliance.JoinForm.Configuration;

/// <summary>How join applications are handled; set by administrators, stored as a settings document.</summary>
public sealed class JoinApplicationSettings
{
    public const string DocumentName = "JoinApplicationSettings";

    /// <summary>Whether an approval publishes the new participant at once (else it is a draft for the editors).</summary>
    [JsonPropertyName("publishMemberOnApproval")] public bool PublishMemberOnApproval { get; set; } = true;

    /// <summary>Days without a decision after which the assignees are reminded.</summary>
    [JsonPropertyName("reminderDays")] public int ReminderDays { get; set; } = 7;

    /// <summary>Days without a decision after which the task goes to the administrators too.</summary>
    [JsonPropertyName("escalationDays")] public int EscalationDays { get; set; } = 14;

    /// <summary>An approval needs a second editor's confirmation before the participant is created.</summary>
    [JsonPropertyName("fourEyes")] public bool FourEyes { get; set; }

    /// <summary>Days after which the personal data of rejected or abandoned applications is erased.</summary>
    [JsonPropertyName("retentionDays")] public int RetentionDays { get; set; } = 365;

    public const int MaxDays = 3650;

    /// <summary>What is wrong, as (field, message key) pairs; empty when the settings can be saved.</summary>
    public IReadOnlyList<(string Field, string Key)> Validate()
    {
        var errors = new List<(string, string)>();
        if (ReminderDays is < 1 or > 365) errors.Add((nameof(ReminderDays), "settings.days.range365"));
        if (EscalationDays is < 1 or > 365) errors.Add((nameof(EscalationDays), "settings.days.range365"));
        else if (ReminderDays is >= 1 and <= 365 && EscalationDays <= ReminderDays) errors.Add((nameof(EscalationDays), "settings.escalation.afterReminder"));
        if (RetentionDays is < 30 or > MaxDays) errors.Add((nameof(RetentionDays), "settings.retention.range"));
        return errors;
    }
}

/// <summary>Reads and saves <see cref="JoinApplicationSettings"/> (defaults until an administrator saves them).</summary>
public sealed class JoinSettingsStore(IDocumentStore documents)
{
    public async Task<JoinApplicationSettings> GetAsync(CancellationToken ct) =>
        await documents.GetAsync<JoinApplicationSettings>(JoinApplicationSettings.DocumentName, ct) ?? new JoinApplicationSettings();

    public Task SaveAsync(JoinApplicationSettings settings, CancellationToken ct)
    {
        if (settings.Validate().Count > 0) throw new ArgumentException("The join application settings are not valid.", nameof(settings));
        return documents.SaveAsync(JoinApplicationSettings.DocumentName, settings, ct);
    }
}
