using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Menus;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Menus;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Menus;

/// <summary>
/// A menu's entries in one language: add, move up or down, remove (each a plain form post, so it works
/// without JavaScript; nothing is stored until "Save"), then save, checked and audited.
/// </summary>
[RequirePermission(AdminPermissions.ManageSettings)]
public sealed class EditMenuModel(MenuStore store, MenuTargets targets, IAuditTrail audit, AdminText T) : PageModel
{
    public const string Save = "save";

    public string Menu { get; private set; } = "";
    public string Culture { get; private set; } = "";
    public IReadOnlyList<string> Cultures => store.Cultures;
    public List<MenuRow> Rows { get; private set; } = [];
    public IReadOnlyList<MenuTargetOption> Options { get; private set; } = [];
    public IReadOnlyList<string> TargetTypes { get; private set; } = [];
    public Dictionary<string, MenuTargetState> States { get; } = new(StringComparer.Ordinal);
    public Dictionary<(int Row, string Field), string> Errors { get; } = [];
    public string? MenuError { get; private set; }
    public bool Unsaved { get; private set; }

    public string? ErrorOf(int row, string field) => Errors.GetValueOrDefault((row, field));

    public async Task<IActionResult> OnGetAsync(string menu, string culture, CancellationToken ct)
    {
        if (!await FoundAsync(menu, culture, ct)) return AdminStatusResult.NotFound;
        Rows = (await store.GetAsync(Menu, Culture, ct) ?? []).Select(MenuRow.From).ToList();
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string menu, string culture, CancellationToken ct)
    {
        if (!await FoundAsync(menu, culture, ct)) return AdminStatusResult.NotFound;
        var command = Request.Form["command"].ToString();
        if (command.Length == 0) return BadRequest();
        Rows = MenuRow.Read(Request.Form, MenuRules.MaxEntries + 1);

        if (command != Save)
        {
            Unsaved = true;
            if (!Rearrange(command)) return BadRequest();
            await LoadChoicesAsync(ct);
            return Page();
        }

        var before = await store.GetAsync(Menu, Culture, ct) ?? [];
        var entries = Rows.Select(r => r.ToEntry()).ToList();
        var result = await store.SaveAsync(Menu, Culture, entries, ct);
        if (!result.Saved)
        {
            foreach (var error in result.Errors)
            {
                var message = error.Code switch
                {
                    MenuEntryError.LabelTooLong => T["TextTooLong", MenuRules.MaxLabelLength],
                    MenuEntryError.TooManyEntries => T["MenuError_TooManyEntries", MenuRules.MaxEntries],
                    _ => T["MenuError_" + error.Code],
                };
                if (error.Index < 0) MenuError = message;
                else Errors.TryAdd((error.Index, error.Field is "label" ? "label" : "target"), message);
            }
            Unsaved = true;
            await LoadChoicesAsync(ct);
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Menus, AuditActions.Changed)
        {
            SubjectType = "Menu", SubjectId = $"{Menu}/{Culture}", SubjectTitle = $"{Menu} ({Culture})",
            Summary = string.Join(", ", entries.Select(e => e.Label)),
            Details = new JsonObject { ["before"] = Describe(before), ["after"] = Describe(entries) },
        }, ct);
        TempData["AdminMessage"] = T["MenuSaved", MenuTitles.Of(Menu, T), AdminCulture.Autonym(Culture)];
        return Redirect($"/admin/menus/{Menu}/{Culture}");
    }

    /// <summary>"add", "up:2", "down:0", "remove:1": false when the command makes no sense.</summary>
    private bool Rearrange(string command)
    {
        if (command == "add")
        {
            if (Rows.Count >= MenuRules.MaxEntries) MenuError = T["MenuError_TooManyEntries", MenuRules.MaxEntries];
            else Rows.Add(new MenuRow());
            return true;
        }
        var colon = command.IndexOf(':');
        if (colon < 0 || !int.TryParse(command[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= Rows.Count) return false;
        switch (command[..colon])
        {
            case "up" when i > 0: (Rows[i - 1], Rows[i]) = (Rows[i], Rows[i - 1]); return true;
            case "down" when i < Rows.Count - 1: (Rows[i + 1], Rows[i]) = (Rows[i], Rows[i + 1]); return true;
            case "remove": Rows.RemoveAt(i); return true;
            default: return false;
        }
    }

    private async Task<bool> FoundAsync(string menu, string culture, CancellationToken ct)
    {
        if (!MenuRules.IsValidName(menu) || !store.Cultures.Contains(culture, StringComparer.Ordinal) || !await store.ExistsAsync(menu, ct)) return false;
        (Menu, Culture) = (menu, culture);
        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var chosen = Rows.Where(r => r.Kind == MenuRow.ItemKind && r.Item.Length > 0).Select(r => r.Item).ToList();
        Options = await targets.OptionsAsync(Culture, chosen, ct);
        TargetTypes = (await targets.TypesAsync(ct)).Select(t => t.Name).ToList();
        foreach (var id in chosen.Distinct(StringComparer.Ordinal)) States[id] = await targets.StateAsync(id, ct);
    }

    private static JsonArray Describe(IEnumerable<MenuEntry> entries) =>
        new(entries.Select(e => (JsonNode)new JsonObject { ["label"] = e.Label, ["contentItemId"] = e.ContentItemId, ["url"] = e.Url }).ToArray());
}
