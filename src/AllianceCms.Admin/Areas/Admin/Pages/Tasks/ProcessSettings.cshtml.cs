using System.Globalization;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Security;
using AllianceCms.Core.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Tasks;

/// <summary>
/// A settings section a module brings (e.g. how its review tasks are handled), for administrators:
/// a form drawn from the section's fields, kinds and bounds checked here, the rest by the section.
/// </summary>
[RequirePermission(Permission.All)]
public sealed class ProcessSettingsModel(IEnumerable<ISettingsSection> sections, AdminText text) : PageModel
{
    public sealed record FieldView(SettingField Field, string Label, string? Hint, string Value, bool Checked, string? Error)
    {
        public string Id => "setting-" + Field.Name;
    }

    public ISettingsSection Section { get; private set; } = null!;
    public string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
    public IReadOnlyList<FieldView> Fields { get; private set; } = [];
    public bool HasErrors => Fields.Any(f => f.Error is not null);

    /// <summary>The sections there are, for the inbox's link list.</summary>
    public static IReadOnlyList<ISettingsSection> All(IEnumerable<ISettingsSection> sections) => sections.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken ct)
    {
        if (Find(section) is not { } found) return AdminStatusResult.NotFound;
        Section = found;
        var values = await found.LoadAsync(ct);
        Fields = found.Fields.Select(f => View(f, values.GetValueOrDefault(f.Name), null)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string section, CancellationToken ct)
    {
        if (Find(section) is not { } found) return AdminStatusResult.NotFound;
        Section = found;
        var values = new Dictionary<string, object>();
        var errors = new Dictionary<string, string>();
        foreach (var field in found.Fields)
        {
            var posted = Request.Form[field.Name].ToString().Trim();
            if (field.Kind == SettingKind.Boolean) { values[field.Name] = Request.Form[field.Name].Any(v => v is "true" or "on"); continue; }
            if (!int.TryParse(posted, NumberStyles.Integer, CultureInfo.CurrentCulture, out var number) && !int.TryParse(posted, NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
                errors[field.Name] = text["SettingNotANumber"];
            else if (number < field.Min || number > field.Max)
                errors[field.Name] = text["SettingOutOfRange", field.Min, field.Max];
            else values[field.Name] = number;
        }
        if (errors.Count == 0)
            foreach (var (name, message) in await found.SaveAsync(values, ct)) errors[name] = message.For(Culture);
        if (errors.Count == 0)
        {
            TempData["AdminMessage"] = text["SettingsSaved"];
            return RedirectToPage("/Tasks/ProcessSettings", new { area = AdminServiceCollectionExtensions.Area, section = found.Name });
        }
        Fields = found.Fields.Select(f => View(f, f.Kind == SettingKind.Boolean ? values.GetValueOrDefault(f.Name) : Request.Form[f.Name].ToString(), errors.GetValueOrDefault(f.Name))).ToList();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private ISettingsSection? Find(string section) => sections.FirstOrDefault(s => s.Name == section);

    private FieldView View(SettingField field, object? value, string? error) => new(
        field, field.Label.For(Culture), field.Hint?.For(Culture),
        value switch { int i => i.ToString(CultureInfo.InvariantCulture), string s => s, _ => "" },
        value is true, error);
}
