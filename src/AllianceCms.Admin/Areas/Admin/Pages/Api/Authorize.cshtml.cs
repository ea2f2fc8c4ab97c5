using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Api.Clients;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AllianceCms.Admin.Areas.Admin.Pages.Api;

/// <summary>
/// The consent page of browser apps at /api/connect/authorize: OpenIddict has checked the request (app,
/// redirect URI, PKCE, scopes) before this runs. A signed-in CMS user (else the login page, then back)
/// sees the app and what it asks for, in their language, and allows it (a code for a token acting for
/// them) or denies it (the app gets error=access_denied).
/// </summary>
[AllowAnonymous] // Anonymous visitors are sent to the login page and back, as the request's URL is kept.
public sealed class AuthorizeModel(BrowserAppConsent consent) : PageModel
{
    /// <summary>Fields of the consent form that are not part of the authorization request.</summary>
    private static readonly HashSet<string> FormOnly = [AntiforgeryField, nameof(Decision)];
    private const string AntiforgeryField = "__RequestVerificationToken";
    public const string Allow = "allow";

    [BindProperty] public string? Decision { get; set; }

    public ApiClient? App { get; private set; }

    /// <summary>A request OpenIddict refused without sending the user back to the app: shown here, for the app's developer.</summary>
    public OpenIddictResponse? Refusal { get; private set; }
    public IReadOnlyList<string> Scopes { get; private set; } = [];

    /// <summary>The request's parameters, posted back with the decision (OpenIddict checks them again).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Refused() is { } refused) return refused;
        if (HttpContext.GetOpenIddictServerRequest() is not { } request) return Infrastructure.AdminStatusResult.NotFound;
        if (User.Identity?.IsAuthenticated != true) return SignInFirst(request);
        await LoadAsync(request, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Refused() is { } refused) return refused;
        if (HttpContext.GetOpenIddictServerRequest() is not { } request) return Infrastructure.AdminStatusResult.NotFound;
        if (User.Identity?.IsAuthenticated != true || User.UserId() is not { } userId) return SignInFirst(request);
        await LoadAsync(request, ct);
        if (App is null) return Refuse(Errors.UnauthorizedClient, "This app is unknown or revoked.");
        if (Decision != Allow)
        {
            await consent.DenyAsync(App, ct);
            return Refuse(Errors.AccessDenied, "The user did not allow this app.");
        }
        var principal = await consent.AllowAsync(App, userId, User.Identity.Name ?? userId, request, ct);
        return SignIn(principal, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private PageResult? Refused()
    {
        if (HttpContext.GetOpenIddictServerResponse() is not { Error: { Length: > 0 } } response) return null;
        Refusal = response;
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    private async Task LoadAsync(OpenIddictRequest request, CancellationToken ct)
    {
        App = await consent.FindAppAsync(request, ct);
        Scopes = BrowserAppConsent.ScopesOf(request);
        Parameters = request.GetParameters()
            .Where(p => !FormOnly.Contains(p.Key) && (string?)p.Value is not null)
            .Select(p => new KeyValuePair<string, string>(p.Key, (string)p.Value!))
            .ToList();
    }

    /// <summary>To the admin's login page, back to this very request afterwards (as a GET, whatever the method was).</summary>
    private RedirectResult SignInFirst(OpenIddictRequest request)
    {
        var query = string.Join('&', request.GetParameters()
            .Where(p => !FormOnly.Contains(p.Key) && (string?)p.Value is not null)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString((string)p.Value!)));
        var back = BrowserAppConsent.Path + "?" + query;
        return Redirect(AdminServiceCollectionExtensions.LoginPath + "?returnUrl=" + Uri.EscapeDataString(back));
    }

    private ForbidResult Refuse(string error, string description) =>
        Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
