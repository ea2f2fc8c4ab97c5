using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace AllianceCms.Search;

/// <summary>
/// Words as the index keeps them, in one culture: lower case, diacritics folded ("Département" and
/// "departement" are one word), French elisions cut ("l'école" → "ecole"), plurals lightly stemmed.
/// The same analyzer reads the index and the visitor's terms, so both sides always agree.
/// </summary>
public sealed class SearchAnalyzer(string culture) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet FrenchElisions = new(Version, ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], ignoreCase: true);

    private readonly string _language = culture.Split('-')[0].ToLowerInvariant();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, tokenizer);
        if (_language == "fr") stream = new ElisionFilter(stream, FrenchElisions);
        if (_language == "en") stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = _language switch
        {
            "fr" => new FrenchMinimalStemFilter(stream),
            "en" => new EnglishMinimalStemFilter(stream),
            _ => stream,
        };
        return new TokenStreamComponents(tokenizer, stream);
    }
}
