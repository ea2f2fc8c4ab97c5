using AllianceCms.Core.Content;
using AllianceCms.Display.Rendering;

namespace AllianceCms.Tests.Unit.Display;

public sealed class AlternatesTests
{
    private static ContentItem Tivat(string culture = "en", string id = "member-tivat", string set = "member-tivat") => new()
    {
        ContentItemId = id,
        LocalizationSet = set,
        ContentType = "Member",
        Culture = culture,
        Slug = "tivat",
        DisplayText = "Tivat",
    };

    [Fact]
    public void An_items_detail_is_looked_for_from_its_slug_to_the_generic_content_template()
    {
        Assert.Equal(
            ["Content-Member-Detail-tivat", "Content-Member-Detail-member-tivat", "Content-Member-Detail", "Content-Member", "Content-Detail", "Content"],
            Alternates.ForContent(Tivat(), Alternates.Detail));
    }

    [Fact]
    public void A_translation_also_answers_to_the_id_its_cultures_share()
    {
        var alternates = Alternates.ForContent(Tivat("fr", id: "member-tivat-fr"), Alternates.Summary);
        Assert.Equal(
            ["Content-Member-Summary-tivat", "Content-Member-Summary-member-tivat-fr", "Content-Member-Summary-member-tivat", "Content-Member-Summary", "Content-Member", "Content-Summary", "Content"],
            alternates);
    }

    [Fact]
    public void Ids_that_cannot_be_template_names_are_left_out()
    {
        var item = Tivat(id: "media/logo.png");
        item.Slug = null;
        Assert.DoesNotContain(Alternates.ForContent(item, Alternates.Detail), n => n.Contains('/'));
        Assert.Equal("Content-Member-Detail", Alternates.ForContent(item, Alternates.Detail)[1]);
    }

    [Fact]
    public void Lists_and_layouts_have_their_own_alternates()
    {
        Assert.Equal(["List-NewsItem", "List"], Alternates.ForList("NewsItem"));
        Assert.Equal(["Layout-NewsItem", "Layout-List", "Layout"], Alternates.ForLayout("List", "NewsItem"));
        Assert.Equal(["Layout-NotFound", "Layout"], Alternates.ForLayout("NotFound", null));
    }
}
