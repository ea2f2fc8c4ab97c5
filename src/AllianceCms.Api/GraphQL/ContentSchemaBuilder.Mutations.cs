using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Api.Model;
using AllianceCms.Api.Writing;
using AllianceCms.Core.Metadata;
using GraphQL;
using GraphQL.Types;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// The mutation root: per type <c>createT(input, culture, publish)</c>, <c>updateT(id, input, version,
/// publish)</c>, <c>publishT(id)</c>, <c>unpublishT(id)</c> and <c>deleteT(id)</c>. They go through the same
/// <see cref="ContentWriter"/> as REST, so scopes and the role's per-item permissions are checked here too.
/// A refused write is a field error with <c>extensions.code</c>; invalid fields carry their path
/// ("Member.Country") in <c>extensions.data.field</c>.
/// </summary>
internal sealed partial class ContentSchemaBuilder
{
    private readonly Dictionary<string, InputObjectGraphType> _partInputs = new(StringComparer.Ordinal);
    private InputObjectGraphType? _geoPointInput;

    private ObjectGraphType? BuildMutation()
    {
        if (model.Types.Count == 0) return null;
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Writes of API clients with the content:write scope, as far as their role allows." };
        var names = new NameScope();
        foreach (var type in model.Types)
        {
            var graphType = _objects[type.Name];
            var pascal = graphType.Name;
            var input = ItemInput(type);
            mutation.AddField(Field(names.Claim("create" + pascal), graphType, $"Creates a {type.Name}, as a draft unless publish is true.",
                c => WriteAsync(c, type, (w, caller, ct) => w.CreateAsync(caller, type, Input(c, type, c.GetArgument<string?>("culture"), null), ct)),
                Argument("input", NonNull(input)), Argument("culture", _string, "The default culture when omitted."), Argument("publish", _boolean)));
            mutation.AddField(Field(names.Claim("update" + pascal), graphType, $"Changes the given fields of a {type.Name} (null clears a field).",
                c => WriteAsync(c, type, (w, caller, ct) => w.UpdateAsync(caller, type, c.GetArgument<string>("id"), Input(c, type, null, c.GetArgument<string?>("version")), replace: false, null, ct)),
                Argument("id", NonNull(_id)), Argument("input", NonNull(input)),
                Argument("version", _string, "The version you changed; a newer one makes this a conflict."), Argument("publish", _boolean)));
            mutation.AddField(Field(names.Claim("publish" + pascal), graphType, $"Publishes the latest version of a {type.Name}.",
                c => WriteAsync(c, type, (w, caller, ct) => w.PublishAsync(caller, type, c.GetArgument<string>("id"), publish: true, null, ct)), Argument("id", NonNull(_id))));
            mutation.AddField(Field(names.Claim("unpublish" + pascal), graphType, $"Takes a {type.Name} off the site; it stays as a draft.",
                c => WriteAsync(c, type, (w, caller, ct) => w.PublishAsync(caller, type, c.GetArgument<string>("id"), publish: false, null, ct)), Argument("id", NonNull(_id))));
            mutation.AddField(Field(names.Claim("delete" + pascal), NonNull(_boolean), $"Deletes a {type.Name} (it can be restored in the admin).",
                async c => (await WriteAsync(c, type, (w, caller, ct) => w.DeleteAsync(caller, type, c.GetArgument<string>("id"), null, ct))) is not null || true,
                Argument("id", NonNull(_id))));
        }
        return mutation;
    }

    private static async Task<object?> WriteAsync(IResolveFieldContext c, ApiType type, Func<ContentWriter, Clients.ApiCaller?, CancellationToken, Task<WriteResult>> write)
    {
        var context = Context(c);
        var result = await write(context.Writer, context.Caller, c.CancellationToken);
        if (result.Succeeded) return result.Item;
        if (result.Status == WriteStatus.Invalid && result.Errors is { Count: > 0 } errors)
        {
            // One error per field, each naming its path, so that clients can show it beside the field.
            foreach (var (path, message) in errors.Skip(1))
            {
                var error = FieldError(path, message);
                error.Path = c.Path;
                c.Errors.Add(error);
            }
            throw FieldError(errors[0].Path, errors[0].Message);
        }
        throw new ExecutionError(result.Detail ?? result.Status.ToString()) { Code = result.Status switch
        {
            WriteStatus.Unauthorized => "UNAUTHENTICATED",
            WriteStatus.Forbidden => "FORBIDDEN",
            WriteStatus.NotFound => "NOT_FOUND",
            _ => "CONFLICT",
        } };
    }

    private static ExecutionError FieldError(string path, string message)
    {
        var error = new ExecutionError(message) { Code = "INVALID_CONTENT" };
        error.Data["field"] = path;
        return error;
    }

