using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Core.Content;
using AllianceCms.Core.Fields;
using AllianceCms.Core.Media;
using AllianceCms.Core.Queries;
using AllianceCms.Display.Pages;
using Fluid;
using Fluid.Values;
using Markdig;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Display.Rendering;

/// <summary>
/// The site's Liquid filters. Fields: <c>field</c>, <c>field_label</c>, <c>choice_label</c>,
/// <c>display_fields</c>, <c>references</c>. URLs: <c>url</c>, <c>list_url</c>, <c>culture_url</c>,
/// <c>absolute_url</c>, <c>media_url</c>, <c>asset_url</c>; images: <c>image</c>. Words and formats in the page's culture:
/// <c>t</c>, <c>localized_date</c>, <c>localized_number</c>, <c>markdown</c>. Another culture:
/// <c>lang_attr</c>, <c>fallback_notice</c>. Content: <c>query_content</c>, <c>count_content</c>.
/// </summary>
internal static class DisplayFilters
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .UseEmphasisExtras().UsePipeTables().UseAutoLinks().DisableHtml().Build();

    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("t", Translate);
        filters.AddFilter("field", Field);
        filters.AddFilter("field_label", FieldLabel);
        filters.AddFilter("choice_label", ChoiceLabel);
        filters.AddFilter("display_fields", DisplayFieldsAsync);
        filters.AddFilter("references", ReferencesAsync);
        filters.AddFilter("url", Url);
        filters.AddFilter("list_url", ListUrl);
        filters.AddFilter("culture_url", CultureUrl);
        filters.AddFilter("absolute_url", AbsoluteUrl);
        filters.AddFilter("media_url", MediaUrl);
        filters.AddFilter("image", Image);
        filters.AddFilter("asset_url", AssetUrl);
        filters.AddFilter("localized_date", LocalizedDate);
        filters.AddFilter("localized_number", LocalizedNumber);
        filters.AddFilter("markdown", MarkdownToHtml);
        filters.AddFilter("lang_attr", LangAttribute);
        filters.AddFilter("fallback_notice", FallbackNotice);
        filters.AddFilter("display", DisplayAsync);
        filters.AddFilter("query_content", QueryContentAsync);
        filters.AddFilter("count_content", CountContentAsync);
        filters.AddFilter("ordinal", Ordinal);
        filters.AddFilter("field_choices", FieldChoices);
        filters.AddFilter("initial", Initial);
        filters.AddFilter("sort_folded", SortFolded);
        filters.AddFilter("page_number", PageNumber);
        filters.AddFilter("is_past", IsPast);
    }

    private static PageRenderState State(TemplateContext context) => PageRenderState.From(context);

    private static FluidValue Raw(string html) => new StringValue(html, encode: false);

    private static ContentItemView? ItemOf(FluidValue input) => (input as ContentItemValue)?.View;

    /// <summary>"Member.Population" → (Member, Population); a bare "Population" is read from the item's own part.</summary>
    private static (string Part, string Field) FieldPath(string path, ContentItemView? item)
    {
        var dot = path.IndexOf('.');
        return dot > 0 ? (path[..dot], path[(dot + 1)..]) : (item?.Item.ContentType ?? "", path);
    }

    // {{ "nav.home" | t }}, {{ "list.count" | t: total }}
    private static ValueTask<FluidValue> Translate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var args = new object?[arguments.Count];
        for (var i = 0; i < args.Length; i++) args[i] = arguments.At(i).ToObjectValue();
        return new StringValue(State(context).T(input.ToStringValue(), args));
    }

    // {{ item | field: "Member.Population" }}: the public value, or nil
    private static ValueTask<FluidValue> Field(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (ItemOf(input) is not { } item) return NilValue.Instance;
        var (part, field) = FieldPath(arguments.At(0).ToStringValue(), item);
        return item.Field(part, field) is { } value ? FluidValue.Create(value, context.Options) : NilValue.Instance;
    }

    // {{ item | field_label: "Member.Population" }}: the field's label in the page's culture
    private static ValueTask<FluidValue> FieldLabel(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var item = ItemOf(input);
        var (part, field) = FieldPath(arguments.At(0).ToStringValue(), item);
        var type = item?.Type ?? State(context).Definitions.Find(part);
        return type?.FindField(part, field) is { } found ? new StringValue(found.Field.Label.For(State(context).Culture)) : NilValue.Instance;
    }

    // {{ item | choice_label: "Member.AuthorityType" }}: the chosen values' labels, joined with ", "
    private static ValueTask<FluidValue> ChoiceLabel(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (ItemOf(input) is not { } item) return NilValue.Instance;
        var (part, field) = FieldPath(arguments.At(0).ToStringValue(), item);
        if (item.Type.FindField(part, field) is not { } found || item.Field(part, field) is not { } value) return NilValue.Instance;
        return new StringValue(FieldDisplay.ChoiceLabels(value, found.Field, State(context).Culture));
    }

    // {% assign fields = item | display_fields %}: [{ name, label, kind, value, html }] of the non-empty public fields
    private static async ValueTask<FluidValue> DisplayFieldsAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (ItemOf(input) is not { } item) return ArrayValue.Empty;
        var state = State(context);
        var result = new List<FluidValue>();
        foreach (var (part, field) in item.Type.Fields)
        {
            if (item.Field(part.Name, field.Name) is not { } value) continue;
            var html = await FieldDisplay.HtmlAsync(value, field, item, state, State(context).CancellationToken);
            if (string.IsNullOrEmpty(html)) continue;
            result.Add(new DisplayFieldValue(part, field, value, html, state.Culture));
        }
        return new ArrayValue(result);
    }

    // {% assign countries = item | references: "Member.Country" %}: the referenced items, in the page's culture when translated
    private static async ValueTask<FluidValue> ReferencesAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (ItemOf(input) is not { } item) return ArrayValue.Empty;
        var (part, field) = FieldPath(arguments.At(0).ToStringValue(), item);
        var views = await ReferencedAsync(IdListFieldKind.Ids(item.Field(part, field)), State(context), State(context).CancellationToken);
        return new ArrayValue(views.Select(v => (FluidValue)new ContentItemValue(v)).ToList());
    }

    internal static async Task<IReadOnlyList<ContentItemView>> ReferencedAsync(IReadOnlyList<string> ids, PageRenderState state, CancellationToken ct)
    {
        var content = state.Services.GetRequiredService<IContentManager>();
        var views = new List<ContentItemView>(ids.Count);
        foreach (var id in ids)
        {
            var target = await content.GetAsync(id, VersionOptions.Published, ct);
            if (target is null)
            {
                // Not public now; should it be published later, this page must show it.
                state.CacheTags.Add(Caching.CacheTags.Item(id));
                continue;
            }
            if (!string.Equals(target.Culture, state.Culture, StringComparison.OrdinalIgnoreCase))
                target = await content.GetVariantAsync(target.LocalizationSet, state.Culture, VersionOptions.Published, ct) ?? target;
            if (state.View(target) is { } view) views.Add(view);
        }
        return views;
    }

    // {{ item | url }}
    private static ValueTask<FluidValue> Url(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        ItemOf(input)?.Url is { } url ? new StringValue(url) : NilValue.Instance;

    // {{ "NewsItem" | list_url }}: the list page of a type in the page's culture
    private static ValueTask<FluidValue> ListUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = State(context);
        var type = state.Definitions.Find(input.ToStringValue());
        return type is null ? NilValue.Instance : PageModels.ListUrl(type, state.Culture, state.Urls) is { } url ? new StringValue(url) : NilValue.Instance;
    }

    // {{ "/search" | culture_url }} → "/fr/search" on a French page
    private static ValueTask<FluidValue> CultureUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = State(context);
        var culture = arguments.Count > 0 ? arguments.At(0).ToStringValue() : state.Culture;
        var path = input.ToStringValue();
        var prefix = state.Urls.CulturePrefix(culture);
        return new StringValue(path is "" or "/" ? (prefix.Length > 0 ? prefix : "/") : prefix + "/" + path.TrimStart('/'));
    }

    // {{ page.url | absolute_url }}
    private static ValueTask<FluidValue> AbsoluteUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var path = input.ToStringValue();
        if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return new StringValue(path);
        return new StringValue(State(context).Origin + "/" + path.TrimStart('/'));
    }

    // {{ item | field: "Member.Logo" | media_url: width: 320 }} → /media/logos/tivat.png?w=320
    // (with ?v={version} when the library knows the file, so the URL can be cached for a year)
    private static async ValueTask<FluidValue> MediaUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var path = MediaPath(input);
        var width = arguments.HasNamed("width") ? arguments["width"] : arguments.HasNamed("height") ? NilValue.Instance : arguments.At(0);
        var height = arguments.HasNamed("height") ? arguments["height"] : NilValue.Instance;
        return await ResponsiveImage.UrlAsync(path, width.IsNil() ? null : (int)width.ToNumberValue(), height.IsNil() ? null : (int)height.ToNumberValue(), State(context)) is { } url
            ? new StringValue(url)
            : NilValue.Instance;
    }

    // {{ item | field: "Member.Logo" | image: width: 320, sizes: "8rem", class: "logo" }} → <img src srcset sizes width height alt loading="lazy">
    // with the file's alternative text in the page's culture; nothing when the path is not a library image.
    private static async ValueTask<FluidValue> Image(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var width = arguments.HasNamed("width") ? arguments["width"] : arguments.At(0);
        var html = await ResponsiveImage.HtmlAsync(MediaPath(input), width.IsNil() ? null : (int)width.ToNumberValue(),
            arguments.HasNamed("sizes") ? arguments["sizes"].ToStringValue() : null,
            arguments.HasNamed("class") ? arguments["class"].ToStringValue() : null, State(context));
        return html.Length == 0 ? NilValue.Instance : Raw(html);
    }

    private static string? MediaPath(FluidValue input) =>
        input is ArrayValue array ? array.Values.FirstOrDefault()?.ToStringValue() : input.IsNil() ? null : input.ToStringValue();

    // {{ "css/site.css" | asset_url }} → /theme/css/site.css?v=3f2a…
    private static ValueTask<FluidValue> AssetUrl(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        State(context).Theme is { } theme ? new StringValue(theme.Url(input.ToStringValue())) : NilValue.Instance;

    // {{ item.published_utc | localized_date }}, {{ value | localized_date: "short" }}: long, short, datetime, time, month, year or a .NET format
    private static ValueTask<FluidValue> LocalizedDate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var format = arguments.Count > 0 ? arguments.At(0).ToStringValue() : "long";
        return FieldDisplay.Date(input.ToObjectValue(), format, State(context)) is { } text ? new StringValue(text) : NilValue.Instance;
    }

    // {{ 14100 | localized_number }} → "14,100" / "14 100"; {{ x | localized_number: 2 }}
    private static ValueTask<FluidValue> LocalizedNumber(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil()) return NilValue.Instance;
        var decimals = arguments.Count > 0 ? (int?)arguments.At(0).ToNumberValue() : null;
        return new StringValue(FieldDisplay.Number(input.ToNumberValue(), decimals, State(context).CultureInfo));
    }

    // {{ text | markdown }}: raw HTML in the text is not passed through
    private static ValueTask<FluidValue> MarkdownToHtml(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Raw(ToHtml(input.ToStringValue()));

    internal static string ToHtml(string markdown) =>
        markdown.Length == 0 ? "" : RichTextFieldKind.Sanitize(Markdig.Markdown.ToHtml(markdown, Markdown));

    // <article{{ item | lang_attr }}>: lang="en" when the item is not in the page's culture
    private static ValueTask<FluidValue> LangAttribute(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var culture = ItemOf(input)?.Item.Culture ?? input.ToStringValue();
        return Raw(culture.Length > 0 && !string.Equals(culture, State(context).Culture, StringComparison.OrdinalIgnoreCase)
            ? $" lang=\"{System.Net.WebUtility.HtmlEncode(culture)}\""
            : "");
    }

    // {{ item | fallback_notice }}: a visible marker, in the page's language, on an item shown untranslated
    private static ValueTask<FluidValue> FallbackNotice(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        return ItemOf(input) is { IsFallback: true } item ? Raw(FallbackNoticeHtml(item, State(context))) : Raw("");
    }

    internal static string FallbackNoticeHtml(ContentItemView item, PageRenderState state)
    {
        var language = state.T("language." + item.Item.Culture);
        var text = Templating.LiquidEngine.HtmlEncoder.Encode(state.T("fallback.notice", language));
        return $"<span class=\"fallback-notice\" lang=\"{state.Culture}\">{text}</span>";
    }

    // {{ item | display: "Summary" }}: the item drawn by the first working template of its alternates for that display type
    private static async ValueTask<FluidValue> DisplayAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (ItemOf(input) is not { } item) return NilValue.Instance;
        var state = State(context);
        var displayType = arguments.Count > 0 ? arguments.At(0).ToStringValue() : Alternates.Summary;
        if (state.NewContext is null || state.Depth >= MaxDepth) throw new InvalidOperationException($"Templates render each other more than {MaxDepth} deep.");
        var alternates = Alternates.ForContent(item.Item, displayType);
        state.Depth++;
        try
        {
            var rendered = await state.Services.GetRequiredService<TemplateRenderer>().RenderFirstAsync(alternates, () =>
            {
                var inner = state.NewContext();
                inner.SetValue("item", input);
                inner.SetValue("display_type", new StringValue(displayType));
                return inner;
            }, state.CancellationToken);
            return Raw(rendered?.Html ?? "");
        }
        finally
        {
            state.Depth--;
        }
    }

    private const int MaxDepth = 8;

    // {% assign pages = "Page" | query_content: where: "Page.MenuPlacement", equals: "main", sort: "Page.MenuPosition", order: "asc", size: 20 %}
    private static async ValueTask<FluidValue> QueryContentAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = State(context);
        if (ContentQueries.Build(input.ToStringValue(), arguments, state, context) is not { } query) return ArrayValue.Empty;
        var page = await state.Services.GetRequiredService<IContentQueryService>().QueryAsync(query with { IncludeTotal = false }, State(context).CancellationToken);
        return new ArrayValue(page.Items.Select(state.View).OfType<ContentItemView>().Select(v => (FluidValue)new ContentItemValue(v)).ToList());
    }

    // {{ "Member" | count_content: where: "Member.Status", equals: "active" }}
    private static async ValueTask<FluidValue> CountContentAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = State(context);
        if (ContentQueries.Build(input.ToStringValue(), arguments, state, context) is not { } query) return NumberValue.Zero;
        var service = state.Services.GetRequiredService<IContentQueryService>();
        if (!arguments.HasNamed("distinct")) return NumberValue.Create(await service.CountAsync(query, state.CancellationToken));

        // Distinct values of a field among the matches ("from M countries"): one DISTINCT query on the field
        // index when the field is indexed (references by their target's localization set), so that the figure
        // costs the same for ten participants or ten thousand.
        var (part, field) = FieldPath(arguments["distinct"].ToStringValue(), null);
        if (query.Types.Count == 1 && state.Definitions.Find(query.Types[0])?.FindField(part, field) is { Field.Settings.Indexed: true } found
            && found.Field.Kind is not (Core.Metadata.FieldKinds.Number or Core.Metadata.FieldKinds.Date or Core.Metadata.FieldKinds.DateTime or Core.Metadata.FieldKinds.Boolean))
            return NumberValue.Create((await service.DistinctTextValuesAsync(query, $"{part}.{field}", state.CancellationToken)).Count);

        // A field that is not indexed: read page by page, values only kept.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var paged = query with { PageSize = ContentQuery.MaxPageSize, IncludeTotal = false, Skip = 0 };
        for (var skip = 0; ; skip += paged.PageSize)
        {
            var page = await service.QueryAsync(paged with { Skip = skip }, state.CancellationToken);
            foreach (var item in page.Items)
            {
                var value = item.Get(part, field);
                foreach (var id in value is JsonArray ? IdListFieldKind.Ids(value) : value is null ? [] : [value.ToJsonString()]) seen.Add(id);
            }
            if (page.Items.Count < paged.PageSize) break;
        }
        return NumberValue.Create(seen.Count);
    }

    // {% assign types = "Member.AuthorityType" | field_choices %}: each choice's value and label in the page's culture
    private static ValueTask<FluidValue> FieldChoices(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = State(context);
        var (part, field) = FieldPath(input.ToStringValue(), null);
        if (state.Definitions.Find(part)?.FindField(part, field) is not { } found) return ArrayValue.Empty;
        return new ArrayValue((found.Field.Settings.Choices ?? []).Select(c => (FluidValue)new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>
        {
            ["value"] = new StringValue(c.Value),
            ["label"] = new StringValue(c.Label.For(state.Culture)),
        }))).ToList());
    }

    // {{ 130 | ordinal }} → "130th" on an English page, "130e" on a French one ("1er", "1re" with "f")
    private static ValueTask<FluidValue> Ordinal(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil() || input.ToStringValue().Length == 0) return NilValue.Instance;
        var n = (long)input.ToNumberValue();
        var state = State(context);
        var feminine = arguments.Count > 0 && arguments.At(0).ToStringValue() == "f";
        return new StringValue(Ordinals.Format(n, state.Culture, state.CultureInfo, feminine));
    }

    // {{ item.title | initial }} → "E" for "Égalité": the first letter, upper case, diacritics folded; "#" when not a letter
    private static ValueTask<FluidValue> Initial(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new StringValue(Folding.Initial(input.ToStringValue(), State(context).CultureInfo));

    // {% assign terms = terms | sort_folded %}: items by title in the page's culture, accents and case ignored
    private static ValueTask<FluidValue> SortFolded(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input is not ArrayValue array) return input;
        var compare = State(context).CultureInfo.CompareInfo;
        var sorted = array.Values.OrderBy(v => v.ToStringValue(), Comparer<string>.Create((a, b) =>
            compare.Compare(a, b, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace))).ToList();
        return new ArrayValue(sorted);
    }

    // {% assign p = page.query.page | page_number %}: "3" → 3; missing, "abc", "-1", huge → 1
    private static ValueTask<FluidValue> PageNumber(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        NumberValue.Create(PublicPageEndpoints.PageNumber(input.IsNil() ? null : input.ToStringValue()));

    // {% assign over = item | field: "NewsItem.EventEnd" | is_past %}: a date or date-time before now (a date is past once its day is over)
    private static ValueTask<FluidValue> IsPast(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var text = input.IsNil() ? "" : input.ToStringValue();
        if (text.Length == 0) return BooleanValue.False;
        var now = context.Now().UtcDateTime;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return BooleanValue.Create(day.ToDateTime(TimeOnly.MaxValue) < now);
        return BooleanValue.Create(DateTimeFieldKind.Parse(text) is { } utc && utc < now);
    }
}

