using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Templates;
using AllianceCms.Display.Templating;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Templates;

/// <summary>
/// The override editor, prefilled with the effective source (or an earlier revision): a save is parsed
/// with the site's own Liquid parser and refused, with the line and column, when it is not valid.
/// </summary>
[RequirePermission(AdminPermissions.ManageTemplates)]
public sealed class EditTemplateModel(TemplateInventory inventory, TemplateHistory history, TemplateOverrides overrides, AdminText T) : PageModel
{
    public const int MaxSourceLength = 200_000;

    public TemplateEntry Template { get; private set; } = null!;
    public string Source { get; private set; } = "";
    public int? Revision { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute(Name = "template")] string name, int? revision, CancellationToken ct)
    {
        if (await inventory.FindAsync(name, ct) is not { } template) return AdminStatusResult.NotFound;
        Template = template;
        Source = template.Effective.Source;
        if (revision is { } number)
        {
            if (await history.GetAsync(name, number, ct) is not { Source: { } earlier }) return AdminStatusResult.NotFound;
            Source = earlier;
            Revision = number;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute(Name = "template")] string name, CancellationToken ct)
    {
        if (await inventory.FindAsync(name, ct) is not { } template) return AdminStatusResult.NotFound;
        Template = template;
        if (!Request.Form.TryGetValue("Source", out var posted)) return Refused(T["TemplateSourceMissing"]);
        // Browsers post line breaks as CRLF; keep the text as it was typed, with the file's line breaks.
        Source = posted.ToString().ReplaceLineEndings("\n");
        if (Source.Length > MaxSourceLength) return Refused(T["TextTooLong", MaxSourceLength]);

        var result = await overrides.SaveAsync(name, Source, User, ct);
        if (result.Error is { } error)
        {
            return Refused(error.Line is { } line && error.Column is { } column
                ? T["TemplateSyntaxErrorAt", line, column, error.Message]
                : T["TemplateSyntaxError", error.Message]);
        }
        TempData["AdminMessage"] = T["TemplateSaved", name];
        return Redirect($"/admin/templates/{Uri.EscapeDataString(name)}");
    }

    private PageResult Refused(string error)
    {
        Error = error;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