    /// <summary>The GraphQL input back as the JSON a REST client would send, checked by the same reader.</summary>
    private static ContentInput Input(IResolveFieldContext c, ApiType type, string? culture, string? version)
    {
        var given = c.GetArgument<Dictionary<string, object?>>("input");
        var body = new JsonObject();
        if (culture is not null) body[ContentInput.CultureKey] = culture;
        if (version is not null) body[ContentInput.VersionKey] = version;
        if (c.GetArgument<bool?>("publish") is { } publish) body[ContentInput.PublishKey] = publish;
        var parts = new JsonObject();
        foreach (var (name, value) in given)
        {
            if (name is "displayText" or "slug") { body[name] = value as string; continue; }
            var part = type.Parts.First(p => PartInputName(type, p) == name || (p.Name == type.Name && p.Fields.Any(f => GraphNames.Camel(f.Name) == name)));
            if (part.Name == type.Name && name != PartInputName(type, part))
            {
                var field = part.Fields.First(f => GraphNames.Camel(f.Name) == name);
                Part(parts, part.Name)[field.Name] = ToJson(value);
                continue;
            }
            foreach (var (fieldName, fieldValue) in (IDictionary<string, object?>)value!)
                Part(parts, part.Name)[part.Fields.First(f => GraphNames.Camel(f.Name) == fieldName).Name] = ToJson(fieldValue);
        }
        if (parts.Count > 0) body[ContentInput.PartsKey] = parts;
        var (input, errors) = ContentInput.FromObject(body, type);
        if (input is null) throw FieldError(errors[0].Path, errors[0].Message);
        return input;
    }

    private static JsonObject Part(JsonObject parts, string name) => parts[name] as JsonObject ?? (JsonObject)(parts[name] = new JsonObject());

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        DateTime d => JsonValue.Create(d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")),
        _ => JsonSerializer.SerializeToNode(value),
    };

    private static string PartInputName(ApiType type, ApiPart part) => GraphNames.Camel(part.Name);

    /// <summary>One input per type: displayText, slug, its own part's fields, other parts as nested inputs.</summary>
    private InputObjectGraphType ItemInput(ApiType type)
    {
        var input = new InputObjectGraphType { Name = _typeNames.Claim(type.Name + "Input"), Description = $"Fields of a {type.Name} to write; those left out keep their value." };
        var names = new NameScope();
        input.AddField(new FieldType { Name = names.Claim("displayText"), ResolvedType = _string });
        input.AddField(new FieldType { Name = names.Claim("slug"), ResolvedType = _string });
        foreach (var part in type.Parts.Where(p => p.Fields.Count > 0))
        {
            if (part.Name == type.Name)
                foreach (var field in part.Fields) input.AddField(new FieldType { Name = names.Claim(GraphNames.Camel(field.Name)), ResolvedType = InputType(field), Description = Describe(field.Definition.Label) });
            else
                input.AddField(new FieldType { Name = names.Claim(PartInputName(type, part)), ResolvedType = PartInput(part), Description = Describe(part.Definition.Label) });
        }
        return input;
    }

    private InputObjectGraphType PartInput(ApiPart part)
    {
        if (_partInputs.TryGetValue(part.Name, out var existing)) return existing;
        var input = new InputObjectGraphType { Name = _typeNames.Claim(part.Name + "PartInput") };
        foreach (var field in part.Fields) input.AddField(new FieldType { Name = GraphNames.Camel(field.Name), ResolvedType = InputType(field), Description = Describe(field.Definition.Label) });
        _partInputs[part.Name] = input;
        return input;
    }

    /// <summary>Inputs mirror outputs, without non-null wrappers: null clears a value. Field kinds check the values.</summary>
    private IGraphType InputType(ApiField field) => field.Kind switch
    {
        FieldKinds.Number when field.Settings.Decimal => _float,
        FieldKinds.Number => _long,
        FieldKinds.Boolean => _boolean,
        FieldKinds.DateTime => _string,
        FieldKinds.GeoPoint => _geoPointInput ??= GeoPointInput(),
        FieldKinds.ContentReference => new ListGraphType(NonNull(_id)),
        FieldKinds.User when field.Settings.Multiple => new ListGraphType(NonNull(_id)),
        FieldKinds.Tags => new ListGraphType(NonNull(_string)),
        FieldKinds.Choice or FieldKinds.Media when field.Settings.Multiple => new ListGraphType(NonNull(_string)),
        _ => _string,
    };

    private InputObjectGraphType GeoPointInput()
    {
        var input = new InputObjectGraphType { Name = _typeNames.Claim("GeoPointInput"), Description = "A point in WGS 84 degrees." };
        input.AddField(new FieldType { Name = "lat", ResolvedType = NonNull(_float) });
        input.AddField(new FieldType { Name = "lng", ResolvedType = NonNull(_float) });
        return input;
    }
}
