using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Api.GraphQL.Direct;
using AllianceCms.Api.Model;
using AllianceCms.Api.Reading;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Media;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace AllianceCms.Api.GraphQL;

/// <summary>
/// Builds the GraphQL schema for one visible model. Each content type becomes an object type
/// implementing <c>ContentItem</c>: its own part's fields (the part named like the type) sit on
/// the type, other parts are nested objects; references resolve to items in the referring item's
/// culture, loaded in batches. For each type the query root has <c>type(id)</c>,
/// <c>typeBySlug(culture, slug)</c> and <c>typeList(culture, filter, orderBy, first, after)</c>.
/// </summary>
internal sealed partial class ContentSchemaBuilder(ApiContentModel model, int defaultPageSize)
{
    private static readonly string[] SystemFieldNames =
        ["id", "contentType", "culture", "localizationSet", "displayText", "slug", "url", "publishedAt", "modifiedAt", "createdAt", "localization", "localizations"];

    private readonly StringGraphType _string = new();
    private readonly IdGraphType _id = new();
    private readonly BooleanGraphType _boolean = new();
    private readonly IntGraphType _int = new();
    private readonly LongGraphType _long = new();
    private readonly FloatGraphType _float = new();
    private readonly DateTimeGraphType _dateTime = new();

    private readonly NameScope _typeNames = new(["Query", "Mutation", "Subscription", "String", "ID", "Boolean", "Int", "Long", "Float", "DateTime"]);
    private readonly Dictionary<string, ObjectGraphType> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectGraphType> _partTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputObjectGraphType> _operatorInputs = new(StringComparer.Ordinal);
    private InterfaceGraphType _item = null!;
    private ObjectGraphType _pageInfo = null!;
    private ObjectGraphType _geoPoint = null!;
    private ObjectGraphType _mediaFile = null!;
    private EnumerationGraphType _direction = null!;
    private EnumerationGraphType _status = null!;

    public ISchema Build()
    {
        // Content types claim their names first: they are what clients know.
        foreach (var type in model.Types)
            _objects[type.Name] = new ObjectGraphType { Name = _typeNames.Claim(type.Name, type.Name + "Item"), Description = Describe(type.Model.Type.Label) };
        CreateSharedTypes();

        var query = new ObjectGraphType { Name = "Query", Description = "Published content; each type has a field by id, by slug and a list." };
        var rootNames = new NameScope();
        query.AddField(Field(rootNames.Claim("contentItem"), _item, "Any item by id, whatever its type.",
            async c => await Context(c).Content.GetAsync(model, c.GetArgument<string>("id"), Status(c), Context(c).Reader, c.CancellationToken),
            Argument("id", NonNull(_id)), StatusArgument()));
        foreach (var type in model.Types)
        {
            FillObject(type);
            AddRootFields(query, rootNames, type);
        }

        var schema = new Schema { Query = query, Mutation = BuildMutation(), Description = "Content of this site, generated from its content definitions." };
        foreach (var type in _objects.Values) schema.RegisterType(type);
        // Introspection reads the schema in memory: count it at 1% so that tools can load the schema, while
        // the depth limit still stops the cyclic __type queries that could grow without end.
        schema.WithIntrospectionComplexityImpact(0.01);
        schema.Initialize();
        return schema;
    }

