using AllianceCms.Core.Media;
using AllianceCms.Display.Pages;
using AllianceCms.Display.Rendering;

namespace AllianceCms.Tests.Unit.Display;

public sealed class DisplayPiecesTests
{
    [Theory]
    [InlineData("logos/tivat.png", 320, null, "/media/logos/tivat.png?w=320")]
    [InlineData("flags/fr.svg", null, null, "/media/flags/fr.svg")]
    [InlineData("a b/é.png", 100, 50, "/media/a%20b/%C3%A9.png?w=100&h=50")]
    [InlineData("../secret.txt", 320, null, null)]
    [InlineData("", 320, null, null)]
    public void Media_urls_have_one_shape_with_an_optional_size(string path, int? width, int? height, string? expected)
    {
        Assert.Equal(expected, MediaUrls.For(path, width, height));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("2", 2)]
    [InlineData("-1", 1)]
    [InlineData("0", 1)]
    [InlineData("abc", 1)]
    [InlineData("99999999999999", 1)]
    [InlineData(" 3", 1)]
    public void A_page_number_from_the_query_string_is_a_positive_number_or_the_first_page(string? value, int expected)
    {
        Assert.Equal(expected, PublicPageEndpoints.PageNumber(value));
    }

    [Fact]
    public void A_failed_template_takes_back_what_it_added_to_the_zones()
    {
        var zones = new Zones();
        zones.Add("head", "<meta name=\"a\">");
        var mark = zones.Save();
        zones.Add("head", "<meta name=\"b\">");
        zones.Add("footer", "<p>b</p>");
        mark.Restore();
        Assert.Equal(["<meta name=\"a\">"], zones.Get("head"));
        Assert.Empty(zones.Get("footer"));
    }
}
