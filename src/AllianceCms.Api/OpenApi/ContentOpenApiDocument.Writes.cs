using System.Globalization;
using AllianceCms.Api.Model;
using AllianceCms.Api.Rest;
using AllianceCms.Api.Writing;
using Microsoft.OpenApi;

namespace AllianceCms.Api.OpenApi;

public sealed partial class ContentOpenApiDocument
{
    /// <summary>The write paths of each type (create, replace, change, delete, publish, unpublish), for clients with content:write.</summary>
    private sealed partial class Writer
    {
        private void AddWritePaths(ApiType type)
        {
            var tag = new HashSet<OpenApiTagReference> { new(type.Name, document) };
            var prefix = $"{ContentEndpoints.Prefix}/{type.Name}";
            var body = new OpenApiRequestBody
            {
                Required = true,
                Description = $"The item as JSON, at most {ContentWriteEndpoints.MaxBodyBytes / 1024} KB.",
                Content = new Dictionary<string, OpenApiMediaType> { [AppJson] = new() { Schema = Ref(type.Name + "Input") } },
            };
            var id = Path("id", "Id of the culture variant.");
            var ifMatch = new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Schema = Text(),
                Description = "The item's version, quoted (its ETag), or *: 412 if the item changed since.",
            };

            OperationsOf(prefix)[HttpMethod.Post] = Write($"create{type.Name}", $"Create a {type.Name}", tag, [], body,
                WriteResponses(type.Name, "201", "Created: Location names the new item; ETag is its version.", "The type does not exist.", withBody: true));
            var item = OperationsOf(prefix + "/{id}");
            item[HttpMethod.Put] = Write($"replace{type.Name}", $"Replace a {type.Name}: the visible fields not given are cleared", tag, [id, ifMatch], body,
                WriteResponses(type.Name, "200", "The item as saved.", "No item of this type has this id.", withBody: true));
            item[HttpMethod.Patch] = Write($"update{type.Name}", $"Change a {type.Name}: only the fields given (null clears one)", tag, [id, ifMatch], body,
                WriteResponses(type.Name, "200", "The item as saved.", "No item of this type has this id.", withBody: true));
            item[HttpMethod.Delete] = Write($"delete{type.Name}", $"Delete a {type.Name} (restorable in the admin)", tag, [id, ifMatch], null,
                WriteResponses(null, "204", "Deleted.", "No item of this type has this id.", withBody: false));
            OperationsOf(prefix + "/{id}/publish")[HttpMethod.Post] = Write($"publish{type.Name}", $"Publish a {type.Name}'s latest version", tag, [id, ifMatch], null,
                WriteResponses(type.Name, "200", "The item, published.", "No item of this type has this id.", withBody: false));
            OperationsOf(prefix + "/{id}/unpublish")[HttpMethod.Post] = Write($"unpublish{type.Name}", $"Unpublish a {type.Name}", tag, [id, ifMatch], null,
                WriteResponses(type.Name, "200", "The item, unpublished.", "No item of this type has this id.", withBody: false));
        }

        /// <summary>What a client sends: every name is checked against the type, unknown ones are a 400.</summary>
        private OpenApiSchema InputSchema(ApiType type)
        {
            var parts = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "The fields to set, by part.",
                Properties = new Dictionary<string, IOpenApiSchema>(),
                AdditionalPropertiesAllowed = false,
            };
            foreach (var part in type.Parts.Where(p => p.Fields.Count > 0))
            {
                parts.Properties[part.Name] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = Label(part.Definition.Label),
                    Properties = part.Fields.ToDictionary(f => f.Name, FieldSchema),
                    AdditionalPropertiesAllowed = false,
                };
            }
            var culture = Enum(cultures.Supported);
            culture.Description = $"On creation only; {cultures.Default} when omitted.";
            return new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Title = type.Name + "Input",
                Description = $"A {type.Name} as a client writes it.",
                AdditionalPropertiesAllowed = false,
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    [ContentInput.CultureKey] = culture,
                    [ContentInput.DisplayTextKey] = Text(),
                    [ContentInput.SlugKey] = Text(nullable: true, description: "Made from displayText when omitted."),
                    [ContentInput.PartsKey] = parts,
                    [ContentInput.PublishKey] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Boolean,
                        Description = "Publish as well (needs the publish permission); without it a draft is saved.",
                    },
                    [ContentInput.VersionKey] = Text(description: "The version this write starts from: 409 if the item changed since."),
                },
            };
        }

        private OpenApiOperation Write(string operationId, string summary, HashSet<OpenApiTagReference> tag, List<IOpenApiParameter> parameters,
            OpenApiRequestBody? body, OpenApiResponses responses) => new()
            {
                OperationId = operationId,
                Summary = summary,
                Tags = tag,
                Parameters = parameters,
                RequestBody = body,
                Responses = responses,
                Security = WriteSecurity(),
            };

        private OpenApiResponses WriteResponses(string? schema, string success, string description, string notFound, bool withBody)
        {
            var ok = new OpenApiResponse { Description = description };
            if (schema is not null)
            {
                ok.Content = new Dictionary<string, OpenApiMediaType> { [AppJson] = new() { Schema = Ref(schema) } };
                ok.Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = new OpenApiHeader { Schema = Text(), Description = "The item's version." } };
                if (success == "201") ok.Headers["Location"] = new OpenApiHeader { Schema = Text("uri") };
            }
            var responses = new OpenApiResponses
            {
                [success] = ok,
                ["400"] = Problem("The item is not valid: errors is keyed by what is wrong (body, a property, Part.Field)."),
                ["401"] = Problem("No token, or one that is malformed, expired or revoked."),
                ["403"] = Problem("The token lacks content:write, or its client's role (a browser app's user) may not do this to this item."),
                ["404"] = Problem(notFound),
                ["409"] = Problem("The item changed since the version given in the body, or another write won the race; ETag gives the current version."),
                ["412"] = Problem("The item changed since the version in If-Match; ETag gives the current version."),
                ["429"] = TooManyRequests(),
            };
            if (withBody)
            {
                responses["413"] = Problem(string.Create(CultureInfo.InvariantCulture, $"The body is larger than {ContentWriteEndpoints.MaxBodyBytes} bytes."));
                responses["415"] = Problem("The body is not application/json.");
            }
            return responses;
        }

        private OpenApiResponse TooManyRequests() => new()
        {
            Description = "Over the client's rate limit (a browser app's applies to each of its users).",
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = Ref("ProblemDetails") } },
            Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = new OpenApiHeader { Schema = new OpenApiSchema { Type = JsonSchemaType.Integer }, Description = "Seconds until the next window." } },
        };

        /// <summary>The operations of a path, the path added if new (reads and writes share theirs).</summary>
        private Dictionary<HttpMethod, OpenApiOperation> OperationsOf(string path)
        {
            if (!document.Paths.TryGetValue(path, out var item))
                document.Paths[path] = item = new OpenApiPathItem { Operations = [] };
            var operations = (OpenApiPathItem)item;
            return operations.Operations ??= [];
        }
    }
}
