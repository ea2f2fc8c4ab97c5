using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Api.Clients;
using AllianceCms.Core.Security;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Admin.Areas.Admin.Pages.Api;

/// <summary>
/// API clients: services (a secret shown once when created or rotated, a role's rights) and browser apps
/// (no secret, redirect URIs; they act for the users who allow them), with their scopes, CORS origins and
/// rate limit; revoked for good. Administrators only.
/// </summary>
[RequirePermission(Permission.All)]
public sealed class ApiClientsModel(ApiClientStore store, RoleManager<CmsRole> roles, AdminText T) : PageModel
{
    [BindProperty] public string? ClientId { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public List<string> Scopes { get; set; } = [];
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Origins { get; set; }
    [BindProperty] public int? RequestsPerMinute { get; set; }
    [BindProperty] public ApiClientKind Kind { get; set; }
    [BindProperty] public string? RedirectUris { get; set; }

    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];
    public IReadOnlyList<string> AllRoles { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The client being edited (?edit=id), or null for the creation form.</summary>
    public ApiClient? Editing { get; private set; }

    /// <summary>A secret just made: shown on this answer only, never stored in clear.</summary>
    public (ApiClient Client, string Secret)? NewSecret { get; private set; }

    /// <summary>The client just created (a browser app has no secret, but its id is shown the same way).</summary>
    public ApiClient? NewClient { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? edit, CancellationToken ct)
    {
        RequestsPerMinute = 600;
        if (edit is not null)
        {
            Editing = await store.FindAsync(edit, ct);
            if (Editing is null || Editing.IsRevoked) return Infrastructure.AdminStatusResult.NotFound;
            (ClientId, DisplayName, Scopes, Role, Origins, RequestsPerMinute) =
                (Editing.ClientId, Editing.DisplayName, Editing.Scopes.ToList(), Editing.Role, string.Join('\n', Editing.Origins), Editing.RequestsPerMinute);
            (Kind, RedirectUris) = (Editing.Kind, string.Join('\n', Editing.RedirectUris));
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Validate() is not { } settings) return Page();
        var (client, secret) = await store.CreateAsync(settings, ct);
        NewClient = client;
        if (secret is not null) NewSecret = (client, secret);
        Message = T["ApiClientCreated", client.DisplayName];
        Reset();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Editing = ClientId is null ? null : Clients.FirstOrDefault(c => c.ClientId == ClientId && !c.IsRevoked);
        if (Editing is null) return Gone();
        Kind = Editing.Kind; // A client's kind is set once, when it is created.
        if (Validate() is not { } settings) return Page();
        await store.UpdateAsync(Editing.ClientId, settings, ct);
        Message = T["ApiClientSaved", settings.DisplayName];
        Editing = null;
        Reset();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRotateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var client = Clients.FirstOrDefault(c => c.ClientId == ClientId && !c.IsRevoked);
        if (client is null || await store.RotateSecretAsync(client.ClientId, ct) is not { } secret) return Gone();
        NewSecret = (client, secret);
        Message = T["ApiClientRotated", client.DisplayName];
        Reset();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var client = Clients.FirstOrDefault(c => c.ClientId == ClientId && !c.IsRevoked);
        if (client is null) return Gone();
        await store.RevokeAsync(client.ClientId, ct);
        Message = T["ApiClientRevoked", client.DisplayName];
        Reset();
        await LoadAsync(ct);
        return Page();
    }

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    private IActionResult Gone()
    {
        Errors[""] = T["ApiClientGone"];
        Reset();
        return Page();
    }

    private void Reset()
    {
        (ClientId, DisplayName, Scopes, Role, Origins, RequestsPerMinute) = (null, null, [], null, null, 600);
        (Kind, RedirectUris) = (ApiClientKind.Service, null);
        ModelState.Clear();
    }

    private ApiClientSettings? Validate()
    {
        var name = DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > 100) Errors[nameof(DisplayName)] = T["ApiClientNameRequired"];
        var scopes = Scopes.Distinct(StringComparer.Ordinal).ToList();
        if (scopes.Any(s => !ApiScopes.All.Contains(s))) Errors[nameof(Scopes)] = T["ApiClientUnknownScope"];
        var role = string.IsNullOrWhiteSpace(Role) ? null : Role;
        if (role is not null && !AllRoles.Contains(role, StringComparer.Ordinal)) Errors[nameof(Role)] = T["ApiClientUnknownRole"];
        var origins = new List<string>();
        foreach (var line in (Origins ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Uri.TryCreate(line, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.PathAndQuery == "/" && uri.UserInfo.Length == 0 && !line.EndsWith('/'))
                origins.Add(uri.GetLeftPart(UriPartial.Authority));
            else
            {
                Errors[nameof(Origins)] = T["ApiClientBadOrigin", line];
                break;
            }
        }
        if (RequestsPerMinute is not (>= 1 and <= 1_000_000)) Errors[nameof(RequestsPerMinute)] = T["ApiClientBadRate"];
        if (!Enum.IsDefined(Kind)) Kind = ApiClientKind.Service;
        var redirects = new List<string>();
        if (Kind == ApiClientKind.BrowserApp)
        {
            role = null;
            foreach (var line in (RedirectUris ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (RedirectUriRule.IsAllowed(line)) redirects.Add(line);
                else
                {
                    Errors[nameof(RedirectUris)] = T["ApiClientBadRedirectUri", line];
                    break;
                }
            }
            if (redirects.Count == 0 && !Errors.ContainsKey(nameof(RedirectUris))) Errors[nameof(RedirectUris)] = T["ApiClientRedirectUriRequired"];
        }
        return Errors.Count > 0 ? null : new ApiClientSettings(name, scopes, role, origins.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), RequestsPerMinute!.Value,
            Kind, redirects.Distinct(StringComparer.Ordinal).ToList());
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Clients = await store.ListAsync(ct);
        AllRoles = await roles.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(ct);
    }
}
