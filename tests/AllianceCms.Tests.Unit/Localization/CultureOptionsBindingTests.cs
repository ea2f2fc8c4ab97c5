using AllianceCms.Core;
using AllianceCms.Core.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceCms.Tests.Unit.Localization;

public sealed class CultureOptionsBindingTests
{
    private static CultureOptions Bind(params string[] cultures)
    {
        var settings = cultures.Select((c, i) => new KeyValuePair<string, string?>($"Cultures:Supported:{i}", c));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddCmsCore(configuration, []).BuildServiceProvider()
            .GetRequiredService<IOptions<CultureOptions>>().Value;
    }

    [Fact]
    public void Configured_cultures_replace_the_defaults_rather_than_adding_to_them()
    {
        Assert.Equal(["en", "fr"], Bind("en", "fr").Supported);
        Assert.Equal(["fr", "en"], Bind("fr", "en").Supported);
        Assert.Equal("fr", Bind("fr", "en").Default);
    }

    [Fact]
    public void Without_configuration_the_site_speaks_english_and_french() =>
        Assert.Equal(["en", "fr"], Bind().Supported);
}
