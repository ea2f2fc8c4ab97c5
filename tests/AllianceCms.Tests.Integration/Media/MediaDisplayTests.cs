using System.Net;
using System.Text.Json.Nodes;
using AllianceCms.Tests.Integration.Admin;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Media;

/// <summary>Library images on public pages: responsive markup with real sizes and alternative text, and the content editor's picker.</summary>
[Collection("site")]
public sealed class MediaDisplayTests(SiteFactory site)
{
    [Fact]
    public async Task A_participant_page_shows_its_logo_as_a_responsive_image_with_the_alt_text_of_the_page_language()
    {
        var path = await MediaTestFiles.StoreAsync(site.Services, Items.Unique("crest") + ".png", MediaTestFiles.Image(900, 300), en: "Crest of Logoville", fr: "Blason de Logoville");
        var version = (await site.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<AllianceCms.Media.MediaLibrary>().FindAsync(path))!.Version;
        var member = await site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewMemberAsync(content, Items.Unique("Logoville"), "country-fr");
            item.Set("Member", "Logo", new JsonArray(path));
            return await content.CreateAsync(item, publish: true).CreatedAsync();
        });

        var response = await site.CreateClient().GetAsync("/participants/" + member.Slug);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = AdminSession.Parse(await response.Content.ReadAsStringAsync());
        var img = page.QuerySelector("img.member-logo") ?? throw new Xunit.Sdk.XunitException("No logo on the page.");
        Assert.Equal($"/media/{path}?w=320&v={version}", img.GetAttribute("src"));
        Assert.Equal($"/media/{path}?w=160&v={version} 160w, /media/{path}?w=320&v={version} 320w, /media/{path}?w=640&v={version} 640w, /media/{path}?v={version} 900w", img.GetAttribute("srcset"));
        Assert.Equal(("320", "107"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("Crest of Logoville", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));

        // Every URL of the markup answers, at the width it announces.
        foreach (var candidate in img.GetAttribute("srcset")!.Split(", "))
        {
            var (url, width) = (candidate.Split(' ')[0], int.Parse(candidate.Split(' ')[1].TrimEnd('w')));
            var bytes = await site.CreateClient().GetByteArrayAsync(url);
            using var bitmap = SkiaSharp.SKBitmap.Decode(bytes);
            Assert.Equal(width, bitmap.Width);
        }
    }

    [Fact]
    public async Task New_alt_text_reaches_pages_already_cached()
    {
        var path = await MediaTestFiles.StoreAsync(site.Services, Items.Unique("recap") + ".png", MediaTestFiles.Image(200, 100), en: "Old words", fr: "Anciens mots");
        var member = await site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewMemberAsync(content, Items.Unique("Recaption"), "country-fr");
            item.Set("Member", "Logo", new JsonArray(path));
            return await content.CreateAsync(item, publish: true).CreatedAsync();
        });
        var client = site.CreateClient();
        Assert.Contains("alt=\"Old words\"", await client.GetStringAsync("/participants/" + member.Slug));

        await using (var scope = site.Scope())
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AllianceCms.Media.MediaLibrary>()
                .UpdateAltTextAsync(path, new Dictionary<string, string?> { ["en"] = "New words", ["fr"] = "Nouveaux mots" }));

        Assert.Contains("alt=\"New words\"", await client.GetStringAsync("/participants/" + member.Slug));
    }

    [Fact]
    public async Task A_path_that_is_not_in_the_library_draws_no_broken_image()
    {
        var member = await site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewMemberAsync(content, Items.Unique("Nologo"), "country-fr");
            item.Set("Member", "Logo", new JsonArray("logos/missing.png"));
            return await content.CreateAsync(item, publish: true).CreatedAsync();
        });
        var html = await site.CreateClient().GetStringAsync("/participants/" + member.Slug);
        Assert.DoesNotContain("logos/missing.png", html);
    }

    [Fact]
    public async Task The_content_editor_picks_a_media_field_among_the_library_files()
    {
        var path = await MediaTestFiles.StoreAsync(site.Services, Items.Unique("pick") + ".png", MediaTestFiles.Image(200, 100), en: "Picked logo", fr: "Logo choisi");
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var page = await session.GetAsync("/admin/content/Member/new");
        var option = page.Find($"select#f-Member-Logo option[value='{path}']");
        Assert.NotNull(option);
        Assert.Contains("Picked logo", option.TextContent);
    }
}
