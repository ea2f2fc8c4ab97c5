using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Types;

namespace AllianceCms.Tests.Integration.Api;

/// <summary>
/// Dates written directly go through Utf8JsonWriter.WriteStringValue(DateTime); they must read exactly as
/// GraphQL.NET's DateTimeGraphType.Serialize writes them, for every kind and any fraction of a second.
/// </summary>
public sealed class DirectDateTimeTests
{
    public static TheoryData<DateTimeKind> Kinds() => [DateTimeKind.Utc, DateTimeKind.Unspecified, DateTimeKind.Local];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_date_written_directly_reads_as_the_graphql_scalar_serializes_it(DateTimeKind kind)
    {
        var random = new Random(20261126);
        var moments = new List<DateTime>
        {
            new(2026, 11, 25, 19, 2, 49, kind),
            new(2026, 11, 25, 19, 2, 49, 500, kind),
            new DateTime(2026, 11, 25, 19, 2, 49, kind).AddTicks(5822705),
            new DateTime(2026, 1, 1, 0, 0, 0, kind).AddTicks(1),
            DateTime.SpecifyKind(DateTime.MinValue, kind),
            DateTime.SpecifyKind(DateTime.MaxValue.AddDays(-2), kind),
        };
        for (var i = 0; i < 2000; i++)
            moments.Add(new DateTime(random.NextInt64(DateTime.MinValue.AddDays(2).Ticks, DateTime.MaxValue.AddDays(-2).Ticks), kind));

        // The API's answers escape only what JSON requires (an offset's "+" stays as it is).
        var encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        var scalar = new DateTimeGraphType();
        foreach (var moment in moments)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder })) writer.WriteStringValue(moment);
            Assert.Equal(JsonSerializer.Serialize(scalar.Serialize(moment), new JsonSerializerOptions { Encoder = encoder }), Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}
