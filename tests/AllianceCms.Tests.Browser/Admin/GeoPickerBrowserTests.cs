using System.Globalization;
using Alliance.Members.Map;
using AllianceCms.Tests.Browser.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

/// <summary>
/// The point field's map picker in Chromium: a click on the map fills the latitude and longitude
/// inputs, typed coordinates move the marker. Where a city should be is computed by the public map's
/// own projection (a separate implementation), so picker and public map are checked to agree.
/// </summary>
[Collection("browser")]
public sealed class GeoPickerBrowserTests(BrowserSite site)
{
    private static readonly MapProjection PublicMap = new(new MapFrame(-25, 45, 33, 72), 800);

    /// <summary>Where a point in degrees is on the screen, from the map's drawn size.</summary>
    internal static async Task<(double X, double Y)> ScreenPointAsync(ILocator map, double lat, double lng)
    {
        var box = (await map.BoundingBoxAsync())!;
        var size = await map.EvaluateAsync<double[]>("e => [e.clientWidth, e.clientHeight, e.clientLeft, e.clientTop]");
        var (x, y) = PublicMap.Project(lng, lat);
        return (box.X + size[2] + x * size[0] / PublicMap.Width, box.Y + size[3] + y * size[1] / PublicMap.Height);
    }

    /// <summary>Clicks the map where a point in degrees is drawn.</summary>
    internal static async Task ClickAtAsync(ILocator map, double lat, double lng)
    {
        var box = (await map.BoundingBoxAsync())!;
        var (x, y) = await ScreenPointAsync(map, lat, lng);
        await map.ClickAsync(new() { Position = new() { X = (float)(x - box.X), Y = (float)(y - box.Y) } });
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_click_near_Paris_fills_the_coordinates_and_typed_coordinates_move_the_marker()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page);
        await page.GotoAsync("/admin/content/Member/new");
        var map = page.GetByRole(AriaRole.Img, new() { Name = "Map of Europe for Location on the map" });
        await map.WaitForAsync();
        var marker = page.Locator(".geo-picker-marker");
        Assert.Equal("hidden", await marker.GetAttributeAsync("visibility"));
        await Accessibility.AssertNoViolationsAsync(page);

        // A click near Paris: the inputs hold its coordinates, rounded to 5 decimals, and the status says so.
        await ClickAtAsync(map, 48.8566, 2.3522);
        var lat = page.GetByRole(AriaRole.Spinbutton, new() { Name = "Latitude" });
        var lng = page.GetByRole(AriaRole.Spinbutton, new() { Name = "Longitude" });
        var latText = await lat.InputValueAsync();
        var lngText = await lng.InputValueAsync();
        Assert.InRange(Number(latText), 48.6, 49.1);
        Assert.InRange(Number(lngText), 2.1, 2.6);
        Assert.Matches(@"^-?\d+(\.\d{1,5})?$", latText);
        Assert.Matches(@"^-?\d+(\.\d{1,5})?$", lngText);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Point placed at latitude" }))
            .ToHaveTextAsync($"Point placed at latitude {latText}, longitude {lngText}.");
        Assert.Equal("visible", await marker.GetAttributeAsync("visibility"));
        await Accessibility.AssertNoViolationsAsync(page);

        // Typing Rome's coordinates moves the marker onto Rome.
        await lat.FillAsync("41.9028");
        await lng.FillAsync("12.4964");
        var (romeX, romeY) = await ScreenPointAsync(map, 41.9028, 12.4964);
        var dot = (await marker.BoundingBoxAsync())!;
        Assert.InRange(dot.X + dot.Width / 2, romeX - 2, romeX + 2);
        Assert.InRange(dot.Y + dot.Height / 2, romeY - 2, romeY + 2);

        // A point off the map (or half typed) hides the marker instead of pinning it to an edge.
        await lat.FillAsync("-33.9");
        Assert.Equal("hidden", await marker.GetAttributeAsync("visibility"));
        await lat.FillAsync("");
        Assert.Equal("hidden", await marker.GetAttributeAsync("visibility"));
    }
}
