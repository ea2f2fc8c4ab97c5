using AllianceCms.Api.Rest;

namespace AllianceCms.Tests.Integration.Api;

public sealed class PooledBodyTests
{
    [Fact]
    public void Bytes_written_past_the_first_array_are_all_kept_in_order()
    {
        using var body = new PooledBody(16);
        var expected = new byte[10_000];
        for (var i = 0; i < expected.Length; i++) expected[i] = (byte)(i * 7);
        for (var offset = 0; offset < expected.Length; offset += 333)
        {
            var chunk = expected.AsSpan(offset, Math.Min(333, expected.Length - offset));
            chunk.CopyTo(body.GetSpan(chunk.Length));
            body.Advance(chunk.Length);
        }
        Assert.Equal(expected, body.Written.ToArray());
    }

    [Fact]
    public void Advancing_past_what_was_asked_for_is_refused()
    {
        using var body = new PooledBody(16);
        var room = body.GetSpan(4).Length;
        Assert.Throws<ArgumentOutOfRangeException>(() => body.Advance(room + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => body.Advance(-1));
    }

    [Fact]
    public void After_it_is_given_back_it_holds_nothing()
    {
        var body = new PooledBody(16);
        body.GetSpan(3)[..3].Fill(1);
        body.Advance(3);
        body.Dispose();
        Assert.Equal(0, body.Written.Length);
        body.Dispose();
    }
}