    private void CreateSharedTypes()
    {
        _item = new InterfaceGraphType { Name = _typeNames.Claim("ContentItem"), Description = "What every content item has, whatever its type." };
        foreach (var field in SystemFields())
        {
            // Interfaces only declare fields; each object type resolves them.
            field.Resolver = null;
            _item.AddField(field);
        }
        _item.ResolveType = source => source is ContentItem item ? _objects.GetValueOrDefault(item.ContentType) : null;

        _pageInfo = new ObjectGraphType { Name = _typeNames.Claim("PageInfo"), Description = "Where a page of a list ends." };
        _pageInfo.AddField(Field("hasNextPage", NonNull(_boolean), "Whether more items follow.", c => ((ApiPage)c.Source!).NextCursor is not null));
        _pageInfo.AddField(Field("endCursor", _string, "Pass as 'after' to get the next page; null on the last page.", c => ((ApiPage)c.Source!).NextCursor));

        _geoPoint = new ObjectGraphType { Name = _typeNames.Claim("GeoPoint"), Description = "A point in WGS 84 degrees." };
        _geoPoint.AddField(Leaf("lat", NonNull(_float), "Latitude.", new DirectLeaf((point, _) => FieldValues.Double(((JsonObject)point)["lat"]))));
        _geoPoint.AddField(Leaf("lng", NonNull(_float), "Longitude.", new DirectLeaf((point, _) => FieldValues.Double(((JsonObject)point)["lng"]))));

        _mediaFile = new ObjectGraphType { Name = _typeNames.Claim("MediaFile"), Description = "A file of the media library." };
        _mediaFile.AddField(Leaf("path", NonNull(_string), "Path of the file in the media library, e.g. \"logos/tivat.png\".", new DirectLeaf((file, _) => ((MediaSource)file).Path)));
        var url = new DirectLeaf(MediaUrl);
        _mediaFile.AddField(url.Attach(Field("url", _string, "Absolute URL of the file on the site; of a copy resized to a width, for images, when one is given.",
            c => url.Read(c.Source!, Context(c), c.Arguments),
            Argument("width", _int, $"Width in pixels, from 1 to {MediaUrls.MaxWidth}: the site serves the nearest copy it makes that is as wide, never wider than the original."))));
        _mediaFile.AddField(MediaFact("alt", _string, "Alternative text in the item's language (else in another one); null for a file the library does not have.",
            (facts, file) => facts.Alt(file.Culture) is { Length: > 0 } alt ? alt : null));
        _mediaFile.AddField(MediaFact("width", _int, "Width of an image, in pixels.", (facts, _) => facts.Width));
        _mediaFile.AddField(MediaFact("height", _int, "Height of an image, in pixels.", (facts, _) => facts.Height));
        _mediaFile.AddField(MediaFact("mediaType", _string, "Media type of the file, read from its content, e.g. \"image/png\".", (facts, _) => facts.ContentType));

        _status = new EnumerationGraphType { Name = _typeNames.Claim("ContentStatus"), Description = "Which version to read." };
        _status.Add("PUBLISHED", VersionOptions.Published, "The published version (the default).");
        _status.Add("LATEST", VersionOptions.Latest, "The newest version, draft or not: for API clients with the content:drafts scope.");

        _direction = new EnumerationGraphType { Name = _typeNames.Claim("SortDirection") };
        _direction.Add("ASC", "asc", "Ascending (the default).");
        _direction.Add("DESC", "desc", "Descending.");
    }

    private IEnumerable<FieldType> SystemFields() =>
    [
        Leaf("id", NonNull(_id), "Id of this culture variant.", (item, _) => item.ContentItemId),
        Leaf("contentType", NonNull(_string), "Name of the content type.", (item, _) => item.ContentType),
        Leaf("culture", NonNull(_string), "Culture of this variant, e.g. \"en\".", (item, _) => item.Culture),
        Leaf("localizationSet", NonNull(_id), "Shared by the culture variants of one item.", (item, _) => item.LocalizationSet),
        Leaf("displayText", NonNull(_string), "Title of the item.", (item, _) => item.DisplayText),
        Leaf("slug", _string, "Last segment of the item's URL, for routable types.", (item, _) => item.Slug),
        Leaf("url", _string, "Absolute URL of the item's page on the site, for routable types.",
            (item, context) => model.Find(item.ContentType) is { } type ? context.Links.UrlFor(item, type) : null),
        Leaf("publishedAt", _dateTime, "When this version was published.", (item, _) => item.PublishedUtc),
        Leaf("modifiedAt", NonNull(_dateTime), "When this version was saved.", (item, _) => item.ModifiedUtc),
        Leaf("createdAt", NonNull(_dateTime), "When the item was created.", (item, _) => item.CreatedUtc),
    ];

