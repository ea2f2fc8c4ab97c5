using System.Net;
using AllianceCms.Api.GraphQL;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// A query sent again is neither parsed nor validated again, but what depends on the request (its
/// variables' cost) is still checked, and a query that failed validation is not remembered.
/// </summary>
[Collection("site")]
public sealed class GraphQLDocumentCacheTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    // The list sizes come from a variable: cheap with 1, far over the complexity limit with 100.
    private const string Costly = """
        query($n: Int) { memberList(first: $n) { items { localizations { localizations { country { displayText alpha2 } } } } } }
        """;

    [Fact]
    public async Task A_query_run_before_is_reused_and_its_cost_is_still_checked_with_new_variables()
    {
        var query = Costly + "# " + Guid.NewGuid();
        var cheap = await _client.GraphQLAsync(query, new { n = 1 });
        Assert.Equal(HttpStatusCode.OK, cheap.Status);
        Assert.Empty(cheap.Errors);
        Assert.NotNull(site.Services.GetRequiredService<ValidatedDocuments>().Find(query));

        var costly = await _client.GraphQLAsync(query, new { n = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, costly.Status);
        Assert.Contains(costly.Errors, e => e.Contains("complexity", StringComparison.OrdinalIgnoreCase));

        var again = await _client.GraphQLAsync(query, new { n = 1 });
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    [Fact]
    public async Task A_query_that_failed_validation_is_not_kept()
    {
        var query = "{ memberList(first: 1) { items { noSuchField } } } # " + Guid.NewGuid();
        var first = await _client.GraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Null(site.Services.GetRequiredService<ValidatedDocuments>().Find(query));
        var second = await _client.GraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Contains(second.Errors, e => e.Contains("noSuchField"));
    }
}
