using System.Reflection;
using AllianceCms.Core.Queries;
using AllianceCms.Data.Content;

namespace AllianceCms.Tests.Integration.Content;

/// <summary>The read cache's query key tells apart any two queries that differ in anything.</summary>
public sealed class ContentQueryKeyTests
{
    private static readonly ContentQuery Base = new() { Types = ["Member"], Culture = "en" };

    public static TheoryData<string> Properties()
    {
        var data = new TheoryData<string>();
        foreach (var p in typeof(ContentQuery).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)) data.Add(p.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void Changing_any_property_changes_the_key(string name)
    {
        var property = typeof(ContentQuery).GetProperty(name)!;
        var changed = (ContentQuery)typeof(ContentQuery).GetMethod("<Clone>$")!.Invoke(Base, null)!;
        property.SetValue(changed, OtherValue(property.PropertyType, property.GetValue(Base)));
        Assert.NotEqual(ContentQueryKey.Of(Base), ContentQueryKey.Of(changed));
    }

    [Fact]
    public void Equal_queries_built_apart_have_the_same_key()
    {
        ContentQuery Build() => new()
        {
            Types = ["Member", "Country"],
            Filters = [new FieldFilter("Member.Country", FilterOperator.In, "a", "b"), new FieldFilter("Member.Population", FilterOperator.GreaterOrEqual, 5m)],
            PublishedAfterUtc = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc),
        };
        Assert.Equal(ContentQueryKey.Of(Build()), ContentQueryKey.Of(Build()));
    }

    [Fact]
    public void Separators_inside_values_and_value_types_cannot_make_two_queries_look_alike()
    {
        Assert.NotEqual(ContentQueryKey.Of(Base with { Types = ["a|b"] }), ContentQueryKey.Of(Base with { Types = ["a", "b"] }));
        Assert.NotEqual(ContentQueryKey.Of(Base with { Culture = "" }), ContentQueryKey.Of(Base with { Culture = null }));
        Assert.NotEqual(
            ContentQueryKey.Of(Base with { Filters = [new FieldFilter("A.B", FilterOperator.Equals, "1")] }),
            ContentQueryKey.Of(Base with { Filters = [new FieldFilter("A.B", FilterOperator.Equals, 1m)] }));
        Assert.NotEqual(
            ContentQueryKey.Of(Base with { Filters = [new FieldFilter("A.B", FilterOperator.In, "x", "y")] }),
            ContentQueryKey.Of(Base with { Filters = [new FieldFilter("A.B", FilterOperator.In, "x"), new FieldFilter("A.B", FilterOperator.In, "y")] }));
    }

    private static object? OtherValue(Type type, object? current)
    {
        if (type == typeof(string)) return current as string == "x" ? "y" : "x";
        if (type == typeof(IReadOnlyList<string>)) return new[] { "Other" };
        if (type == typeof(IReadOnlyList<FieldFilter>)) return new[] { new FieldFilter("Member.Country", FilterOperator.Equals, "fr") };
        if (type == typeof(bool)) return !(bool)current!;
        if (type == typeof(int)) return (int)current! + 1;
        if (type == typeof(DateTime?)) return new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue((Array.IndexOf(values, current) + 1) % values.Length);
        }
        throw new InvalidOperationException($"No other value for {type}: teach this test the new property's type.");
    }
}