    private void FillObject(ApiType type)
    {
        var graphType = _objects[type.Name];
        foreach (var field in SystemFields()) graphType.AddField(field);
        graphType.AddResolvedInterface(_item);

        graphType.AddField(LinkField("localization", graphType, "The variant of this item in another culture, if published.", DirectLocalization.Instance,
            Argument("culture", NonNull(_string))));
        graphType.AddField(LinkField("localizations", NonNull(new ListGraphType(NonNull(graphType))), "The variants of this item in the other cultures.",
            DirectLocalizations.Instance));

        var names = new NameScope(SystemFieldNames);
        foreach (var part in type.Parts.Where(p => p.Fields.Count > 0))
        {
            var partName = GraphNames.Camel(part.Name);
            if (part.Name == type.Name)
            {
                foreach (var field in part.Fields)
                    graphType.AddField(ValueField(field, names.Claim(GraphNames.Camel(field.Name), partName + field.Name)));
            }
            else
            {
                // Another part's fields are grouped under it; the part object reads the same item.
                graphType.AddField(DirectPart.Instance.Attach(Field(names.Claim(partName, partName + "Part"), NonNull(PartType(part)), Describe(part.Definition.Label), c => c.Source)));
            }
        }
    }

    private ObjectGraphType PartType(ApiPart part)
    {
        if (_partTypes.TryGetValue(part.Name, out var existing)) return existing;
        var graphType = new ObjectGraphType { Name = _typeNames.Claim(part.Name + "Part"), Description = Describe(part.Definition.Label) };
        foreach (var field in part.Fields) graphType.AddField(ValueField(field, GraphNames.Camel(field.Name)));
        _partTypes[part.Name] = graphType;
        return graphType;
    }

    private FieldType ValueField(ApiField field, string name)
    {
        var description = Describe(field.Definition.Label);
        if (field.IsReference) return ReferenceField(field, name, description);
        var (graphType, convert) = ValueType(field);
        Func<object, JsonNode?> stored = item => ((ContentItem)item).Get(field.Part.Name, field.Name);
        // A list is never null: an item saved before the field was added has none.
        var missing = graphType is NonNullGraphType { ResolvedType: ListGraphType } ? (object?)Array.Empty<string>() : null;
        if (graphType.GetNamedType() is IObjectGraphType)
        {
            // A point, or media files: objects read from the stored value.
            Func<object, object?> read = item => stored(item) is { } node ? convert(node) : missing;
            var value = new DirectValueObject(field.Kind == FieldKinds.Media ? item => MediaSources((ContentItem)item, read(item)) : read);
            return value.Attach(Field(name, graphType, description, c => value.Read(c.Source!)));
        }
        var leaf = new DirectLeaf((item, _) => stored(item) is { } value ? convert(value) : missing, stored, StoredShapeOf(field));
        return Leaf(name, graphType, description, leaf);
    }

    /// <summary>Kinds whose stored JSON strings are answered as they are (a value of another shape reads as null or as no strings).</summary>
    private static StoredShape StoredShapeOf(ApiField field) => field.Kind switch
    {
        _ when IsText(field) => StoredShape.Text,
        FieldKinds.Tags => StoredShape.Strings,
        FieldKinds.User or FieldKinds.Choice => field.Settings.Multiple ? StoredShape.Strings : StoredShape.FirstString,
        _ => StoredShape.None,
    };

    private static bool IsText(ApiField field) =>
        field.Kind is FieldKinds.Text or FieldKinds.RichText or FieldKinds.Markdown or FieldKinds.Url or FieldKinds.Email or FieldKinds.Phone or FieldKinds.Date;

