using AllianceCms.Core.Localization;
using AllianceCms.Core.Settings;

namespace Alliance.JoinForm.Configuration;

/// <summary>The join application settings as a section of the admin's settings pages.</summary>
public sealed class JoinSettingsSection(JoinSettingsStore store) : ISettingsSection
{
    public string Name => "join-applications";
    public LocalizedText Title { get; } = new("Join applications", "Demandes d'adhésion");
    public LocalizedText Description { get; } = new(
        "How join applications are reviewed, and how long the personal data of rejected or abandoned ones is kept.",
        "Comment les demandes d'adhésion sont examinées, et combien de temps les données personnelles des demandes rejetées ou abandonnées sont conservées.");

    public IReadOnlyList<SettingField> Fields { get; } =
    [
        new(nameof(JoinApplicationSettings.PublishMemberOnApproval), SettingKind.Boolean,
            new("Publish the participant as soon as the application is approved", "Publier le participant dès l'approbation de la demande"),
            new("Unticked, the participant is created as a draft that an editor publishes.", "Si la case n'est pas cochée, le participant est créé comme brouillon, publié ensuite par un éditeur.")),
        new(nameof(JoinApplicationSettings.ReminderDays), SettingKind.Integer,
            new("Reminder after (days without a decision)", "Rappel après (jours sans décision)"), null, 1, 365),
        new(nameof(JoinApplicationSettings.EscalationDays), SettingKind.Integer,
            new("Escalation to administrators after (days without a decision)", "Transmission aux administrateurs après (jours sans décision)"),
            new("Must be later than the reminder.", "Doit être postérieure au rappel."), 1, 365),
        new(nameof(JoinApplicationSettings.FourEyes), SettingKind.Boolean,
            new("An approval needs a second editor's confirmation (four eyes)", "Une approbation doit être confirmée par un second éditeur (quatre yeux)")),
        new(nameof(JoinApplicationSettings.RetentionDays), SettingKind.Integer,
            new("Keep the personal data of rejected or abandoned applications for (days)", "Conserver les données personnelles des demandes rejetées ou abandonnées pendant (jours)"),
            new("After this, the data and files are erased; only the reference and the date of erasure are kept.", "Ensuite, les données et les fichiers sont effacés ; seuls la référence et la date d'effacement sont conservés."),
            30, JoinApplicationSettings.MaxDays),
    ];

    private static readonly Dictionary<string, LocalizedText> Messages = new()
    {
        ["settings.days.range365"] = new("Give a number of days from 1 to 365.", "Indiquez un nombre de jours entre 1 et 365."),
        ["settings.escalation.afterReminder"] = new("The escalation must come after the reminder: give more days than for the reminder.", "La transmission doit suivre le rappel : indiquez plus de jours que pour le rappel."),
        ["settings.retention.range"] = new($"Give a number of days from 30 to {JoinApplicationSettings.MaxDays}.", $"Indiquez un nombre de jours entre 30 et {JoinApplicationSettings.MaxDays}."),
    };

    public async Task<IReadOnlyDictionary<string, object>> LoadAsync(CancellationToken ct = default)
    {
        var s = await store.GetAsync(ct);
        return new Dictionary<string, object>
        {
            [nameof(s.PublishMemberOnApproval)] = s.PublishMemberOnApproval,
            [nameof(s.ReminderDays)] = s.ReminderDays,
            [nameof(s.EscalationDays)] = s.EscalationDays,
            [nameof(s.FourEyes)] = s.FourEyes,
            [nameof(s.RetentionDays)] = s.RetentionDays,
        };
    }

    public async Task<IReadOnlyDictionary<string, LocalizedText>> SaveAsync(IReadOnlyDictionary<string, object> values, CancellationToken ct = default)
    {
        var s = await store.GetAsync(ct);
        if (values.GetValueOrDefault(nameof(s.PublishMemberOnApproval)) is bool publish) s.PublishMemberOnApproval = publish;
        if (values.GetValueOrDefault(nameof(s.ReminderDays)) is int reminder) s.ReminderDays = reminder;
        if (values.GetValueOrDefault(nameof(s.EscalationDays)) is int escalation) s.EscalationDays = escalation;
        if (values.GetValueOrDefault(nameof(s.FourEyes)) is bool fourEyes) s.FourEyes = fourEyes;
        if (values.GetValueOrDefault(nameof(s.RetentionDays)) is int retention) s.RetentionDays = retention;
        var errors = s.Validate();
        if (errors.Count > 0) return errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => Messages[g.First().Key]);
        await store.SaveAsync(s, ct);
        return new Dictionary<string, LocalizedText>();
    }
}
