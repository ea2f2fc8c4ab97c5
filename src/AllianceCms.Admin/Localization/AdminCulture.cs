using System.Globalization;
using AllianceCms.Admin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AllianceCms.Admin.Localization;

/// <summary>
/// The languages the admin speaks and which one a request gets: the signed-in user's choice (their
/// PreferredCulture, carried in a claim), else the browser's Accept-Language, else English.
/// </summary>
public static class AdminCulture
{
    public static IReadOnlyList<string> Supported { get; } = ["en", "fr"];

    public static string Default => Supported[0];

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>The language's own name, as a language switch shows it ("English", "Français").</summary>
    public static string Autonym(string culture)
    {
        var name = CultureInfo.GetCultureInfo(culture).NativeName;
        return name.Length == 0 ? culture : char.ToUpper(name[0], CultureInfo.GetCultureInfo(culture)) + name[1..];
    }

    public static string Resolve(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.User.FindFirst(AdminClaimTypes.Culture)?.Value is { } chosen && IsSupported(chosen))
            return chosen.ToLowerInvariant();
        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0])
            .FirstOrDefault(IsSupported);
        return accepted?.ToLowerInvariant() ?? Default;
    }

    /// <summary>
    /// Sets the culture for the rest of the calling method and what it awaits. (Set inside an async
    /// method, it does not flow back to the caller: apply it where the work is awaited.)
    /// </summary>
    public static void Apply(HttpContext context)
    {
        var language = Resolve(context);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(FormattingCulture(language));
    }

    /// <summary>Dates and numbers the European way ("25/11/2026 14:30"), not the American one.</summary>
    private static string FormattingCulture(string language) => language switch
    {
        "en" => "en-GB",
        "fr" => "fr-FR",
        _ => language,
    };
}

/// <summary>Puts every admin page, from model binding to rendering, in the admin language of the request.</summary>
public sealed class AdminCultureFilter : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        AdminCulture.Apply(context.HttpContext);
        await next();
    }
}