    /// <summary>The GraphQL type of a field kind and how a stored value becomes what that type serializes.</summary>
    private (IGraphType Type, Func<JsonNode, object?> Convert) ValueType(ApiField field) => field.Kind switch
    {
        FieldKinds.Number when field.Settings.Decimal => (_float, FieldValues.Double),
        FieldKinds.Number => (_long, FieldValues.Long),
        FieldKinds.Boolean => (_boolean, FieldValues.Boolean),
        FieldKinds.DateTime => (_dateTime, FieldValues.DateTime),
        FieldKinds.GeoPoint => (_geoPoint, v => v as JsonObject),
        FieldKinds.User => field.Settings.Multiple ? (NonNull(new ListGraphType(NonNull(_id))), FieldValues.Strings) : (_id, FieldValues.FirstString),
        FieldKinds.Tags => (NonNull(new ListGraphType(NonNull(_string))), FieldValues.Strings),
        FieldKinds.Choice when field.Settings.Multiple => (NonNull(new ListGraphType(NonNull(_string))), FieldValues.Strings),
        FieldKinds.Choice => (_string, FieldValues.FirstString),
        FieldKinds.Media when field.Settings.Multiple => (NonNull(new ListGraphType(NonNull(_mediaFile))), FieldValues.Strings),
        FieldKinds.Media => (_mediaFile, FieldValues.FirstString),
        _ when IsText(field) => (_string, FieldValues.String),
        // A kind added by a module that the API does not know yet: its stored JSON as text.
        _ => (_string, v => v.ToJsonString()),
    };

    private FieldType ReferenceField(ApiField field, string name, string? description)
    {
        IGraphType target = field.Targets.Count == 1 ? _objects[field.Targets[0]] : _item;
        var multiple = field.Settings.Multiple;
        var graphType = multiple ? NonNull(new ListGraphType(NonNull(target))) : target;
        return LinkField(name, graphType, description, new DirectReference(field));
    }

    /// <summary>A field leading to other items (or variants) through the batch loader, read the same way whether executed or written directly.</summary>
    private static FieldType LinkField(string name, IGraphType type, string? description, DirectLink link, params QueryArgument[] arguments) =>
        link.Attach(Field(name, type, description, c =>
        {
            var item = Item(c);
            var context = Context(c);
            var ids = link.Ids(item);
            if (ids.Count == 0) return link.Multiple ? Array.Empty<ContentItem>() : null;
            link.CheckArguments(context, c.Arguments);
            return context.VariantsFor(c).Load(ids, variants =>
            {
                var found = link.Pick(item, ids, variants, context, c.Arguments);
                return link.Multiple ? found : (object?)found.FirstOrDefault();
            });
        }, arguments));

    private void AddRootFields(ObjectGraphType query, NameScope rootNames, ApiType type)
    {
        var graphType = _objects[type.Name];
        var camel = GraphNames.Camel(graphType.Name);

        query.AddField(Field(rootNames.Claim(camel, camel + "Item"), graphType, $"A {type.Name} by id.",
            async c => await Context(c).Content.GetAsync(type, c.GetArgument<string>("id"), Status(c), Context(c).Reader, c.CancellationToken),
            Argument("id", NonNull(_id)), StatusArgument()));

        query.AddField(Field(rootNames.Claim(camel + "BySlug"), graphType, $"A {type.Name} by its slug in a culture; a former slug finds the item too.", async c =>
        {
            var context = Context(c);
            var culture = context.Requests.Culture(c.GetArgument<string>("culture"))
                ?? throw InvalidArgument($"'{c.GetArgument<string>("culture")}' is not a culture of this site.");
            var match = await context.Content.FindBySlugAsync(type, culture, c.GetArgument<string>("slug"), VersionOptions.Published, context.Reader, c.CancellationToken);
            return match?.Item;
        }, Argument("culture", NonNull(_string)), Argument("slug", NonNull(_string))));

        var (filter, filterFields) = FilterInput(type);
        var orderBy = OrderByInput(type, filterFields);
        var connection = new ObjectGraphType { Name = _typeNames.Claim(type.Name + "Connection"), Description = $"A page of {type.Name} items." };
        connection.AddField(Field("totalCount", NonNull(_int), "How many items match, over all pages.", c => ((ApiPage)c.Source!).TotalCount ?? 0));
        connection.AddField(Field("items", NonNull(new ListGraphType(NonNull(graphType))), "The items of this page.", c => ((ApiPage)c.Source!).Items));
        connection.AddField(Field("pageInfo", NonNull(_pageInfo), "Where this page ends.", c => c.Source));

        var arguments = new List<QueryArgument>
        {
            Argument("culture", _string, "Culture of the items; the site's default culture when omitted."),
            Argument("orderBy", orderBy, "Order of the items; newest published first when omitted."),
            Argument("first", _int, "How many items per page.", defaultPageSize),
            Argument("after", _string, "The endCursor of the previous page."),
            StatusArgument(),
        };
        if (filter is not null) arguments.Insert(1, Argument("filter", filter, "Conditions on indexed fields, all of which must hold."));

        query.AddField(Field(rootNames.Claim(camel + "List"), connection, $"A page of {type.Name} items, filtered and ordered.", async c =>
        {
            var context = Context(c);
            var input = new ContentListInput
            {
                Culture = c.GetArgument<string?>("culture"),
                Sort = SortText(c.GetArgument<IDictionary<string, object?>?>("orderBy")),
                First = c.GetArgument<int?>("first"),
                After = c.GetArgument<string?>("after"),
                Filters = Filters(c.GetArgument<IDictionary<string, object?>?>("filter"), filterFields),
                IncludeTotal = c.SubFields is not { } selected || selected.Values.Any(f => f.Field.Name.StringValue == "totalCount"),
                Version = Status(c),
            };
            var (request, errors) = await context.Requests.BuildAsync(type, input, ListParameterNames.GraphQL, c.CancellationToken);
            if (request is null) throw InvalidArgument(string.Join(" ", errors.Select(e => $"{e.Parameter}: {e.Message}")));
            try { return await context.Content.ListAsync(request, context.Reader, c.CancellationToken); }
            catch (InvalidQueryException e) { throw InvalidArgument(e.Message); }
        }, [.. arguments]));
    }

