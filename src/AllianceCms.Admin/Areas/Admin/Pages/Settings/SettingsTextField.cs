namespace AllianceCms.Admin.Areas.Admin.Pages.Settings;

/// <summary>One text box of a settings form, with its label, hint and error (drawn by _TextField.cshtml).</summary>
public sealed record SettingsTextField(string Id, string Name, string Label, string? Value, string? Error = null, string? Hint = null,
    string Type = "text", string? Autocomplete = null, int MaxLength = 256, string? InputMode = null);
