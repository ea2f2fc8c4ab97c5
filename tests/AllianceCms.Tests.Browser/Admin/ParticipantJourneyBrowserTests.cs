using System.Globalization;
using System.Text.RegularExpressions;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Admin;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Tests.Integration.Media;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

/// <summary>
/// A new participant from start to finish, as an editor would do it in Chromium: the form with a logo
/// uploaded through the media picker and the place set on the map, a draft, its French translation,
/// the previews in both languages, publication; then the public page, the map and the home page figure.
/// </summary>
[Collection("browser")]
public sealed partial class ParticipantJourneyBrowserTests(BrowserSite site)
{
    [GeneratedRegex(@"\d[\d,.\u00a0\u202f ]*")]
    private static partial Regex Figure();

    /// <summary>The home page's "N cities and regions" figure, as a visitor reads it.</summary>
    private static async Task<int> ParticipantsFigureAsync(IPage visitor)
    {
        await visitor.GotoAsync("/");
        var text = await visitor.Locator("#counter").TextContentAsync() ?? "";
        Assert.Contains("cities and regions", text);
        return int.Parse(Regex.Replace(Figure().Match(text).Value, @"\D", ""), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task An_editor_creates_translates_previews_and_publishes_a_participant_with_a_logo_and_a_place_on_the_map()
    {
        var visitor = await site.NewPageAsync();
        var figureBefore = await ParticipantsFigureAsync(visitor);
        var editorUser = await AdminUsers.CreateAsync(site.Site, "journey-editor", "en", "Editor");
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page, "/admin/content/Member/new", editorUser.UserName, editorUser.Password);
        var name = Items.Unique("Strasbourg Eurométropole");

        // The form: name, kind, country (the searchable picker), status.
        await page.GetByLabel("Name of the authority").FillAsync(name);
        await page.GetByLabel("Type of authority").SelectOptionAsync("city");
        var country = page.GetByRole(AriaRole.Combobox, new() { Name = "Country" });
        await country.FillAsync("Fran");
        await page.GetByRole(AriaRole.Option, new() { Name = "France", Exact = true }).WaitForAsync();
        await country.PressAsync("ArrowDown");
        await country.PressAsync("Enter");
        await page.GetByRole(AriaRole.Combobox, new() { NameRegex = new Regex("^Status") }).SelectOptionAsync("active");

        // The logo, uploaded from the form with its alternative text in both languages, is chosen.
        var logoName = "crest-" + Guid.NewGuid().ToString("N")[..6] + ".png";
        var upload = page.Locator("[data-media-upload='f-Member-Logo']");
        await upload.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = logoName, MimeType = "image/png", Buffer = MediaTestFiles.Image(240, 240) });
        await upload.GetByLabel("Alternative text in English").FillAsync("Crest of the Eurometropolis");
        await upload.GetByLabel("Alternative text in French").FillAsync("Blason de l'Eurométropole");
        await upload.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(upload.Locator(".media-inline-status")).ToContainTextAsync("1 file(s) uploaded.");
        Assert.Equal(logoName, await page.Locator("#f-Member-Logo").InputValueAsync());

        // The place: a click on Strasbourg on the map fills the coordinates.
        var map = page.GetByRole(AriaRole.Img, new() { Name = "Map of Europe for Location on the map" });
        await GeoPickerBrowserTests.ClickAtAsync(map, 48.5734, 7.7521);
        var lat = double.Parse(await page.GetByRole(AriaRole.Spinbutton, new() { Name = "Latitude" }).InputValueAsync(), CultureInfo.InvariantCulture);
        var lng = double.Parse(await page.GetByRole(AriaRole.Spinbutton, new() { Name = "Longitude" }).InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.InRange(lat, 48.3, 48.85);
        Assert.InRange(lng, 7.45, 8.05);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/content/*/edit");
        await Assertions.Expect(page.GetByText($"The draft of “{name}” is saved.")).ToBeVisibleAsync();
        var id = page.Url.Split('/')[^2];

        // The French translation, from the English one: the shared fields come along.
        await page.GetByRole(AriaRole.Button, new() { Name = "Translate into Français" }).ClickAsync();
        await page.WaitForURLAsync("**/edit?source=en");
        var frenchId = page.Url.Split('/')[^2].Split('?')[0];
        Assert.NotEqual(id, frenchId);
        Assert.Equal(name, await page.GetByLabel("Name of the authority").InputValueAsync());
        await page.GetByLabel("Focal point's role").FillAsync("Chargée de l'inclusion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"The draft of “{name}” is saved.")).ToBeVisibleAsync();

        // The previews, from the editor's links, in both languages: the name and the logo with its alt text.
        foreach (var (language, alt) in new[] { ("English", "Crest of the Eurometropolis"), ("Français", "Blason de l'Eurométropole") })
        {
            var preview = await page.RunAndWaitForPopupAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = $"Preview ({language})" }).ClickAsync());
            await preview.WaitForLoadStateAsync();
            await Assertions.Expect(preview.Locator("h1")).ToHaveTextAsync(name);
            Assert.Equal(alt, await preview.Locator("img.member-logo").GetAttributeAsync("alt"));
            await preview.CloseAsync();
        }

        // Publication of both languages.
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"“{name}” is published.")).ToBeVisibleAsync();
        await page.GotoAsync($"/admin/content/{id}/edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"“{name}” is published.")).ToBeVisibleAsync();

        // The public side: a point on the participants' map leads to the page, with the logo.
        var stored = await site.Site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));
        Assert.NotNull(stored);
        Assert.True(stored.Published, $"{id} {stored.Culture} v{stored.Number} {page.Url}");
        Assert.NotNull(await site.Site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Published)));
        Assert.NotNull(await site.Site.WithContentAsync((content, _) => content.GetAsync(frenchId, VersionOptions.Published)));
        Assert.Equal(logoName, stored.Get("Member", "Logo")!.AsArray().Single()!.GetValue<string>());
        await visitor.GotoAsync("/participants");
        var point = visitor.Locator($"a.map-point[aria-label='{name}']");
        await Assertions.Expect(point).ToHaveCountAsync(1);
        await point.EvaluateAsync("a => a.dispatchEvent(new MouseEvent('click', { bubbles: true }))");
        await visitor.WaitForURLAsync("**/participants/*");
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync(name);
        Assert.Equal("Crest of the Eurometropolis", await visitor.Locator("img.member-logo").GetAttributeAsync("alt"));
        await Accessibility.AssertNoViolationsAsync(visitor);
        await visitor.Locator(".language-switch a[hreflang=fr]").ClickAsync();
        await visitor.WaitForURLAsync("**/fr/**");
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync(name);
        Assert.Equal("Blason de l'Eurométropole", await visitor.Locator("img.member-logo").GetAttributeAsync("alt"));

        Assert.Equal(figureBefore + 1, await ParticipantsFigureAsync(visitor));
    }
}
