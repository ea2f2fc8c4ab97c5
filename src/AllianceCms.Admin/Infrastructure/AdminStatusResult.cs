using AllianceCms.Admin.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Admin.Infrastructure;

/// <summary>
/// The admin's own page for a refusal (403) or a missing item (404): the status code on the URL that
/// was asked for, with a page in the user's language inside the admin layout.
/// </summary>
public sealed class AdminStatusResult(int statusCode) : IActionResult
{
    public const string ViewPath = "/Areas/Admin/Pages/Shared/StatusPage.cshtml";

    public static AdminStatusResult Forbidden { get; } = new(StatusCodes.Status403Forbidden);
    public static AdminStatusResult NotFound { get; } = new(StatusCodes.Status404NotFound);

    public int StatusCode { get; } = statusCode;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        // Also runs outside the admin pages (from the cookie handler): set the language here.
        AdminCulture.Apply(context.HttpContext);
        var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var view = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCode,
            ViewData = new ViewDataDictionary<int>(metadata, new ModelStateDictionary()) { Model = StatusCode },
        };
        await view.ExecuteResultAsync(context);
    }

    /// <summary>Writes the page from outside MVC (an authentication event, a middleware).</summary>
    public static Task WriteAsync(HttpContext context, int statusCode) =>
        new AdminStatusResult(statusCode).ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
}