    /// <summary>The filter input of a type: one operator input per indexed field, named like the field.</summary>
    private (InputObjectGraphType? Input, IReadOnlyDictionary<string, ApiField> Fields) FilterInput(ApiType type)
    {
        var names = new NameScope();
        var fields = new Dictionary<string, ApiField>(StringComparer.Ordinal);
        foreach (var field in type.Indexed)
            fields[names.Claim(field.Part.Name == type.Name ? GraphNames.Camel(field.Name) : GraphNames.Camel(field.Part.Name) + field.Name)] = field;
        if (fields.Count == 0) return (null, fields);

        var input = new InputObjectGraphType { Name = _typeNames.Claim(type.Name + "Filter"), Description = $"Conditions on the indexed fields of {type.Name}." };
        foreach (var (name, field) in fields)
            input.AddField(new FieldType { Name = name, ResolvedType = OperatorInput(field), Description = Describe(field.Definition.Label) });
        return (input, fields);
    }

    private InputObjectGraphType OperatorInput(ApiField field)
    {
        var (name, description, value) = field.Kind switch
        {
            FieldKinds.Number => ("NumberFilter", "Compares numbers.", (IGraphType)_float),
            FieldKinds.Boolean => ("BooleanFilter", "Matches true or false.", _boolean),
            FieldKinds.Date or FieldKinds.DateTime => ("DateFilter", "Compares dates written 2024-05-31 or 2024-05-31T14:00:00Z.", _string),
            FieldKinds.ContentReference => ("ReferenceFilter", "Matches referenced items by the id of any of their culture variants.", _id),
            FieldKinds.Choice or FieldKinds.Tags or FieldKinds.Media or FieldKinds.User => ("ValueFilter", "Matches exact values.", _string),
            _ => ("TextFilter", "Compares text (case-sensitive).", _string),
        };
        if (_operatorInputs.TryGetValue(name, out var existing)) return existing;

        var input = new InputObjectGraphType { Name = _typeNames.Claim(name), Description = description };
        foreach (var op in FilterValues.OperatorsFor(field))
        {
            var opName = FilterValues.Describe(op);
            input.AddField(new FieldType { Name = opName, ResolvedType = op == FilterOperator.In ? new ListGraphType(NonNull(value)) : value });
        }
        _operatorInputs[name] = input;
        return input;
    }

