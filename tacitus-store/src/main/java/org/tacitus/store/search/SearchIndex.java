package org.tacitus.store.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.tacitus.store.EventQuery;
import org.tacitus.store.SearchHit;
import org.tacitus.store.StoreError;
import org.tacitus.store.StoreException;

/**
 * The Lucene full-text index of a store: one entry per article, quote and event evidence sentence, with the
 * fields the search filters need (day, actor codes, countries, PLOVER types). English analysis (stemming, stop
 * words). Thread-safe: writes are serialised, searches run concurrently on refreshed searchers. Entries are
 * committed at most every two seconds and on close; after a crash the store finds the index behind the database
 * and rebuilds it.
 */
public final class SearchIndex implements AutoCloseable {

    /** One thing to find: what it is, its article and cluster, its text and the values filters look at. */
    public record Entry(SearchHit.Kind kind, String documentKey, String eventId, String text, LocalDate day,
                        Set<String> actors, Set<String> countries, Set<String> types) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(documentKey, "documentKey");
            Objects.requireNonNull(text, "text");
            actors = Set.copyOf(actors);
            countries = Set.copyOf(countries);
            types = Set.copyOf(types);
        }
    }

    /** A hit before the store resolves its article. */
    public record Hit(SearchHit.Kind kind, String documentKey, String eventId, String text, LocalDate day,
                      float score) {
    }

    /** One page of hits and the total number of matches. */
    public record Result(List<Hit> hits, long total) {
    }

    private static final String KIND = "kind";
    private static final String DOC = "doc";
    private static final String EVENT = "event";
    private static final String TEXT = "text";
    private static final String DAY = "day";
    private static final String ACTOR = "actor";
    private static final String COUNTRY = "country";
    private static final String TYPE = "type";

    private static final long COMMIT_INTERVAL_NANOS = 2_000_000_000L;
    private static final int MAX_HITS = 100_000;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private long lastCommit = System.nanoTime();
    /** Written since the searchers were last refreshed: the next search refreshes them first. */
    private volatile boolean stale;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens or creates the index in {@code dir}; STORE_LOCKED when another process writes to it. */
    public static SearchIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config);
            writer.commit(); // so that a new index can be searched at once
            return new SearchIndex(writer);
        } catch (LockObtainFailedException e) {
            throw new StoreException(StoreError.STORE_LOCKED, "the search index " + dir + " is held by another "
                    + "process: " + StoreError.STORE_LOCKED.meaning(), e);
        } catch (IOException e) {
            throw new StoreException(StoreError.INDEX_FAILED, "cannot open the search index " + dir + ": " + e, e);
        }
    }

    /**
     * Replaces every entry of one article with {@code entries}; the next search sees them. They are made durable
     * by {@link #commitIfDue} or {@link #close}: an fsync per article would cost more than storing it.
     */
    public synchronized void replace(String documentKey, List<Entry> entries) {
        try {
            writer.deleteDocuments(new Term(DOC, documentKey));
            for (Entry e : entries) {
                writer.addDocument(toDocument(e));
            }
            stale = true;
        } catch (IOException e) {
            throw new StoreException(StoreError.INDEX_FAILED, "cannot write the search index: " + e, e);
        }
    }

    /** Commits when the last commit is more than {@code COMMIT_INTERVAL_NANOS} old. */
    public synchronized void commitIfDue() {
        if (System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS) {
            commit();
        }
    }

    /** Makes every entry written so far durable. */
    public synchronized void commit() {
        try {
            writer.commit();
            lastCommit = System.nanoTime();
        } catch (IOException e) {
            throw new StoreException(StoreError.INDEX_FAILED, "cannot commit the search index: " + e, e);
        }
    }

    /** Empties the index (before a rebuild). */
    public synchronized void clear() {
        try {
            writer.deleteAll();
            writer.commit();
            stale = true;
        } catch (IOException e) {
            throw new StoreException(StoreError.INDEX_FAILED, "cannot clear the search index: " + e, e);
        }
    }

    /** How many articles the index holds (to tell whether it is in step with the database). */
    public long articles() {
        return count(new TermQuery(new Term(KIND, SearchHit.Kind.ARTICLE.name())));
    }

    /** A searcher that sees every entry written so far; release it to {@link #searchers}. */
    private IndexSearcher acquire() throws IOException {
        if (stale) {
            synchronized (this) {
                if (stale) {
                    stale = false;
                    searchers.maybeRefreshBlocking();
                }
            }
        }
        return searchers.acquire();
    }

    private long count(Query q) {
        try {
            IndexSearcher s = acquire();
            try {
                return s.count(q);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException(StoreError.INDEX_FAILED, "cannot read the search index: " + e, e);
        }
    }

    private static Document toDocument(Entry e) {
        Document d = new Document();
        d.add(new StringField(KIND, e.kind().name(), Field.Store.YES));
        d.add(new StringField(DOC, e.documentKey(), Field.Store.YES));
        if (e.eventId() != null) {
            d.add(new StringField(EVENT, e.eventId(), Field.Store.YES));
        }
        d.add(new TextField(TEXT, e.text(), Field.Store.YES));
        if (e.day() != null) {
            d.add(new LongPoint(DAY, e.day().toEpochDay()));
            d.add(new StoredField(DAY, e.day().toEpochDay()));
        }
        e.actors().forEach(a -> d.add(new StringField(ACTOR, a.toUpperCase(Locale.ROOT), Field.Store.NO)));
        e.countries().forEach(c -> d.add(new StringField(COUNTRY, c.toUpperCase(Locale.ROOT), Field.Store.NO)));
        e.types().forEach(t -> d.add(new StringField(TYPE, t.toUpperCase(Locale.ROOT), Field.Store.NO)));
        return d;
    }

    /**
     * Searches with Lucene's classic query syntax over the text; the filters' from/to (day), actor (a code),
     * country and type narrow the hits. SEARCH_QUERY_INVALID when {@code q} does not parse.
     */
    public Result search(String q, EventQuery filters) {
        Query text;
        try {
            text = new QueryParser(TEXT, analyzer).parse(q == null || q.isBlank() ? "*:*" : q);
        } catch (ParseException | IllegalArgumentException e) {
            throw new StoreException(StoreError.SEARCH_QUERY_INVALID, "cannot parse the search '" + q + "': "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (filters.from() != null || filters.to() != null) {
            b.add(LongPoint.newRangeQuery(DAY, filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay(),
                    filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay()), BooleanClause.Occur.FILTER);
        }
        filter(b, ACTOR, filters.actor());
        filter(b, COUNTRY, filters.country());
        filter(b, TYPE, filters.type());
        Query query = b.build();
        try {
            IndexSearcher s = acquire();
            try {
                // Deep pages cost their whole prefix: hits beyond the first 100,000 are not served.
                long first = (long) filters.page() * filters.size();
                int upTo = (int) Math.min(MAX_HITS, first + filters.size());
                TopDocs top = s.search(query, Math.max(1, upTo));
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (long i = first; i < docs.length; i++) {
                    Document d = s.storedFields().document(docs[(int) i].doc);
                    var day = d.getField(DAY);
                    hits.add(new Hit(SearchHit.Kind.valueOf(d.get(KIND)), d.get(DOC), d.get(EVENT), d.get(TEXT),
                            day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue()), docs[(int) i].score));
                }
                return new Result(hits, s.count(query));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException(StoreError.INDEX_FAILED, "cannot search the index: " + e, e);
        }
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value.toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.commit();
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new StoreException(StoreError.INDEX_FAILED, "cannot close the search index: " + e, e);
        }
    }
}
