using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>
/// The point field's editor: latitude and longitude inputs that work without JavaScript, and the map
/// picker's hidden container and script (served from the admin's assets) next to them when the field is editable.
/// </summary>
[Collection("site")]
public sealed class GeoPointEditorTests(SiteFactory site)
{
    private async Task<ContentItem> MemberAsync(string name) => await site.WithContentAsync(async (content, _) =>
        await content.CreateAsync(await Items.NewMemberAsync(content, Items.Unique(name), "country-fr"), publish: true).CreatedAsync());

    [Fact]
    public async Task An_editable_point_has_its_inputs_and_the_map_picker_in_the_editors_language()
    {
        var editor = await AdminUsers.CreateAsync(site, "geo-form", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        var page = await session.GetAsync("/admin/content/Member/new");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Member.Location.lat", page.Get("input#f-Member-Location-lat").GetAttribute("name"));
        Assert.Equal("Member.Location.lng", page.Get("input#f-Member-Location-lng").GetAttribute("name"));
        var picker = page.Get("fieldset [data-geo-picker]");
        // Hidden until the script draws the map: without JavaScript the inputs are the whole editor.
        Assert.True(picker.HasAttribute("hidden"));
        Assert.Equal("f-Member-Location-lat", picker.GetAttribute("data-lat-input"));
        Assert.Equal("f-Member-Location-lng", picker.GetAttribute("data-lng-input"));
        Assert.StartsWith("Carte de l’Europe pour Position sur la carte", picker.GetAttribute("data-map-label"));
        Assert.Equal("Point placé en latitude {0}, longitude {1}.", picker.GetAttribute("data-point-set"));
        Assert.Contains("Cliquez sur la carte", picker.TextContent);
        var script = page.Get("script[src^='/admin/assets/admin-geo-picker.js']");
        Assert.Equal("module", script.GetAttribute("type"));
        Assert.Equal("", script.TextContent);

        var asset = await session.Client.GetAsync(script.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType!.MediaType);
        var code = await asset.Content.ReadAsStringAsync();
        Assert.Contains("data-geo-picker", code);
        // The outlines travel in the bundle as one path drawn at build time.
        Assert.Matches("M\\d", code);
    }

    [Fact]
    public async Task A_read_only_point_has_no_map_picker()
    {
        var member = await MemberAsync("Geo read only");
        var desk = await AdminUsers.CreateAsync(site, "geo-reader", "en", "DeskEditor");
        using var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password);

        var page = await session.GetAsync($"/admin/content/{member.ContentItemId}/edit");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Get("input#f-Member-Location-lat").HasAttribute("readonly"));
        Assert.Null(page.Find("[data-geo-picker]"));
        Assert.Null(page.Find("script[src^='/admin/assets/admin-geo-picker.js']"));
    }

    [Fact]
    public async Task Coordinates_typed_without_the_map_are_saved_and_a_point_off_the_globe_is_refused_in_the_editors_language()
    {
        var member = await MemberAsync("Geo typed");
        var editor = await AdminUsers.CreateAsync(site, "geo-typed", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var url = $"/admin/content/{member.ContentItemId}/edit";

        var refused = await session.SubmitAsync((await session.GetAsync(url)).Form("#content-form")
            .Set("Member.Location.lat", "123").Set("Member.Location.lng", "7.75"));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("demande une latitude entre -90 et 90", refused.Text(".field-error"));
        Assert.Equal("123", refused.Get("input#f-Member-Location-lat").GetAttribute("value"));

        var saved = await session.SubmitAsync((await session.GetAsync(url)).Form("#content-form")
            .Set("Member.Location.lat", "48.57342").Set("Member.Location.lng", "7.75211"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var latest = await site.WithContentAsync((content, _) => content.GetAsync(member.ContentItemId, VersionOptions.Latest));
        var point = latest!.Get("Member", "Location")!.AsObject();
        Assert.Equal(48.57342m, point["lat"]!.GetValue<decimal>());
        Assert.Equal(7.75211m, point["lng"]!.GetValue<decimal>());
    }
}
