using AllianceCms.Data;
using AllianceCms.Data.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AllianceCms.Tests.Integration.Content;

/// <summary>
/// Database:ReadCacheMaxAge bounds how long a published read is kept: zero keeps nothing (the read cache is off),
/// and a negative age stops the site at start with a message naming the setting.
/// </summary>
public sealed class PublishedReadCacheMaxAgeTests
{
    [Fact]
    public void A_max_age_of_zero_keeps_nothing_and_every_read_goes_to_the_database()
    {
        using var cache = new PublishedReadCache(new ContentGenerations(), Options.Create(new DatabaseOptions { ReadCacheMaxAge = TimeSpan.Zero }));

        cache.Keep("item:1", "kept?", null, cache.Moment, static v => v);

        Assert.False(cache.TryGet("item:1", static (string v) => v, out _));
    }

    [Fact]
    public void A_positive_max_age_keeps_the_read()
    {
        using var cache = new PublishedReadCache(new ContentGenerations(), Options.Create(new DatabaseOptions { ReadCacheMaxAge = TimeSpan.FromSeconds(1) }));

        cache.Keep("item:1", "kept", null, cache.Moment, static v => v);

        Assert.True(cache.TryGet("item:1", static (string v) => v, out var value));
        Assert.Equal("kept", value);
    }

    [Fact]
    public void A_negative_max_age_is_refused_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Database:ReadCacheMaxAge", "-00:00:01")]).Build();

        var refused = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddCmsData(configuration, Path.GetTempPath()));

        Assert.Contains("Database:ReadCacheMaxAge", refused.Message);
    }
}
