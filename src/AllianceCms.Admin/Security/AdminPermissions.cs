using AllianceCms.Core.Localization;
using AllianceCms.Core.Security;

namespace AllianceCms.Admin.Security;

/// <summary>The permissions of the admin's own pages (content permissions are per type, see <see cref="Permission.ForContent"/>).</summary>
public static class AdminPermissions
{
    public const string ViewAuditTrail = "audit.view";
    public const string ManageUsers = "users.manage";
    public const string ManageRoles = "roles.manage";
    public const string ManageSettings = "settings.manage";
    public const string ManageContentTypes = "content-types.manage";
    public const string ManageTemplates = "templates.manage";

    public static IReadOnlyList<Permission> All { get; } =
    [
        new(ViewAuditTrail, Text("Read and export the audit trail", "Consulter et exporter le journal d'audit")),
        new(ManageUsers, Text("Create, edit, lock and disable users", "Créer, modifier, verrouiller et désactiver des utilisateurs")),
        new(ManageRoles, Text("Edit roles and their permissions", "Modifier les rôles et leurs permissions")),
        new(ManageSettings, Text("Edit the site settings and menus", "Modifier les paramètres du site et les menus")),
        new(ManageContentTypes, Text("Edit content types, their parts and fields, and purge removed fields' data", "Modifier les types de contenu, leurs parties et champs, et purger les données des champs supprimés")),
        new(ManageTemplates, Text("Override the site's Liquid templates", "Remplacer les modèles Liquid du site")),
    ];

    private static LocalizedText Text(string en, string fr) => new(en, fr);
}
