using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;
using AllianceCms.Data;
using AllianceCms.Data.Definitions;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Infrastructure;
using AllianceCms.Tests.Integration.Media;
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

    [Fact]
    public async Task Media_files_answer_their_path_and_their_url_resized_to_a_width()
    {
        await using (var scope = site.Scope())
            await scope.ServiceProvider.GetRequiredService<DefinitionEditorApplier>().AlterAsync(definitions => definitions
                .AlterPart("Member", p => p.Field("Gallery", FieldKinds.Media, "Gallery", "Galerie", f => f.Multiple())));
        await ChangeDataAsync("member-tivat", data =>
        {
            data["Member"]!["Logo"] = new JsonArray("logos/tivat crest.png");
            data["Member"]!["Gallery"] = new JsonArray("photos/one.jpg", "photos/two.jpg");
        });

        foreach (var directive in new[] { "", " @include(if: true)" })
        {
            using var selections = new DirectSelections(site);
            var member = (await _client.GraphQLAsync($$"""
                { member(id: "member-tivat") { displayText{{directive}}
                    logo { path{{directive}} url small: url(width: 320) } gallery { path{{directive}} url(width: 100) } } }
                """)).Ok().GetProperty("member");

            Assert.Equal(directive == "" ? 1 : 0, selections.Direct);
            Assert.Equal("logos/tivat crest.png", member.GetProperty("logo").GetProperty("path").GetString());
            Assert.Equal("http://localhost/media/logos/tivat%20crest.png", member.GetProperty("logo").GetProperty("url").GetString());
            Assert.Equal("http://localhost/media/logos/tivat%20crest.png?w=320", member.GetProperty("logo").GetProperty("small").GetString());
            Assert.Equal(["http://localhost/media/photos/one.jpg?w=100", "http://localhost/media/photos/two.jpg?w=100"],
                member.GetProperty("gallery").EnumerateArray().Select(g => g.GetProperty("url").GetString()));
        }

        // A width from a variable is read on each request, by the same compiled selection; one out of range is an
        // error on that field alone.
        const string byVariable = "query($w: Int) { member(id: \"member-tivat\") { logo { url(width: $w) } } }";
        foreach (var width in new[] { 640, 320 })
        {
            using var selections = new DirectSelections(site);
            var variable = (await _client.GraphQLAsync(byVariable, new { w = width })).Ok();
            Assert.Equal(1, selections.Direct);
            Assert.EndsWith($"?w={width}", variable.GetProperty("member").GetProperty("logo").GetProperty("url").GetString());
        }
        var tooWide = await _client.GraphQLAsync("""{ member(id: "member-tivat") { displayText logo { url(width: 20000) } } }""");
        Assert.Equal("Tivat", tooWide.Data.GetProperty("member").GetProperty("displayText").GetString());
        var error = Assert.Single(tooWide.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["member", "logo", "url"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Media_files_answer_their_alternative_text_in_the_item_language_and_their_size_loaded_in_one_query()
    {
        var logos = new List<string>();
        foreach (var (member, name) in new[] { ("member-tivat", "Tivat"), ("member-kragujevac", "Kragujevac"), ("member-tirana", "Tirana") })
        {
            var logo = await MediaTestFiles.StoreAsync(site.Services, $"crest-{member}.png", MediaTestFiles.Image(400, 200), "logos", $"Crest of {name}", $"Blason de {name}");
            logos.Add(logo);
            // The logo is shared by the culture variants, which store it each.
            foreach (var variant in new[] { member, member + "-fr" })
                await ChangeDataAsync(variant, data => data["Member"]!["Logo"] = new JsonArray(logo));
        }

        foreach (var (culture, alt) in new[] { ("en", "Crest of Tivat"), ("fr", "Blason de Tivat") })
            foreach (var directive in new[] { "", " @include(if: true)" })
            {
                using var selections = new DirectSelections(site);
                var logo = (await _client.GraphQLAsync($$"""
                    { member(id: "{{(culture == "en" ? "member-tivat" : "member-tivat-fr")}}") { displayText{{directive}}
                        logo { path{{directive}} alt width height mediaType url(width: 160) } } }
                    """)).Ok().GetProperty("member").GetProperty("logo");

                Assert.Equal(directive == "" ? 1 : 0, selections.Direct);
                Assert.Equal(logos[0], logo.GetProperty("path").GetString());
                Assert.Equal(alt, logo.GetProperty("alt").GetString());
                Assert.Equal(400, logo.GetProperty("width").GetInt32());
                Assert.Equal(200, logo.GetProperty("height").GetInt32());
                Assert.Equal("image/png", logo.GetProperty("mediaType").GetString());
                Assert.Equal($"http://localhost/media/{logos[0]}?w=160", logo.GetProperty("url").GetString());
            }

        // A page of participants reads the facts of all their logos in one query, written directly or not.
        foreach (var directive in new[] { "", " @include(if: true)" })
        {
            using var recording = site.Commands.Record();
            var items = (await _client.GraphQLAsync($$"""{ memberList(first: 100) { items { displayText{{directive}} logo { alt{{directive}} } } } }"""))
                .Ok().GetProperty("memberList").GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(3, items.Count(i => i.GetProperty("logo").ValueKind == JsonValueKind.Object));
            Assert.Single(recording.Commands, c => c.Contains("MediaFiles", StringComparison.Ordinal));
        }
    }

    private async Task ChangeDataAsync(string id, Action<JsonNode> change)
    {
        var data = JsonNode.Parse(await StoredDataAsync(id))!;
        change(data);
        await StoreDataAsync(id, data.ToJsonString());
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
