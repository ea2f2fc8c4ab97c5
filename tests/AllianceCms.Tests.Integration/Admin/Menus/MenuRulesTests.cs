using AllianceCms.Core.Menus;

namespace AllianceCms.Tests.Integration.Admin.Menus;

/// <summary>Which URLs a menu entry may hold: absolute http(s), or a path on this site.</summary>
public sealed class MenuRulesTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/fr/pays", true)]
    [InlineData("/news?tag=roma#latest", true)]
    [InlineData("https://www.coe.int/en/web/congress", true)]
    [InlineData("http://example.org", true)]
    [InlineData("", false)]
    [InlineData("pays", false)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("mailto:someone@example.org", false)]
    [InlineData("https://", false)]
    [InlineData("/a b", false)]
    [InlineData("/a\tb", false)]
    public void A_menu_url_is_absolute_http_or_a_single_slash_path(string url, bool valid) =>
        Assert.Equal(valid, MenuRules.IsValidUrl(url));

    [Theory]
    [InlineData("main", true)]
    [InlineData("footer-links", true)]
    [InlineData("Main", false)]
    [InlineData("../main", false)]
    [InlineData("", false)]
    public void A_menu_name_is_lower_case_letters_digits_dashes_and_underscores(string name, bool valid) =>
        Assert.Equal(valid, MenuRules.IsValidName(name));
}
