using System.Globalization;
using System.Security.Claims;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Settings;

namespace AllianceCms.Admin.Infrastructure;

/// <summary>What the admin layout shows around every page: the site's name and the types the user may open.</summary>
public sealed class AdminShell(IContentDefinitionStore definitions, IDocumentStore documents)
{
    public sealed record NavigationEntry(string TypeName, string Label, bool Localizable = false);

    public sealed record Model(string SiteName, IReadOnlyList<NavigationEntry> Types);

    private Model? _model;

    public async Task<Model> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (_model is not null) return _model;
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentName, ct);
        var siteName = settings?.SiteName.For(culture) is { Length: > 0 } name ? name : "Alliance CMS";
        IReadOnlyList<NavigationEntry> types = [];
        if (user.HasAnyPermission())
        {
            var snapshot = await definitions.GetSnapshotAsync(ct);
            types = user.Permissions().ListableTypes(snapshot)
                .Select(t => new NavigationEntry(t.Name, TypeLabel(t, culture), t.Settings.Localizable))
                .OrderBy(e => e.Label, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
                .ToList();
        }
        return _model = new Model(siteName, types);
    }

    public static string TypeLabel(ContentTypeModel type, string culture) =>
        type.Type.Label.For(culture) is { Length: > 0 } label ? label : type.Name;
}
