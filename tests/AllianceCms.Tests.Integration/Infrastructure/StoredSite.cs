using System.Text.Json.Nodes;
using AllianceCms.Data;
using AllianceCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Infrastructure;

/// <summary>One stored version, with what must survive an export and import (version ids and numbers need not).</summary>
public sealed record StoredVersion(
    string ContentItemId, string VersionId, int Number, string ContentType, string Culture, string LocalizationSet,
    string DisplayText, string? Slug, bool Published, bool Latest, DateTime CreatedUtc, DateTime? PublishedUtc, JsonObject Content)
{
    public override string ToString() => $"{ContentItemId} v{Number} ({Culture}, {(Published ? "published" : "draft")}) '{DisplayText}'";
}

/// <summary>
/// Everything a site holds that an export, a backup or a restore must carry over, read straight from
/// the tables: content versions, roles with their permissions, content definitions and site settings.
/// </summary>
public sealed class StoredSite
{
    public required IReadOnlyList<StoredVersion> Versions { get; init; }
    public required IReadOnlyDictionary<string, string[]> Roles { get; init; }
    public required IReadOnlyDictionary<string, JsonNode> Definitions { get; init; }
    public required JsonNode? Settings { get; init; }
    public required IReadOnlyList<string> UserNames { get; init; }

    /// <summary>The latest version of each item that is not deleted, by item id.</summary>
    public IReadOnlyDictionary<string, StoredVersion> Latest => Versions.Where(v => v.Latest).ToDictionary(v => v.ContentItemId);

    /// <summary>The published version of each item, by item id.</summary>
    public IReadOnlyDictionary<string, StoredVersion> Published => Versions.Where(v => v.Published).ToDictionary(v => v.ContentItemId);

    public static async Task<StoredSite> ReadAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<CmsDbContext>();
        var rows = await db.ContentItems.AsNoTracking().Where(r => r.DeletedUtc == null).OrderBy(r => r.Id).ToListAsync();
        var roles = await db.Roles.AsNoTracking().ToListAsync();
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == CmsRole.PermissionClaimType).ToListAsync();
        var definitions = await db.ContentDefinitions.AsNoTracking().ToListAsync();
        var settings = await db.Documents.AsNoTracking().Where(d => d.Name == "SiteSettings").Select(d => d.Json).FirstOrDefaultAsync();
        return new StoredSite
        {
            Versions = rows.Select(r => new StoredVersion(r.ContentItemId, r.ContentItemVersionId, r.Number, r.ContentType, r.Culture, r.LocalizationSet,
                r.DisplayText, r.Slug, r.Published, r.Latest, r.CreatedUtc, r.PublishedUtc, JsonNode.Parse(r.Data)!.AsObject())).ToList(),
            Roles = roles.ToDictionary(r => r.Name!, r => claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).Order(StringComparer.Ordinal).ToArray()),
            Definitions = definitions.ToDictionary(d => $"{d.Kind}:{d.Name}", d => JsonNode.Parse(d.Json)!),
            Settings = settings is null ? null : JsonNode.Parse(settings),
            UserNames = await db.Users.AsNoTracking().Select(u => u.UserName!).OrderBy(n => n).ToListAsync(),
        };
    }

    /// <summary>
    /// Fails unless <paramref name="actual"/> holds the same latest and published version of every item
    /// as <paramref name="expected"/> (ids, type, culture, localization set, text, slug, flags, dates and
    /// fields), the same roles, definitions and settings. With <paramref name="sameHistory"/>, every
    /// version must be there too, with the same version ids (a backup).
    /// </summary>
    public static void AssertSame(StoredSite expected, StoredSite actual, bool sameHistory = false)
    {
        AssertSameVersions("latest", expected.Latest, actual.Latest);
        AssertSameVersions("published", expected.Published, actual.Published);
        if (sameHistory)
        {
            AssertSameVersions("version", expected.Versions.ToDictionary(v => v.VersionId), actual.Versions.ToDictionary(v => v.VersionId));
            Assert.Equal(expected.UserNames, actual.UserNames);
        }

        Assert.Equal(expected.Roles.Keys.Order(), actual.Roles.Keys.Order());
        foreach (var (role, permissions) in expected.Roles) Assert.Equal(permissions, actual.Roles[role]);
        Assert.Equal(expected.Definitions.Keys.Order(), actual.Definitions.Keys.Order());
        foreach (var (name, definition) in expected.Definitions)
            Assert.True(JsonNode.DeepEquals(definition, actual.Definitions[name]), $"Definition {name} differs:\n{definition.ToJsonString()}\n{actual.Definitions[name].ToJsonString()}");
        Assert.True(JsonNode.DeepEquals(expected.Settings, actual.Settings), $"Settings differ:\n{expected.Settings?.ToJsonString()}\n{actual.Settings?.ToJsonString()}");
    }

    private static void AssertSameVersions(string which, IReadOnlyDictionary<string, StoredVersion> expected, IReadOnlyDictionary<string, StoredVersion> actual)
    {
        var missing = expected.Keys.Except(actual.Keys).Order().ToList();
        var extra = actual.Keys.Except(expected.Keys).Order().ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The {which} versions differ: missing {string.Join(", ", missing.Take(20))}; unexpected {string.Join(", ", extra.Take(20))}.");
        foreach (var (key, e) in expected)
        {
            var a = actual[key];
            var where = $"{which} {e}";
            Assert.True(e.ContentItemId == a.ContentItemId, $"{where}: item id {a.ContentItemId}");
            Assert.True(e.ContentType == a.ContentType, $"{where}: type {a.ContentType}");
            Assert.True(e.Culture == a.Culture, $"{where}: culture {a.Culture}");
            Assert.True(e.LocalizationSet == a.LocalizationSet, $"{where}: localization set {a.LocalizationSet}");
            Assert.True(e.DisplayText == a.DisplayText, $"{where}: display text '{a.DisplayText}'");
            Assert.True(e.Slug == a.Slug, $"{where}: slug '{a.Slug}' instead of '{e.Slug}'");
            Assert.True(e.Published == a.Published && e.Latest == a.Latest, $"{where}: published {a.Published}, latest {a.Latest}");
            Assert.True(e.CreatedUtc == a.CreatedUtc, $"{where}: created {a.CreatedUtc:O} instead of {e.CreatedUtc:O}");
            if (e.Published) Assert.True(e.PublishedUtc == a.PublishedUtc, $"{where}: published on {a.PublishedUtc:O} instead of {e.PublishedUtc:O}");
            Assert.True(JsonNode.DeepEquals(e.Content, a.Content), $"{where}: content differs:\n{e.Content.ToJsonString()}\n{a.Content.ToJsonString()}");
        }
    }
}
