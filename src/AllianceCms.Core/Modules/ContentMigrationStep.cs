using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Modules;

/// <summary>
/// One numbered change to content definitions. Steps are never edited once shipped: a later
/// change is a new step, so every site converges to the same definitions.
/// </summary>
public sealed record ContentMigrationStep(int Number, string Description, Action<ContentDefinitionEditor> Apply);
