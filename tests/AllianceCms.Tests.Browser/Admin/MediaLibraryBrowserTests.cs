using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Tests.Integration.Media;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

[Collection("browser")]
public sealed class MediaLibraryBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task An_editor_uploading_an_image_without_alt_text_is_stopped_and_the_media_pages_have_no_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page, "/admin/media");
        Assert.Equal("Media library", await page.Locator("h1").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        var folder = "browser-" + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("New folder").FillAsync(folder);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the folder" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/media?folder={folder}");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Upload files" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/media/upload?folder={folder}");
        await Accessibility.AssertNoViolationsAsync(page);

        var logo = new FilePayload { Name = "crest.png", MimeType = "image/png", Buffer = MediaTestFiles.Image(400, 200) };
        await page.Locator("#media-file-0").SetInputFilesAsync(logo);
        await page.GetByLabel("Alternative text in English").First.FillAsync("Crest of Browserville");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        var alert = page.Locator("#media-upload-errors");
        await alert.WaitForAsync();
        Assert.Contains("crest.png: the alternative text in French is required for an image.", await alert.TextContentAsync());
        Assert.Equal("Crest of Browserville", await page.Locator("#media-alt-0-en").InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator("#media-file-0").SetInputFilesAsync(logo);
        await page.Locator("#media-alt-0-fr").FillAsync("Blason de Browserville");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/media?folder={folder}");
        Assert.Contains("1 file(s) uploaded.", await page.Locator(".notice-success").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "List" }).ClickAsync();
        await page.WaitForURLAsync("**view=list");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "crest.png" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/media/files/{folder}/crest.png");
        Assert.Equal("Crest of Browserville", await page.Locator(".media-preview img").GetAttributeAsync("alt"));
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task An_editor_uploads_a_logo_from_the_content_editor_and_it_is_chosen()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page, "/admin/content/Member/new");

        var box = page.Locator("[data-media-upload='f-Member-Logo']");
        Assert.True(await box.IsVisibleAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        var name = "inline-" + Guid.NewGuid().ToString("N")[..6] + ".png";
        await box.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "image/png", Buffer = MediaTestFiles.Image(120, 60) });
        await box.Locator("[data-alt-culture=en]").FillAsync("Inline crest");
        await box.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        var status = box.Locator(".media-inline-status");
        await Assertions.Expect(status).ToContainTextAsync("French is required");

        await box.Locator("[data-alt-culture=fr]").FillAsync("Blason en ligne");
        await box.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("1 file(s) uploaded.");
        Assert.Equal(name, await page.Locator("#f-Member-Logo").InputValueAsync());
    }
}
