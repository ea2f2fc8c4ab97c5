namespace AllianceCms.Admin.ContentTypes;

/// <summary>One labelled text input of the editor's forms, with its hint and its error (drawn by _TextInput.cshtml).</summary>
public sealed record TextInput(string Id, string Name, string Label, string Value, string? Error, string? Hint = null, bool Required = false, int MaxLength = 200, string? Lang = null)
{
    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.Where(s => s is not null)) is { Length: > 0 } ids ? ids : null;
}
