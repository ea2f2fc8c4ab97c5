using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Core.Queries;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.PublicSite;

/// <summary>The Alliance site for the public pages' tests, on a database of its own (they publish participants).</summary>
public sealed class PublicSiteFactory : CmsFactory;

[CollectionDefinition("public-site")]
public sealed class PublicSiteCollection : ICollectionFixture<PublicSiteFactory>;

internal static class PublicSite
{
    public static Task<string> PageAsync(this PublicSiteFactory site, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        site.Browser().HtmlAsync(path, expected);

    /// <summary>The main element's HTML, without the header and footer.</summary>
    public static string MainOf(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        return start >= 0 && end > start ? html[start..end] : html;
    }

    /// <summary>Published active participants in a culture, and their distinct countries: what the home page's figure says.</summary>
    public static Task<(int Participants, int Countries)> ActiveFiguresAsync(this PublicSiteFactory site, string culture = "en") =>
        site.WithContentAsync(async (_, queries) =>
        {
            var page = await queries.QueryAsync(new ContentQuery
            {
                Types = ["Member"],
                Culture = culture,
                Filters = [new FieldFilter("Member.Status", FilterOperator.Equals, "active")],
                PageSize = ContentQuery.MaxPageSize,
            });
            var countries = page.Items.SelectMany(i => Core.Fields.IdListFieldKind.Ids(i.Get("Member", "Country"))).Distinct().Count();
            return (page.Items.Count, countries);
        });

    public static Task<ContentItem> PublishedMemberAsync(this PublicSiteFactory site, string name, string countryId, Action<ContentItem>? edit = null, string culture = "en") =>
        site.WithContentAsync(async (content, _) =>
        {
            var member = await Items.NewMemberAsync(content, name, countryId, culture);
            edit?.Invoke(member);
            return await content.CreateAsync(member, publish: true).CreatedAsync();
        });
}
