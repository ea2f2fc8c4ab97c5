using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Api.Access;
using AllianceCms.Api.GraphQL;
using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using AllianceCms.Api.Rest;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace AllianceCms.Api.OpenApi;

/// <summary>
/// Writes the whole OpenAPI document from the visible model, at each request: a schema and the read
/// and write paths per content type, filters for its indexed fields and sort keys, so a type or field
/// added in the admin is documented at once; and how API clients get their tokens (OAuth 2.0).
/// </summary>
public sealed partial class ContentOpenApiDocument : IOpenApiDocumentTransformer
{
    public const string DocumentName = "v1";
    public const string RoutePattern = "/api/openapi/{documentName}.json";

    private const string ProblemJson = "application/problem+json";
    private const string AppJson = "application/json";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        // Transformers are created once; what depends on the request comes from its services.
        var http = context.ApplicationServices.GetRequiredService<IHttpContextAccessor>().HttpContext
            ?? throw new InvalidOperationException("The OpenAPI document is generated for an HTTP request.");
        var services = http.RequestServices;
        var reader = await services.GetRequiredService<IApiAccess>().GetReaderAsync(http);
        var model = await services.GetRequiredService<ApiModelProvider>().GetAsync(reader, ct);
        new Writer(document, model, services.GetRequiredService<IOptions<CultureOptions>>().Value, services.GetRequiredService<IOptions<ApiOptions>>().Value, http.Request).Write();
    }

    private sealed partial class Writer(OpenApiDocument document, ApiContentModel model, CultureOptions cultures, ApiOptions options, HttpRequest request)
    {
        private IDictionary<string, IOpenApiSchema> Schemas => document.Components!.Schemas!;

        public void Write()
        {
            document.Info = new OpenApiInfo
            {
                Title = "Content API",
                Version = $"definitions {model.Snapshot.Version.ToString(CultureInfo.InvariantCulture)}",
                Description = Description,
            };
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
            document.Paths = [];
            document.Tags = new HashSet<OpenApiTag>();

            AddCommonSchemas();
            AddSecurityScheme();
            foreach (var type in model.Types)
            {
                document.Tags.Add(new OpenApiTag { Name = type.Name, Description = Label(type.Model.Type.Label) });
                Schemas[type.Name] = ItemSchema(type);
                Schemas[type.Name + "Page"] = PageSchema(type);
                Schemas[type.Name + "Input"] = InputSchema(type);
                AddPaths(type);
                AddWritePaths(type);
            }
            AddGraphQLPath();
        }

        private void AddCommonSchemas()
        {
            Schemas["Localization"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "The same item in another culture.",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["id"] = Text(),
                    ["culture"] = Text(),
                    ["displayText"] = Text(),
                    ["slug"] = Text(nullable: true),
                    ["url"] = Text("uri", nullable: true),
                },
            };
            Schemas["ProblemDetails"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "An error (RFC 9457). 400s add 'errors': for each parameter, what is wrong with it.",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = Text(),
                    ["title"] = Text(),
                    ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                    ["detail"] = Text(),
                    ["errors"] = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text() } },
                },
            };
        }

        private OpenApiSchema ItemSchema(ApiType type)
        {
            var parts = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema>(), Required = new HashSet<string>() };
            foreach (var part in type.Parts.Where(p => p.Fields.Count > 0))
            {
                var fields = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = Label(part.Definition.Label),
                    Properties = part.Fields.ToDictionary(f => f.Name, FieldSchema),
                    Required = part.Fields.Select(f => f.Name).ToHashSet(),
                };
                parts.Properties[part.Name] = fields;
                parts.Required.Add(part.Name);
            }

            var properties = new Dictionary<string, IOpenApiSchema>
            {
                ["id"] = Text(description: "Id of this culture variant."),
                ["version"] = Text(description: "Id of this version: what a write sends in If-Match (quoted) to change exactly this version."),
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = type.Name },
                ["culture"] = Enum(cultures.Supported),
                ["localizationSet"] = Text(description: "Shared by the culture variants of one item."),
                ["displayText"] = Text(),
                ["slug"] = Text(nullable: true),
                ["url"] = Text("uri", nullable: true, description: "The item's page on the site."),
                ["publishedAt"] = Text("date-time", nullable: true),
                ["modifiedAt"] = Text("date-time"),
                ["createdAt"] = Text("date-time"),
                ["parts"] = parts,
            };
            var references = type.Fields.Where(f => f.IsReference).ToList();
            if (references.Count > 0)
            {
                properties["references"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Only with expand: the referenced items, in this item's culture when translated.",
                    Properties = references.ToDictionary(f => f.Path, f => (IOpenApiSchema)new OpenApiSchema
                    {
                        Type = JsonSchemaType.Array,
                        Items = f.Targets.Count == 1 ? Ref(f.Targets[0]) : new OpenApiSchema { OneOf = f.Targets.Select(t => (IOpenApiSchema)Ref(t)).ToList() },
                    }),
                };
            }
            properties["localizations"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "Only with expand=localizations: the item in the other cultures.",
                Items = Ref("Localization"),
            };

            return new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Title = type.Name,
                Description = Label(type.Model.Type.Label),
                Properties = properties,
                Required = new HashSet<string> { "id", "version", "type", "culture", "localizationSet", "displayText", "slug", "url", "publishedAt", "modifiedAt", "createdAt", "parts" },
            };
        }

        private static IOpenApiSchema FieldSchema(ApiField field)
        {
            var s = field.Settings;
            var description = Label(field.Definition.Label) + (s.Hint is { IsEmpty: false } hint ? " " + hint.For("en") : "");
            var schema = field.Kind switch
            {
                FieldKinds.Number => new OpenApiSchema
                {
                    Type = (s.Decimal ? JsonSchemaType.Number : JsonSchemaType.Integer) | JsonSchemaType.Null,
                    Minimum = s.Min?.ToString(CultureInfo.InvariantCulture),
                    Maximum = s.Max?.ToString(CultureInfo.InvariantCulture),
                },
                FieldKinds.Boolean => new OpenApiSchema { Type = JsonSchemaType.Boolean | JsonSchemaType.Null },
                FieldKinds.Date => Text("date", nullable: true),
                FieldKinds.DateTime => Text("date-time", nullable: true),
                FieldKinds.Url => Text("uri", nullable: true),
                FieldKinds.Email => Text("email", nullable: true),
                FieldKinds.RichText => new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, ContentMediaType = "text/html" },
                FieldKinds.Markdown => new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, ContentMediaType = "text/markdown" },
                FieldKinds.Choice when s.Multiple => new OpenApiSchema { Type = JsonSchemaType.Array | JsonSchemaType.Null, Items = Enum(Choices(field)) },
                FieldKinds.Choice => Enum(Choices(field), nullable: true),
                FieldKinds.Tags => new OpenApiSchema { Type = JsonSchemaType.Array | JsonSchemaType.Null, Items = Text() },
                FieldKinds.ContentReference => new OpenApiSchema
                {
                    Type = JsonSchemaType.Array | JsonSchemaType.Null,
                    Items = Text(),
                    Description = $"Ids of {string.Join(" or ", field.Targets)} items; expand={field.Path} adds them under 'references'.",
                },
                FieldKinds.Media or FieldKinds.User => new OpenApiSchema { Type = JsonSchemaType.Array | JsonSchemaType.Null, Items = Text() },
                FieldKinds.GeoPoint => new OpenApiSchema
                {
                    Type = JsonSchemaType.Object | JsonSchemaType.Null,
                    Properties = new Dictionary<string, IOpenApiSchema> { ["lat"] = new OpenApiSchema { Type = JsonSchemaType.Number }, ["lng"] = new OpenApiSchema { Type = JsonSchemaType.Number } },
                },
                FieldKinds.Text or FieldKinds.Phone => new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, MaxLength = s.MaxLength, MinLength = s.MinLength, Pattern = s.Pattern },
                _ => new OpenApiSchema(),
            };
            schema.Description = schema.Description is null ? description : $"{description} {schema.Description}";
            return schema;
        }

        private OpenApiSchema PageSchema(ApiType type) => new()
        {
            Type = JsonSchemaType.Object,
            Description = $"A page of {type.Name} items.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = type.Name },
                ["totalCount"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "How many items match, over all pages." },
                ["items"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Ref(type.Name) },
                ["nextCursor"] = Text(nullable: true, description: "Pass as 'after' for the next page; null on the last page."),
                ["next"] = Text("uri", nullable: true, description: "The next page's URL."),
            },
            Required = new HashSet<string> { "type", "totalCount", "items", "nextCursor", "next" },
        };

        private void AddPaths(ApiType type)
        {
            var tag = new HashSet<OpenApiTagReference> { new(type.Name, document) };
            var prefix = $"{ContentEndpoints.Prefix}/{type.Name}";

            var listParameters = new List<IOpenApiParameter>
            {
                Query(RestQuery.Culture, Enum(cultures.Supported), $"Culture of the items; {cultures.Default} when omitted."),
                Query(RestQuery.Status, Enum(["published", "latest"]), "published (the default); latest includes drafts, for API clients allowed to read them."),
                Query(RestQuery.Sort, Enum(ApiSort.KeysOf(type).SelectMany(k => new[] { k, "-" + k })), "Order of the items; '-' before a key sorts descending. -publishedAt when omitted."),
                Query(RestQuery.First, new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = options.MaxPageSize.ToString(CultureInfo.InvariantCulture), Default = options.DefaultPageSize }, "Items per page."),
                Query(RestQuery.After, Text(), "The nextCursor of the previous page."),
                Query(RestQuery.Expand, Text(), ExpandDescription(type)),
            };
            foreach (var field in type.Indexed)
            {
                var operators = FilterValues.OperatorsFor(field).Select(FilterValues.Describe);
                listParameters.Add(Query($"filter[{field.Path}]", FilterSchema(field),
                    $"Items whose {field.Path} equals this value (repeat the parameter for any of several values). Other operators: {string.Join(", ", operators.Select(o => $"filter[{field.Path}][{o}]"))}."
                    + (field.IsReference ? " Values are ids of the referenced items (any culture variant)." : "")));
                if (field.Kind is FieldKinds.Number or FieldKinds.Date or FieldKinds.DateTime)
                {
                    listParameters.Add(Query($"filter[{field.Path}][gte]", FilterSchema(field), $"Items whose {field.Path} is at least this value."));
                    listParameters.Add(Query($"filter[{field.Path}][lte]", FilterSchema(field), $"Items whose {field.Path} is at most this value."));
                }
            }
            document.Paths[prefix] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation>
                {
                    [HttpMethod.Get] = new()
                    {
                        OperationId = $"list{type.Name}",
                        Summary = $"A page of {type.Name} items",
                        Tags = tag,
                        Parameters = listParameters,
                        Responses = Responses(type.Name + "Page", notFound: "The type does not exist."),
                        Security = ReadSecurity(),
                    },
                },
            };

            var itemParameters = new List<IOpenApiParameter> { Query(RestQuery.Expand, Text(), ExpandDescription(type)), Query(RestQuery.Status, Enum(["published", "latest"]), "published (the default) or latest.") };
            document.Paths[prefix + "/{id}"] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation>
                {
                    [HttpMethod.Get] = new()
                    {
                        OperationId = $"get{type.Name}",
                        Summary = $"A {type.Name} by id",
                        Tags = tag,
                        Parameters = [Path("id", "Id of the culture variant."), .. itemParameters],
                        Responses = Responses(type.Name, notFound: "No published item of this type has this id."),
                        Security = ReadSecurity(),
                    },
                },
            };

            var bySlug = Responses(type.Name, notFound: "No published item of this type has this slug in this culture.");
            bySlug["301"] = new OpenApiResponse { Description = "A former slug: Location gives the current one." };
            document.Paths[prefix + "/by-slug/{culture}/{slug}"] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation>
                {
                    [HttpMethod.Get] = new()
                    {
                        OperationId = $"get{type.Name}BySlug",
                        Summary = $"A {type.Name} by slug",
                        Tags = tag,
                        Parameters = [Path("culture", "Culture of the slug.", Enum(cultures.Supported)), Path("slug", "The item's slug in that culture."), .. itemParameters],
                        Responses = bySlug,
                        Security = ReadSecurity(),
                    },
                },
            };
        }

        private void AddGraphQLPath()
        {
            var response = new OpenApiResponse
            {
                Description = "A GraphQL response: 200 once the query ran (data, and errors if fields failed); 400 when it could not run (syntax, validation, depth or complexity limits).",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [GraphQLHttpHandler.GraphQLResponse] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
                    [AppJson] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
                },
            };
            var tag = new HashSet<OpenApiTagReference> { new("GraphQL", document) };
            document.Tags!.Add(new OpenApiTag { Name = "GraphQL", Description = "The same content through GraphQL; the schema is generated from the definitions. Introspection is on." });
            document.Paths[GraphQLEndpoint.Path] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation>
                {
                    [HttpMethod.Get] = new()
                    {
                        OperationId = "graphqlGet",
                        Summary = "A GraphQL query by GET",
                        Tags = tag,
                        Parameters = [Query("query", Text(), "The GraphQL document.", required: true), Query("operationName", Text(), "Which operation to run."), Query("variables", Text(), "Variables as a JSON object.")],
                        Responses = new OpenApiResponses { ["200"] = response, ["400"] = response },
                        Security = GraphQLSecurity(mutations: false),
                    },
                    [HttpMethod.Post] = new()
                    {
                        OperationId = "graphqlPost",
                        Summary = "A GraphQL query by POST",
                        Tags = tag,
                        RequestBody = new OpenApiRequestBody
                        {
                            Required = true,
                            Content = new Dictionary<string, OpenApiMediaType>
                            {
                                [AppJson] = new()
                                {
                                    Schema = new OpenApiSchema
                                    {
                                        Type = JsonSchemaType.Object,
                                        Required = new HashSet<string> { "query" },
                                        Properties = new Dictionary<string, IOpenApiSchema>
                                        {
                                            ["query"] = Text(),
                                            ["operationName"] = Text(nullable: true),
                                            ["variables"] = new OpenApiSchema { Type = JsonSchemaType.Object | JsonSchemaType.Null },
                                        },
                                    },
                                },
                            },
                        },
                        Responses = new OpenApiResponses { ["200"] = response, ["400"] = response },
                        Security = GraphQLSecurity(mutations: true),
                    },
                },
            };
        }

        private OpenApiResponses Responses(string schema, string notFound) => new()
        {
            ["200"] = new OpenApiResponse
            {
                Description = "OK. ETag and Cache-Control are set; send the ETag back in If-None-Match to get a 304 while nothing changed.",
                Content = new Dictionary<string, OpenApiMediaType> { [AppJson] = new() { Schema = Ref(schema) } },
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["ETag"] = new OpenApiHeader { Schema = Text() },
                    ["Cache-Control"] = new OpenApiHeader { Schema = Text() },
                },
            },
            ["304"] = new OpenApiResponse { Description = "Not modified since the ETag given in If-None-Match." },
            ["400"] = Problem("A parameter is not valid: errors says which and why."),
            ["401"] = Problem("A token was sent, but it is malformed, expired or revoked (without one, published content is read anonymously)."),
            ["403"] = Problem("The caller may not read what it asked for (drafts)."),
            ["404"] = Problem(notFound),
            ["429"] = TooManyRequests(),
        };

        private OpenApiResponse Problem(string description) => new()
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = Ref("ProblemDetails") } },
        };

        private static string ExpandDescription(ApiType type)
        {
            var references = type.Fields.Where(f => f.IsReference).Select(f => f.Path).ToList();
            return references.Count > 0
                ? $"Comma-separated: reference fields to add under 'references' ({string.Join(", ", references)}, or * for all), and/or 'localizations' for the other cultures."
                : "'localizations' adds the item in the other cultures.";
        }

        private static IOpenApiSchema FilterSchema(ApiField field) => field.Kind switch
        {
            FieldKinds.Number => new OpenApiSchema { Type = JsonSchemaType.Number },
            FieldKinds.Boolean => new OpenApiSchema { Type = JsonSchemaType.Boolean },
            FieldKinds.Date => Text("date"),
            FieldKinds.DateTime => Text("date-time"),
            FieldKinds.Choice => Enum(Choices(field)),
            _ => Text(),
        };

        private static IEnumerable<string> Choices(ApiField field) => field.Settings.Choices?.Select(c => c.Value) ?? [];

        private OpenApiSchemaReference Ref(string name) => new(name, document);

        private static OpenApiParameter Query(string name, IOpenApiSchema schema, string description, bool required = false) =>
            new() { Name = name, In = ParameterLocation.Query, Schema = schema, Description = description, Required = required };

        private static OpenApiParameter Path(string name, string description, IOpenApiSchema? schema = null) =>
            new() { Name = name, In = ParameterLocation.Path, Required = true, Schema = schema ?? Text(), Description = description };

        private static OpenApiSchema Text(string? format = null, bool nullable = false, string? description = null) =>
            new() { Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String, Format = format, Description = description };

        private static OpenApiSchema Enum(IEnumerable<string> values, bool nullable = false) => new()
        {
            Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String,
            // JSON Schema checks null against the enum too, so a nullable choice lists it.
            Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v)!), .. nullable ? new JsonNode[] { null! } : []],
        };

        private static string? Label(LocalizedText label) => label.IsEmpty ? null : label.For("en");

        private const string Description =
            "Published content of this site, generated from its content definitions: each content type has a list, " +
            "an item by id and an item by slug. Lists filter on indexed fields with filter[Part.Field]=value " +
            "(repeat for any of several values) or filter[Part.Field][op]=value where op is eq, in (comma-separated), gte, lte or startsWith; " +
            "sort with sort=key or sort=-key; page with first and the after cursor. Fields marked private and private types are never served " +
            "to anonymous clients. Errors are application/problem+json. GraphQL serves the same content at /api/graphql. " +
            "API clients send an OAuth 2.0 bearer token (security scheme oauth2): services get one with their secret " +
            "(client credentials), browser apps for a user who allowed them (authorization code with PKCE S256, and a refresh token " +
            "with offline_access); the content:drafts scope reads drafts, content:write writes.";
    }
}
