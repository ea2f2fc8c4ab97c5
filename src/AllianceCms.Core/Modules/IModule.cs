using AllianceCms.Core.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Core.Modules;

/// <summary>
/// A feature the host loads: it names itself and its dependencies, registers its services
/// (content handlers, index providers, field kinds, workflow activities, templates…), maps its
/// routes, and brings the permissions, admin menu entries and numbered content-definition
/// migrations it needs.
/// </summary>
public interface IModule
{
    ModuleInfo Info { get; }

    void ConfigureServices(IServiceCollection services) { }

    void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    IEnumerable<Permission> Permissions => [];

    IEnumerable<AdminMenuEntry> AdminMenu => [];

    /// <summary>Steps applied once each, in number order, each in its own transaction.</summary>
    IReadOnlyList<ContentMigrationStep> Migrations => [];
}

/// <summary>A module's identity; <see cref="Dependencies"/> are ids of modules it needs loaded (and migrated) first.</summary>
public sealed record ModuleInfo(string Id, string Name, params string[] Dependencies);

/// <summary>An entry of the admin's menu, pointing at a path under /admin.</summary>
public sealed record AdminMenuEntry(string Id, Localization.LocalizedText Label, string Path, string? Permission = null, int Position = 0);
