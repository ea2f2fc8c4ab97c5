using AllianceCms.Core.Localization;
using AllianceCms.Core.Modules;
using AllianceCms.Core.Security;

namespace AllianceCms.Admin.Security;

/// <summary>
/// The permissions a role editor offers besides content ones: those registered as <see cref="Permission"/>
/// services (the admin's own, media, the task inbox…) and those modules declare. A grant a role holds
/// that nobody declares is still shown, by name, so saving a role never drops it unseen.
/// </summary>
public sealed class PermissionCatalog(IEnumerable<Permission> registered, ModuleCatalog modules)
{
    /// <summary>Permissions of the admin's neighbours, described here so that the role editor can name them.</summary>
    public static IReadOnlyList<Permission> Neighbours { get; } =
    [
        new("media.manage", new LocalizedText("Browse, upload, describe and delete media files", "Parcourir, téléverser, décrire et supprimer des médias")),
        new(Tasks.TaskInbox.Permission, new LocalizedText("Handle the tasks of the task inbox", "Traiter les tâches de la boîte de tâches")),
    ];

    public IReadOnlyList<Permission> Others(IEnumerable<string> granted)
    {
        var declared = registered.Concat(modules.Modules.SelectMany(m => m.Permissions))
            .GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var undeclared = granted.Where(g => g != Permission.All && !IsContentPermission(g) && declared.All(d => d.Name != g))
            .Distinct(StringComparer.Ordinal).Select(g => new Permission(g, new LocalizedText()));
        return declared.Concat(undeclared).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public static bool IsContentPermission(string name) => name.StartsWith("content.", StringComparison.Ordinal);
}
