using AllianceCms.Display.Templating;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace AllianceCms.Search;

/// <summary>One result: HTML of its title and snippet with the matched words in &lt;mark&gt;, everything else escaped.</summary>
public sealed record SearchHit(string ContentItemId, string ContentType, string Url, string TitleHtml, string SnippetHtml);

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResults None { get; } = new(0, []);
}

/// <summary>
/// Searches a culture's index for the visitor's words. The words are never parsed as Lucene syntax:
/// they go through the culture's analyzer and each one found must match (in the title or the body),
/// so "+-&amp;&amp;||!(){}[]^"~*?:\/" is only punctuation here.
/// </summary>
public sealed class SearchService(SearchIndex index)
{
    /// <summary>More words than this and the rest are ignored: each one costs a clause.</summary>
    public const int MaxTerms = 16;

    private const int SnippetFragments = 2, FragmentSize = 160;
    private const float TitleBoost = 3f;

    public SearchResults Search(string culture, string text, int skip, int take)
    {
        var terms = Terms(index.AnalyzerFor(culture), text);
        if (terms.Count == 0) return SearchResults.None;
        var query = QueryFor(terms);
        return index.Read(culture, searcher =>
        {
            var top = searcher.Search(query, skip + take);
            var hits = new List<SearchHit>();
            foreach (var scored in top.ScoreDocs.Skip(skip))
            {
                var doc = searcher.Doc(scored.Doc);
                var title = doc.Get(SearchIndex.TitleField) ?? "";
                var body = doc.Get(SearchIndex.BodyField) ?? "";
                hits.Add(new SearchHit(doc.Get(SearchIndex.IdField), doc.Get(SearchIndex.TypeField), doc.Get(SearchIndex.UrlField),
                    Highlight(query, culture, SearchIndex.TitleField, title, whole: true) ?? Encode(title),
                    Highlight(query, culture, SearchIndex.BodyField, body, whole: false) ?? Encode(Opening(body))));
            }
            return new SearchResults(top.TotalHits, hits);
        });
    }

    /// <summary>The distinct index words of the visitor's text, in order.</summary>
    internal static IReadOnlyList<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchIndex.BodyField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < MaxTerms)
        {
            var word = term.ToString();
            if (!terms.Contains(word)) terms.Add(word);
        }
        stream.End();
        return terms;
    }

    /// <summary>Every word must be found, in the title (which weighs more) or in the body.</summary>
    private static BooleanQuery QueryFor(IReadOnlyList<string> terms)
    {
        var query = new BooleanQuery();
        foreach (var word in terms)
        {
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(SearchIndex.TitleField, word)) { Boost = TitleBoost }, Occur.SHOULD },
                { new TermQuery(new Term(SearchIndex.BodyField, word)), Occur.SHOULD },
            };
            query.Add(either, Occur.MUST);
        }
        return query;
    }

    private string? Highlight(Query query, string culture, string field, string text, bool whole)
    {
        if (text.Length == 0) return null;
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlTextEncoder(), new QueryScorer(query, field))
        {
            TextFragmenter = whole ? new NullFragmenter() : new SimpleFragmenter(FragmentSize),
        };
        var fragments = highlighter.GetBestFragments(index.AnalyzerFor(culture), field, text, whole ? 1 : SnippetFragments);
        return fragments.Length == 0 ? null : string.Join(" … ", fragments.Select(f => f.Trim()));
    }

    private static string Opening(string body) => body.Length <= FragmentSize ? body : body[..FragmentSize].TrimEnd() + "…";

    private static string Encode(string text) => LiquidEngine.HtmlEncoder.Encode(text);

    /// <summary>Escapes the text around the marks like every other text of the page.</summary>
    private sealed class HtmlTextEncoder : IEncoder
    {
        public string EncodeText(string originalText) => Encode(originalText);
    }
}