    private InputObjectGraphType OrderByInput(ApiType type, IReadOnlyDictionary<string, ApiField> filterFields)
    {
        var values = new NameScope();
        var sortField = new EnumerationGraphType { Name = _typeNames.Claim(type.Name + "SortField"), Description = $"What {type.Name} lists can be ordered by." };
        sortField.Add(values.Claim("PUBLISHED_AT"), ApiSort.PublishedAt, "When published.");
        sortField.Add(values.Claim("MODIFIED_AT"), ApiSort.ModifiedAt, "When last saved.");
        sortField.Add(values.Claim("CREATED_AT"), ApiSort.CreatedAt, "When created.");
        sortField.Add(values.Claim("DISPLAY_TEXT"), ApiSort.DisplayText, "Title, ignoring case and accents.");
        foreach (var (name, field) in filterFields)
            sortField.Add(values.Claim(GraphNames.UpperSnake(name)), field.Path, Describe(field.Definition.Label));

        var input = new InputObjectGraphType { Name = _typeNames.Claim(type.Name + "OrderBy") };
        input.AddField(new FieldType { Name = "field", ResolvedType = NonNull(sortField) });
        input.AddField(new FieldType { Name = "direction", ResolvedType = _direction, Description = "ASC when omitted." });
        return input;
    }

    private static string? SortText(IDictionary<string, object?>? orderBy) =>
        orderBy?.TryGetValue("field", out var field) == true && field is string key
            ? (orderBy.TryGetValue("direction", out var direction) && direction as string == "desc" ? "-" : "") + key
            : null;

    private static List<FilterInput> Filters(IDictionary<string, object?>? filter, IReadOnlyDictionary<string, ApiField> fields)
    {
        var result = new List<FilterInput>();
        foreach (var (name, conditions) in filter ?? new Dictionary<string, object?>())
        {
            if (conditions is not IDictionary<string, object?> operators || !fields.TryGetValue(name, out var field)) continue;
            foreach (var (op, value) in operators)
            {
                if (value is null) continue;
                var values = value is IEnumerable<object?> list && value is not string ? list.Select(Text).ToList() : [Text(value)];
                var @operator = op switch
                {
                    "in" => FilterOperator.In,
                    "gte" => FilterOperator.GreaterOrEqual,
                    "lte" => FilterOperator.LessOrEqual,
                    "startsWith" => FilterOperator.StartsWith,
                    _ => FilterOperator.Equals,
                };
                result.Add(new FilterInput($"filter.{name}.{op}", field.Path, @operator, values));
            }
        }
        return result;
    }

