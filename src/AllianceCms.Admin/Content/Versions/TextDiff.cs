using System.Net;
using System.Text.RegularExpressions;

namespace AllianceCms.Admin.Content.Versions;

public enum DiffKind { Same, Removed, Added }

/// <summary>A run of words that is the same in both texts, only in the old one, or only in the new one.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// A word-by-word difference between two texts, readable by editors: the longest common run of words
/// is kept, the rest is marked removed or added. Rich text is compared as the text a reader sees.
/// </summary>
public static partial class TextDiff
{
    /// <summary>Above this many words on both sides, the texts are shown as removed then added rather than diffed word by word.</summary>
    public const int MaxWords = 4000;

    public static IReadOnlyList<DiffSegment> Words(string before, string after)
    {
        var a = Tokens(before);
        var b = Tokens(after);
        if ((long)a.Count * b.Count > (long)MaxWords * MaxWords / 4)
            return Merge([.. a.Select(t => new DiffSegment(DiffKind.Removed, t)), .. b.Select(t => new DiffSegment(DiffKind.Added, t))]);

        // Longest common subsequence of tokens, filled from the end so the walk goes forward.
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var segments = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y]) { segments.Add(new(DiffKind.Same, a[x])); x++; y++; }
            else if (y < b.Count && (x == a.Count || lcs[x, y + 1] >= lcs[x + 1, y])) { segments.Add(new(DiffKind.Added, b[y])); y++; }
            else { segments.Add(new(DiffKind.Removed, a[x])); x++; }
        }
        return Merge(segments);
    }

    /// <summary>The text of HTML as a reader sees it: tags dropped, blocks on their own lines, entities decoded.</summary>
    public static string PlainText(string html)
    {
        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return string.Join('\n', text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0));
    }

    /// <summary>Words with the spaces after them, and line breaks as tokens of their own, so the diff can be printed back as is.</summary>
    private static List<string> Tokens(string text) =>
        Token().Matches(text.ReplaceLineEndings("\n")).Select(m => m.Value).ToList();

    private static List<DiffSegment> Merge(List<DiffSegment> segments)
    {
        var merged = new List<DiffSegment>();
        foreach (var segment in segments)
        {
            if (merged.Count > 0 && merged[^1].Kind == segment.Kind) merged[^1] = merged[^1] with { Text = merged[^1].Text + segment.Text };
            else merged.Add(segment);
        }
        return merged;
    }

    [GeneratedRegex(@"\n|[^\s]+[ \t]*|[ \t]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"<(br\s*/?|/(p|div|li|h[1-6]|blockquote|tr|ul|ol|pre))\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\u00a0]+")]
    private static partial Regex Spaces();
}
