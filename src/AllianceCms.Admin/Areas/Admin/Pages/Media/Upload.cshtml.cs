using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Media;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Areas.Admin.Pages.Media;

/// <summary>
/// Uploads files into a folder: one row per file with its alternative text in each culture, so the form
/// works without script. The form is read here, not by model binding, so that a request over the size
/// limit is answered with a message instead of failing before the page runs.
/// </summary>
[RequirePermission(MediaPermissions.Manage)]
[IgnoreAntiforgeryToken] // checked by hand once the form is read, see OnPostAsync
public sealed class MediaUploadModel(MediaLibrary library, IAntiforgery antiforgery, IOptions<MediaOptions> options, AdminText text) : PageModel
{
    /// <summary>From the query string only: binding it from the form would read the body before the size checks.</summary>
    public string Folder => Request.Query["folder"].ToString();

    public MediaOptions Options => options.Value;
    public IReadOnlyList<string> Cultures => library.Cultures;

    /// <summary>What was typed per row and culture, to show the form again after a refusal.</summary>
    public Dictionary<(int Row, string Culture), string> AltInput { get; } = [];
    public Dictionary<int, List<string>> RowErrors { get; } = [];
    public List<string> FormErrors { get; } = [];

    public IActionResult OnGet()
    {
        return library.FolderExists(Folder) ? Page() : AdminStatusResult.NotFound;
    }

    // No parameters at all: binding any (even a CancellationToken) makes MVC read the form first, with its default limits.
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!library.FolderExists(Folder)) return AdminStatusResult.NotFound;
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = Options.MaxRequestBytes;
        if (Request.ContentLength > Options.MaxRequestBytes) return TooLarge();

        IFormCollection form;
        try
        {
            HttpContext.Features.Set<IFormFeature>(new FormFeature(Request, new FormOptions { MultipartBodyLengthLimit = Options.MaxRequestBytes }));
            form = await Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return TooLarge();
        }
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }

        var uploads = new List<MediaUpload>();
        var rows = new List<int>();
        for (var row = 0; row < Options.MaxFilesPerUpload; row++)
        {
            var alt = Cultures.ToDictionary(c => c, c => (string?)form[$"Alt[{row}].{c}"].ToString(), StringComparer.OrdinalIgnoreCase);
            foreach (var (culture, value) in alt) AltInput[(row, culture)] = value ?? "";
            if (form.Files.GetFile($"File[{row}]") is not { } file || file.Length == 0 && file.FileName.Length == 0) continue;
            uploads.Add(new MediaUpload(file.FileName, file.Length, file.OpenReadStream, alt));
            rows.Add(row);
        }
        var result = await library.UploadAsync(Folder, uploads, User.UserId(), ct);
        if (result.Succeeded && WantsJson)
            return new JsonResult(new { paths = result.StoredPaths, message = text["MediaUploadDone", result.StoredPaths.Count] }) { StatusCode = StatusCodes.Status201Created };
        if (result.Succeeded)
        {
            TempData["AdminMessage"] = text["MediaUploadDone", result.StoredPaths.Count];
            return RedirectToPage("/Media/Index", new { area = "Admin", folder = Folder });
        }
        foreach (var problem in result.Problems)
        {
            if (problem.Index < 0) FormErrors.Add(MediaText.Describe(text, problem));
            else
            {
                var row = rows[problem.Index];
                if (!RowErrors.TryGetValue(row, out var list)) RowErrors[row] = list = [];
                list.Add(MediaText.Describe(text, problem, Path.GetFileName(uploads[problem.Index].FileName)));
            }
        }
        if (WantsJson) return new JsonResult(new { errors = FormErrors.Concat(RowErrors.OrderBy(r => r.Key).SelectMany(r => r.Value)) }) { StatusCode = StatusCodes.Status400BadRequest };
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The media picker's inline upload (script) asks for JSON; the form itself gets pages.</summary>
    private bool WantsJson => Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The whole request is over the limit: nothing was read, nothing is stored.</summary>
    private IActionResult TooLarge()
    {
        FormErrors.Add(text["MediaErrorRequestTooLarge", MediaLibrary.MegaBytes(Options.MaxFileBytes), Options.MaxFilesPerUpload]);
        if (WantsJson) return new JsonResult(new { errors = FormErrors }) { StatusCode = StatusCodes.Status413PayloadTooLarge };
        Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Page();
    }
}
