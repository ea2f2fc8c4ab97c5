using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;
using AllianceCms.Data;
using AllianceCms.Data.Definitions;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>Selections written directly, on stored content of unexpected shapes (a sandbox of their own: they change it).</summary>
[Collection("api-sandbox")]
public sealed class GraphQLDirectSandboxTests(ApiSandboxFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task A_list_field_added_after_items_were_saved_is_empty_on_them_not_an_error()
    {
        await using (var scope = site.Scope())
            await scope.ServiceProvider.GetRequiredService<DefinitionEditorApplier>().AlterAsync(definitions => definitions
                .AlterPart("Member", p => p.Field("Keywords", FieldKinds.Tags, "Keywords", "Mots-clés")));

        foreach (var directive in new[] { "", " @include(if: true)" })
        {
            var item = (await _client.GraphQLAsync($$"""{ member(id: "member-kragujevac") { displayText{{directive}} keywords } }""")).Ok().GetProperty("member");
            Assert.Equal(JsonValueKind.Array, item.GetProperty("keywords").ValueKind);
            Assert.Equal(0, item.GetProperty("keywords").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_stored_value_graphql_cannot_answer_is_reported_on_its_field_as_when_run_field_by_field()
    {
        const string id = "member-kragujevac";
        var original = await StoredDataAsync(id);
        var broken = JsonNode.Parse(original)!;
        broken["Member"]!["Location"]!.AsObject().Remove("lat");
        await StoreDataAsync(id, broken.ToJsonString());
        try
        {
            using var selections = new DirectSelections(site);
            var answer = await _client.GraphQLAsync($$"""{ member(id: "{{id}}") { displayText location { lat lng } } }""");

            // The point's latitude may not be null: the point becomes null, with an error on the latitude. The
            // item, then the point, were tried directly and run field by field.
            Assert.Equal(2, selections.Fallback);
            Assert.Equal(0, selections.Direct);
            var member = answer.Data.GetProperty("member");
            Assert.Equal("Kragujevac", member.GetProperty("displayText").GetString());
            Assert.Equal(JsonValueKind.Null, member.GetProperty("location").ValueKind);
            var error = Assert.Single(answer.Body.GetProperty("errors").EnumerateArray());
            Assert.Equal(["member", "location", "lat"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        }
        finally
        {
            await StoreDataAsync(id, original);
        }
    }

    private async Task<string> StoredDataAsync(string id)
    {
        await using var scope = site.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        return await db.Set<ContentItemRecord>().Where(r => r.ContentItemId == id && r.Published).Select(r => r.Data).SingleAsync();
    }

    private async Task StoreDataAsync(string id, string data)
    {
        await using var scope = site.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        await db.Set<ContentItemRecord>().Where(r => r.ContentItemId == id && r.Published).ExecuteUpdateAsync(u => u.SetProperty(r => r.Data, data));
    }
}
