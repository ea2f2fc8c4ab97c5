using AllianceCms.Core.Localization;

namespace AllianceCms.Core.Settings;

public enum SettingKind { Boolean, Integer }

/// <summary>One setting of a <see cref="ISettingsSection"/>: a yes/no or a whole number within bounds.</summary>
public sealed record SettingField(string Name, SettingKind Kind, LocalizedText Label, LocalizedText? Hint = null, int Min = 0, int Max = int.MaxValue);

/// <summary>
/// A group of settings a module lets administrators change in the admin (e.g. how join applications are
/// handled). The admin draws the form from <see cref="Fields"/>, checks kinds and bounds, and the section
/// checks the rest (values that depend on each other) when saving.
/// </summary>
public interface ISettingsSection
{
    /// <summary>The section's address segment ("join-applications").</summary>
    string Name { get; }
    LocalizedText Title { get; }
    LocalizedText Description { get; }
    IReadOnlyList<SettingField> Fields { get; }

    /// <summary>The current values by field name: bool for <see cref="SettingKind.Boolean"/>, int for <see cref="SettingKind.Integer"/>.</summary>
    Task<IReadOnlyDictionary<string, object>> LoadAsync(CancellationToken ct = default);

    /// <summary>Saves the values when they are valid together; else returns the errors by field name and saves nothing.</summary>
    Task<IReadOnlyDictionary<string, LocalizedText>> SaveAsync(IReadOnlyDictionary<string, object> values, CancellationToken ct = default);
}
