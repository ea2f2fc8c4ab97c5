using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Tests.Integration.PublicSite;

/// <summary>"N cities and regions from M countries" stays one COUNT and one DISTINCT on the field index, whatever the number of participants.</summary>
[Collection("public-site")]
public sealed class HomeFigureTests(PublicSiteFactory site)
{
    [Fact]
    public async Task The_country_figure_is_one_distinct_query_on_the_field_index_not_a_read_of_every_participant()
    {
        var log = new LogRecorder();
        await using var host = site.WithWebHostBuilder(b => b.ConfigureLogging(l =>
        {
            l.AddProvider(log);
            l.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
        }));
        var (participants, countries) = await site.ActiveFiguresAsync();

        var html = await host.Browser().HtmlAsync("/?figure=" + Guid.NewGuid().ToString("N"));

        Assert.Contains($"{participants} cities and regions from {countries} countries", html);
        var commands = log.Entries.Where(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command").Select(e => e.Message).ToList();
        Assert.Contains(commands, c => c.Contains("SELECT DISTINCT", StringComparison.OrdinalIgnoreCase) && c.Contains("ContentIndex", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Countries_with_participants_in_both_languages_count_once()
    {
        var country = await site.PublishedCountryAsync(Items.Unique("Twinland"));
        var (participants, countries) = await site.ActiveFiguresAsync();
        await site.PublishedMemberAsync(Items.Unique("Twin City A"), country.ContentItemId);
        await site.PublishedMemberAsync(Items.Unique("Twin City B"), country.ContentItemId);
        var html = await site.Browser().HtmlAsync("/?twins=" + Guid.NewGuid().ToString("N"));
        Assert.Contains($"{participants + 2} cities and regions from {countries + 1} countries", html);
    }
}
