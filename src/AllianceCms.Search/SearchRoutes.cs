using AllianceCms.Core.Routing;
using Microsoft.Extensions.Options;

namespace AllianceCms.Search;

/// <summary>The search page's address in each culture ("/search", "/fr/recherche").</summary>
public sealed class SearchRoutes(ContentUrls urls, IOptions<SearchOptions> options)
{
    public string PathFor(string culture) => $"{urls.CulturePrefix(culture)}/{options.Value.PathFor(culture)}";
}