    private static string Text(object? value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    /// <summary>The media files a field holds (its path, or its list of paths), with the culture of their item.</summary>
    private static object? MediaSources(ContentItem item, object? paths) => paths switch
    {
        string path => new MediaSource(path, item.Culture),
        IEnumerable<string> list => list.Select(p => new MediaSource(p, item.Culture)).ToList(),
        _ => null,
    };

    /// <summary>The URL of a media file, resized to the width asked for.</summary>
    private static object? MediaUrl(object file, ContentGraphContext context, IDictionary<string, ArgumentValue>? arguments)
    {
        var width = arguments?.TryGetValue("width", out var given) == true ? given.Value as int? : null;
        if (width is < 1 or > MediaUrls.MaxWidth) throw InvalidArgument($"'width' is a width in pixels from 1 to {MediaUrls.MaxWidth}.");
        return MediaUrls.For(((MediaSource)file).Path, width) is { } url ? context.Links.Site(url) : null;
    }

    /// <summary>A fact the media library keeps about a file, loaded in batches; null for a file it does not have.</summary>
    private static FieldType MediaFact(string name, IGraphType type, string description, Func<MediaFacts, MediaSource, object?> read)
    {
        var leaf = new DirectLeaf((file, context) => context.MediaFiles.Loaded(((MediaSource)file).Path) is { } facts ? read(facts, (MediaSource)file) : null)
        {
            MediaFile = file => ((MediaSource)file).Path,
        };
        return leaf.Attach(Field(name, type, description, c =>
        {
            var file = (MediaSource)c.Source!;
            return Context(c).MediaFiles.Load([file.Path], loaded => loaded(file.Path) is { } facts ? read(facts, file) : null);
        }));
    }

    private static ContentItem Item(IResolveFieldContext context) => (ContentItem)context.Source!;

    private QueryArgument StatusArgument() => Argument("status", _status, "PUBLISHED when omitted; LATEST needs the content:drafts scope.");

    /// <summary>The version a root field reads; drafts only for readers allowed them, item by item (their CanRead).</summary>
    private static VersionOptions Status(IResolveFieldContext c)
    {
        var status = c.GetArgument("status", VersionOptions.Published);
        if (status == VersionOptions.Latest && !Context(c).Reader.CanReadDrafts)
            throw new ExecutionError("Only API clients allowed to read drafts may ask for status LATEST.") { Code = "FORBIDDEN" };
        return status;
    }

    private static ContentGraphContext Context(IResolveFieldContext context) => ContentGraphContext.Of(context);

    private static ExecutionError InvalidArgument(string message) => new(message) { Code = "INVALID_ARGUMENT" };

    private static NonNullGraphType NonNull(IGraphType type) => new(type);

    private static string? Describe(LocalizedText label) => label.IsEmpty ? null : label.For("en");

    private static FieldType Field(string name, IGraphType type, string? description, Func<IResolveFieldContext, object?> resolve, params QueryArgument[] arguments) =>
        new()
        {
            Name = name,
            ResolvedType = type,
            Description = description,
            Arguments = arguments.Length > 0 ? new QueryArguments(arguments) : null,
            Resolver = new FuncFieldResolver<object?>(resolve),
        };

    private static FieldType Field(string name, IGraphType type, string? description, Func<IResolveFieldContext, Task<object?>> resolve, params QueryArgument[] arguments) =>
        new()
        {
            Name = name,
            ResolvedType = type,
            Description = description,
            Arguments = arguments.Length > 0 ? new QueryArguments(arguments) : null,
            Resolver = new FuncFieldResolver<object?>(c => new ValueTask<object?>(resolve(c))),
        };

    /// <summary>A scalar field of an item, read the same way whether executed or written directly.</summary>
    private static FieldType Leaf(string name, IGraphType type, string? description, Func<ContentItem, ContentGraphContext, object?> read) =>
        Leaf(name, type, description, new DirectLeaf((item, context) => read((ContentItem)item, context)));

    private static FieldType Leaf(string name, IGraphType type, string? description, DirectLeaf leaf) =>
        leaf.Attach(Field(name, type, description, c => leaf.Read(c.Source!, Context(c))));

    private static QueryArgument Argument(string name, IGraphType type, string? description = null, object? defaultValue = null) =>
        new(type) { Name = name, Description = description, DefaultValue = defaultValue };
}

/// <summary>Reads stored JSON field values as the CLR values GraphQL scalars serialize; a value of the wrong shape reads as null.</summary>
internal static class FieldValues
{
    public static object? String(JsonNode node) => Text(node)?.GetValue<string>();

    public static object? FirstString(JsonNode node) => FirstText(node)?.GetValue<string>();

    // Read for every reference and list field of every item: loops, not LINQ.
    public static object? Strings(JsonNode node)
    {
        if (node is not JsonArray array) return String(node) is string s ? new List<string>(1) { s } : new List<string>();
        var strings = new List<string>(array.Count);
        foreach (var item in array)
            if (Text(item) is { } text) strings.Add(text.GetValue<string>());
        return strings;
    }

    /// <summary>A stored JSON string, as it is stored (direct writing copies it from there).</summary>
    public static JsonValue? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value : null;

    /// <summary>The first stored string of an array, or a lone stored string.</summary>
    public static JsonValue? FirstText(JsonNode? node)
    {
        if (node is not JsonArray array) return Text(node);
        foreach (var item in array)
            if (Text(item) is { } text) return text;
        return null;
    }

    public static object? Long(JsonNode node) =>
        Decimal(node) is { } d && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue ? (long)d : null;

    public static object? Double(JsonNode? node) => node is null ? null : Decimal(node) is { } d ? (double)d : null;

    public static object? Boolean(JsonNode node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    public static object? DateTime(JsonNode node) =>
        String(node) is string s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment.UtcDateTime
            : null;

    // Stored values read from the database parse straight from their JSON; values built in memory hold a CLR number.
    private static decimal? Decimal(JsonNode node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
        && (v.TryGetValue(out decimal d) || decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d)) ? d : null;
}
