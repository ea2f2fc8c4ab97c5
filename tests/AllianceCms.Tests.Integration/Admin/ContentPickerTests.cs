using System.Net;
using System.Text.Json;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>The searchable content picker: its JSON endpoint and the select it enhances (which works without JavaScript).</summary>
[Collection("site")]
public sealed class ContentPickerTests(SiteFactory site)
{
    [Fact]
    public async Task The_picker_lists_items_of_the_asked_types_by_title_in_a_culture()
    {
        var word = Guid.NewGuid().ToString("N")[..8];
        await site.WithContentAsync(async (content, _) =>
        {
            await content.CreateAsync(await Items.NewCountryAsync(content, $"Pickland {word}", "QP"), publish: true).CreatedAsync();
            await content.CreateAsync(await Items.NewCountryAsync(content, $"Pickonia {word}", "QO"), publish: false).CreatedAsync();
            await content.CreateAsync(await Items.NewNewsAsync(content, $"Nouvelle choisie {word}", culture: "fr"), publish: true).CreatedAsync();
            await content.CreateAsync(await Items.NewNewsAsync(content, $"Pick news {word}"), publish: true).CreatedAsync();
            return 0;
        });
        var editor = await AdminUsers.CreateAsync(site, "picker", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        var answer = await session.GetAsync($"/admin/content-picker?types=Country&culture=en&q={word}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.Response.Content.Headers.ContentType!.MediaType);
        var items = JsonDocument.Parse(answer.Body).RootElement.GetProperty("items").EnumerateArray().ToList();
        // Drafts too (an item may be linked before it is published), sorted by title, English only, countries only.
        Assert.Equal([$"Pickland {word}", $"Pickonia {word}"], items.Select(i => i.GetProperty("title").GetString()));
        Assert.All(items, i => Assert.Equal("Country", i.GetProperty("type").GetString()));

        var french = JsonDocument.Parse((await session.GetAsync($"/admin/content-picker?types=Country,NewsItem&culture=fr&q={word}")).Body).RootElement.GetProperty("items");
        Assert.Equal($"Nouvelle choisie {word}", french.EnumerateArray().Single().GetProperty("title").GetString());
        var long_ = await session.GetAsync("/admin/content-picker?types=Nope&q=" + new string('x', 5000));
        Assert.Equal(HttpStatusCode.OK, long_.Status);
        Assert.Empty(JsonDocument.Parse(long_.Body).RootElement.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Private_types_are_never_listed_to_users_who_may_not_read_them()
    {
        var desk = await AdminUsers.CreateAsync(site, "picker-desk", "en", "DeskEditor");
        using var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password);

        var answer = await session.GetAsync("/admin/content-picker?types=JoinApplication");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(JsonDocument.Parse(answer.Body).RootElement.GetProperty("items").EnumerateArray());
        using var anonymous = AdminSession.Anonymous(site);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin/content-picker?types=Country")).Status);
    }

    [Fact]
    public async Task A_reference_field_is_a_select_marked_for_the_picker_with_its_types_and_the_items_language()
    {
        var editor = await AdminUsers.CreateAsync(site, "picker-form", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        var page = await session.GetAsync("/admin/content/NewsItem/new?culture=fr");

        var select = page.Get("select#f-NewsItem-RelatedCountries");
        Assert.Equal("true", select.GetAttribute("data-content-picker"));
        Assert.Equal("/admin/content-picker?types=Country&culture=fr", select.GetAttribute("data-picker-url"));
        Assert.Contains("Tapez une partie d'un titre", select.GetAttribute("data-picker-hint"));
        Assert.NotNull(page.Find("script[src^='/admin/assets/admin-content-picker.js']"));
    }
}
