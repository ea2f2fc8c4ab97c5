using System.Collections.Concurrent;
using AllianceCms.Data;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AllianceCms.Search;

/// <summary>
/// The full-text index: one Lucene index per culture under the site's data folder, each with one
/// writer kept open for the life of the process (Lucene allows one writer per index). A change is
/// seen by the next search (near-real-time: the searcher is refreshed from the writer when something
/// changed) and made durable by a commit a moment later, so that a bulk import does not pay a disk
/// flush per item. Each node of a multi-node site keeps its own index.
/// </summary>
public sealed class SearchIndex(IOptions<SearchOptions> options, IOptions<DatabaseOptions> database, ILogger<SearchIndex> logger) : IDisposable
{
    internal const string IdField = "id", TypeField = "type", TitleField = "title", BodyField = "body", UrlField = "url";

    private readonly ConcurrentDictionary<string, Lazy<CultureIndex>> _cultures = new(StringComparer.OrdinalIgnoreCase);

    public string Folder => Path.GetFullPath(Path.Combine(database.Value.DataFolder, options.Value.IndexFolder));

    public void Upsert(SearchDocument document)
    {
        var index = For(document.Culture);
        index.Writer.UpdateDocument(new Term(IdField, document.ContentItemId), ToLucene(document));
        index.Changed();
    }

    public void Remove(string culture, string contentItemId)
    {
        var index = For(culture);
        index.Writer.DeleteDocuments(new Term(IdField, contentItemId));
        index.Changed();
    }

    public int Count(string culture) => For(culture).Writer.NumDocs;

    /// <summary>
    /// Replaces a culture's whole index with <paramref name="documents"/>: visible only once all are in,
    /// and rolled back to what it was if reading them fails half-way.
    /// </summary>
    public async Task<int> RebuildAsync(string culture, IAsyncEnumerable<SearchDocument> documents, CancellationToken ct)
    {
        var index = For(culture);
        var count = 0;
        try
        {
            index.Writer.DeleteAll();
            await foreach (var document in documents.WithCancellation(ct))
            {
                index.Writer.AddDocument(ToLucene(document));
                count++;
            }
            index.Commit();
            return count;
        }
        catch
        {
            // Rollback closes the writer: drop this culture's index so that the next use opens it afresh.
            index.Writer.Rollback();
            if (_cultures.TryRemove(culture, out var lazy)) lazy.Value.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="search"/> on a current searcher of the culture's index.</summary>
    internal T Read<T>(string culture, Func<IndexSearcher, T> search)
    {
        var index = For(culture);
        index.RefreshIfChanged();
        var manager = index.Searchers;
        var searcher = manager.Acquire();
        try { return search(searcher); }
        finally { manager.Release(searcher); }
    }

    internal SearchAnalyzer AnalyzerFor(string culture) => For(culture).Analyzer;

    private CultureIndex For(string culture) =>
        _cultures.GetOrAdd(culture, c => new Lazy<CultureIndex>(() => CultureIndex.Open(Path.Combine(Folder, c.ToLowerInvariant()), c, logger))).Value;

    private static Document ToLucene(SearchDocument d) =>
    [
        new StringField(IdField, d.ContentItemId, Field.Store.YES),
        new StringField(TypeField, d.ContentType, Field.Store.YES),
        new StoredField(UrlField, d.Url),
        new TextField(TitleField, d.Title, Field.Store.YES),
        new TextField(BodyField, d.Body, Field.Store.YES),
    ];

    public void Dispose()
    {
        foreach (var lazy in _cultures.Values.Where(l => l.IsValueCreated)) lazy.Value.Dispose();
        _cultures.Clear();
    }

    private sealed class CultureIndex(LuceneDirectory directory, IndexWriter writer, SearchAnalyzer analyzer, ILogger logger) : IDisposable
    {
        public IndexWriter Writer { get; } = writer;
        public SearchAnalyzer Analyzer { get; } = analyzer;
        public SearcherManager Searchers { get; } = new(writer, applyAllDeletes: true, searcherFactory: null);

        /// <summary>How long after a change the index is committed to disk: changes that come together share one commit.</summary>
        private static readonly TimeSpan CommitDelay = TimeSpan.FromSeconds(2);

        private readonly System.Threading.Lock _commitLock = new();
        private int _unread;
        private Timer? _commitTimer;

        public static CultureIndex Open(string folder, string culture, ILogger logger)
        {
            System.IO.Directory.CreateDirectory(folder);
            var directory = FSDirectory.Open(new DirectoryInfo(folder));
            var analyzer = new SearchAnalyzer(culture);
            try
            {
                var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
                return new CultureIndex(directory, writer, analyzer, logger);
            }
            catch (LockObtainFailedException e)
            {
                directory.Dispose();
                throw new IOException($"The search index in {folder} is in use by another process (is the site running?). Stop the site first, or delete the folder and restart the site, which builds it again.", e);
            }
        }

        /// <summary>Now, for a rebuild: it must be all on disk when it says it is done.</summary>
        public void Commit()
        {
            lock (_commitLock) Writer.Commit();
            Searchers.MaybeRefreshBlocking();
        }

        public void Changed()
        {
            Interlocked.Exchange(ref _unread, 1);
            lock (_commitLock)
            {
                _commitTimer ??= new Timer(_ => CommitQuietly(), null, Timeout.Infinite, Timeout.Infinite);
                _commitTimer.Change(CommitDelay, Timeout.InfiniteTimeSpan);
            }
        }

        public void RefreshIfChanged()
        {
            if (Interlocked.Exchange(ref _unread, 0) == 1) Searchers.MaybeRefreshBlocking();
        }

        // Runs on a timer thread, where an exception would end the process: a failed commit is logged,
        // the changes stay in the writer and the next change or Dispose commits them.
        private void CommitQuietly()
        {
            try { lock (_commitLock) Writer.Commit(); }
            catch (ObjectDisposedException) { } // the site is stopping; Dispose commits
            catch (Exception e) { logger.LogError(e, "Could not commit the search index to disk; the next change tries again"); }
        }

        public void Dispose()
        {
            lock (_commitLock) _commitTimer?.Dispose();
            Searchers.Dispose();
            try { Writer.Dispose(); }
            catch (ObjectDisposedException) { }
            catch (IOException e) { logger.LogError(e, "Could not write the search index to disk on shutdown; the next start rebuilds what is missing"); }
            Analyzer.Dispose();
            directory.Dispose();
        }
    }
}