/// <summary>Content queries written in templates, limited to public types and recorded as listed types.</summary>
internal static class ContentQueries
{
    private static readonly string[] ConditionSuffixes = ["", "2", "3", "4"];

    public static ContentQuery? Build(string types, FilterArguments arguments, PageRenderState state, TemplateContext context)
    {
        var names = types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            if (state.Definitions.Find(name) is not { } type) throw new InvalidQueryException($"Unknown content type '{name}'.");
            if (type.Settings.Private)
            {
                state.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ContentQueries)).LogWarning("A template asked for the private type {Type}; nothing is returned", name);
                return null;
            }
            state.Lists(name);
        }
        if (names.Length == 0) return null;

        // where/equals, then where2/equals2… for more conditions; a blank value means "any" (an unset form filter).
        var filters = new List<FieldFilter>();
        foreach (var suffix in ConditionSuffixes)
        {
            if (!arguments.HasNamed("where" + suffix)) continue;
            var field = arguments["where" + suffix].ToStringValue();
            if (arguments.HasNamed("equals" + suffix))
            {
                var value = arguments["equals" + suffix];
                if (value.IsNil() || value.ToStringValue().Length == 0) continue;
                filters.Add(new FieldFilter(field, FilterOperator.Equals, Value(value)));
            }
            else if (arguments.HasNamed("in" + suffix))
            {
                var values = arguments["in" + suffix].Enumerate(context).Select(Value).ToArray();
                if (values.Length == 0) continue;
                filters.Add(new FieldFilter(field, FilterOperator.In, values));
            }
            else if (arguments.HasNamed("starts_with" + suffix)) filters.Add(new FieldFilter(field, FilterOperator.StartsWith, Value(arguments["starts_with" + suffix])));
            else throw new InvalidQueryException($"'where{suffix}' needs 'equals{suffix}', 'in{suffix}' or 'starts_with{suffix}'.");
        }

        var sort = arguments.HasNamed("sort") ? arguments["sort"].ToStringValue() : "published";
        var (key, field2, descending) = sort switch
        {
            "published" => (ContentSortKey.PublishedUtc, (string?)null, true),
            "created" => (ContentSortKey.CreatedUtc, null, true),
            "modified" => (ContentSortKey.ModifiedUtc, null, true),
            "title" => (ContentSortKey.DisplayText, null, false),
            _ => (ContentSortKey.Field, sort, false),
        };
        if (arguments.HasNamed("order")) descending = string.Equals(arguments["order"].ToStringValue(), "desc", StringComparison.OrdinalIgnoreCase);
        var size = arguments.HasNamed("size") ? (int)arguments["size"].ToNumberValue() : 10;
        var skip = arguments.HasNamed("skip") ? (int)arguments["skip"].ToNumberValue() : 0;

        return new ContentQuery
        {
            Types = names,
            Culture = state.Culture,
            Filters = filters,
            DisplayTextContains = arguments.HasNamed("text") && arguments["text"].ToStringValue() is { Length: > 0 } text ? text : null,
            SortBy = key,
            SortField = field2,
            Descending = descending,
            PageSize = Math.Clamp(size, 1, ContentQuery.MaxPageSize),
            Skip = Math.Max(0, skip),
        };

        static object Value(FluidValue value) => value switch
        {
            NumberValue n => n.ToNumberValue(),
            BooleanValue b => b.ToBooleanValue() ? "true" : "false",
            _ => value.ToStringValue(),
        };
    }
}
