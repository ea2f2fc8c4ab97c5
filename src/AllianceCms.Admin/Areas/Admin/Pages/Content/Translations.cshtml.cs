using System.Globalization;
using AllianceCms.Admin.Content.Translations;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Areas.Admin.Pages.Content;

/// <summary>The items to translate: a culture missing, or older than the last change of another, among the types the user may read.</summary>
public sealed class TranslationsModel(TranslationStatus status, IContentDefinitionStore definitions, IOptions<CultureOptions> cultures) : PageModel
{
    /// <summary>Most rows shown at once; the count above the table says how many there are.</summary>
    public const int MaxRows = 200;

    public IReadOnlyList<TranslationTask> Tasks { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(string Name, string Label)> Types { get; private set; } = [];
    public IReadOnlyList<string> Cultures => cultures.Value.Supported;
    public string? Type { get; private set; }
    public string? Culture { get; private set; }

    public async Task OnGetAsync(string? type, string? culture, CancellationToken ct)
    {
        var ui = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Types = User.Permissions().ListableTypes(await definitions.GetSnapshotAsync(ct)).Where(t => t.Settings.Localizable)
            .Select(t => (t.Name, AdminShell.TypeLabel(t, ui))).OrderBy(t => t.Item2, StringComparer.Create(CultureInfo.CurrentCulture, true)).ToList();
        // Unknown filters are ignored rather than refused: the form only offers valid ones.
        Type = Types.Any(t => t.Name == type) ? type : null;
        Culture = cultures.Value.IsSupported(culture) ? culture!.ToLowerInvariant() : null;
        var all = await status.ListAsync(User, Type, Culture, ct);
        Total = all.Count;
        Tasks = all.Take(MaxRows).ToList();
    }
}
