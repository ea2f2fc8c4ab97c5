using System.Net;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin.ContentTypes;

/// <summary>
/// A site of its own for the content types editor's tests: they change definitions, which the other
/// collections' tests must not see. Each test makes types of its own with unique names.
/// </summary>
public sealed class ContentTypesSiteFactory : CmsFactory
{
    protected override string Recipe => "blank";
}

[CollectionDefinition("content-types")]
public sealed class ContentTypesCollection : ICollectionFixture<ContentTypesSiteFactory>;

/// <summary>An administrator working through the editor's pages, as a browser without JavaScript would.</summary>
internal sealed class ContentTypesAdmin(AdminSession session)
{
    public AdminSession Session => session;

    public static async Task<ContentTypesAdmin> SignInAsync(CmsFactory site, string culture = "en")
    {
        var user = await AdminUsers.CreateAsync(site, "types-admin", culture, "Administrator");
        return new ContentTypesAdmin(await AdminSession.SignedInAsync(site, user.UserName, user.Password));
    }

    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>Creates a type (with its own part of the same name) through the list page's form.</summary>
    public async Task<string> CreateTypeAsync(string prefix, string labelEn = "Recipe", string labelFr = "Recette")
    {
        var name = UniqueName(prefix);
        var form = (await session.GetAsync("/admin/content-types")).Form("#type-new")
            .Set("name", name).Set("label-en", labelEn).Set("label-fr", labelFr);
        var created = await session.SubmitAsync(form);
        Assert.True(created.Status == HttpStatusCode.Redirect, $"Creating {name}: {created.Status} {created.Text("main")}");
        Assert.Equal($"/admin/content-types/{name}", created.Location);
        return name;
    }

    public async Task<AdminPage> AddFieldAsync(string type, string part, string name, string kind, string labelEn, string labelFr, params (string Name, string Value)[] settings)
    {
        var page = await session.GetAsync($"/admin/content-types/{type}/parts/{part}/add-field");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = page.Form("#field-form").Set("name", name).Set("kind", kind).Set("label-en", labelEn).Set("label-fr", labelFr);
        foreach (var (input, value) in settings) form.Set(input, value);
        return await session.SubmitAsync(form);
    }

    /// <summary>Clicks a button of the type page's parts and fields form.</summary>
    public async Task<AdminPage> ClickAsync(string type, string buttonSelector)
    {
        var page = await session.GetAsync($"/admin/content-types/{type}");
        return await session.SubmitAsync(page.Form("#type-structure"), buttonSelector);
    }

    public async Task SaveSettingsAsync(string type, params (string Name, string[] Values)[] inputs)
    {
        var form = (await session.GetAsync($"/admin/content-types/{type}")).Form("#type-settings");
        foreach (var (name, values) in inputs) form.Set(name, values);
        var saved = await session.SubmitAsync(form);
        Assert.True(saved.Status == HttpStatusCode.Redirect, $"Saving {type}: {saved.Status} {saved.Text("main")}");
    }
}
