package org.tacitus.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tacitus.model.Article;
import org.tacitus.model.Extraction;
import org.tacitus.store.ActorCount;
import org.tacitus.store.DocumentRef;
import org.tacitus.store.EventCluster;
import org.tacitus.store.EventDetail;
import org.tacitus.store.EventQuery;
import org.tacitus.store.EventStore;
import org.tacitus.store.IngestReport;
import org.tacitus.store.Page;
import org.tacitus.store.SearchHit;
import org.tacitus.store.Stats;
import org.tacitus.store.StoreError;
import org.tacitus.store.StoreException;
import org.tacitus.store.StoredQuote;
import org.tacitus.store.search.SearchIndex;

/**
 * The store over a relational database (DuckDB or PostgreSQL: the same SQL) and a Lucene index. Thread-safe:
 * every operation takes its own connection; ingest is serialised by a lock in this object (and, on PostgreSQL,
 * by an advisory lock across processes); each document is one transaction, then its search entries are written
 * (and committed every few seconds and on close). When the index and the database disagree on open (a crash
 * before the index was committed), the index is rebuilt from the database.
 */
public final class JdbcEventStore implements EventStore {

    private final ConnectionSource db;
    private final SearchIndex index;
    private final DocumentWriter writer = new DocumentWriter();
    private final EventReader reader = new EventReader();
    private final DetailReader details = new DetailReader();
    private final IndexFeeder feeder = new IndexFeeder();
    private final Object writeLock = new Object();
    /** Runs before each document's commit; tests throw from it to simulate a crash mid-batch. */
    private volatile Consumer<String> beforeCommit = key -> { };

    JdbcEventStore(ConnectionSource db, SearchIndex index) {
        this.db = db;
        this.index = index;
        try {
            ScheduledFlags.fill(db);
        } catch (SQLException e) {
            throw new StoreException(StoreError.STORE_MIGRATION_FAILED, "cannot flag scheduled meetings: "
                    + e.getMessage(), e);
        }
        syncIndex();
    }

    /** For tests: a hook run with each document's key just before its transaction commits. */
    public void beforeCommit(Consumer<String> hook) {
        this.beforeCommit = hook;
    }

    private void syncIndex() {
        long stored = documentCount();
        if (index.articles() == stored) {
            return;
        }
        index.clear();
        for (String key : read(c -> Sql.query(c, "SELECT key FROM documents ORDER BY seq", rs -> rs.getString(1)))) {
            index.replace(key, read(c -> feeder.entries(c, key)));
        }
        index.commit();
    }

    @Override
    public IngestReport ingest(List<Extraction> documents) {
        synchronized (writeLock) {
            List<IngestReport.Outcome> outcomes = new ArrayList<>();
            int added = 0;
            int already = 0;
            int failed = 0;
            int events = 0;
            int clusters = 0;
            for (Extraction x : documents) {
                Article a = x.article();
                String key = DocumentWriter.key(a);
                if (a.id().isBlank()) {
                    outcomes.add(new IngestReport.Outcome(a.id(), key, IngestReport.Status.FAILED,
                            StoreError.DOCUMENT_INVALID, "the article has an empty id"));
                    failed++;
                    continue;
                }
                try {
                    DocumentWriter.Written w = writeOne(key, x);
                    if (w == null) {
                        outcomes.add(new IngestReport.Outcome(a.id(), key, IngestReport.Status.ALREADY_STORED, null,
                                null));
                        already++;
                    } else {
                        outcomes.add(new IngestReport.Outcome(a.id(), key, IngestReport.Status.NEW, null, null));
                        added++;
                        events += w.events();
                        clusters += w.newClusters();
                        index.replace(key, read(c -> feeder.entries(c, key)));
                    }
                } catch (SQLException e) {
                    outcomes.add(new IngestReport.Outcome(a.id(), key, IngestReport.Status.FAILED,
                            StoreError.STORE_WRITE_FAILED, e.getMessage()));
                    failed++;
                }
            }
            index.commitIfDue();
            return new IngestReport(added, already, failed, events, clusters, outcomes);
        }
    }

    /** Writes one document in its own transaction; null when it was already stored. */
    private DocumentWriter.Written writeOne(String key, Extraction x) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                db.lockForWrite(c);
                long[] stored = Sql.query(c, "SELECT (SELECT count(*) FROM documents WHERE key = ?), "
                        + "(SELECT coalesce(max(seq), 0) + 1 FROM documents)", rs -> new long[] {rs.getLong(1),
                        rs.getLong(2)}, key).get(0);
                if (stored[0] > 0) {
                    c.rollback();
                    return null;
                }
                long seq = stored[1];
                DocumentWriter.Written w = writer.write(c, key, seq, x);
                beforeCommit.accept(key);
                c.commit();
                return w;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            }
        }
    }

    @Override
    public boolean contains(Article article) {
        String key = DocumentWriter.key(article);
        return read(c -> Sql.count(c, "SELECT count(*) FROM documents WHERE key = ?", key) > 0);
    }

    @Override
    public Page<EventCluster> events(EventQuery query) {
        return read(c -> reader.events(c, query));
    }

    @Override
    public Optional<EventDetail> event(String id) {
        return read(c -> details.event(c, id));
    }

    @Override
    public Page<ActorCount> actors(EventQuery query) {
        return read(c -> reader.actors(c, query));
    }

    @Override
    public Page<StoredQuote> quotes(EventQuery query) {
        return read(c -> reader.quotes(c, query));
    }

    @Override
    public Page<SearchHit> search(String q, EventQuery filters) {
        SearchIndex.Result result = index.search(q, filters);
        Set<String> keys = new LinkedHashSet<>();
        result.hits().forEach(h -> keys.add(h.documentKey()));
        Map<String, DocumentRef> refs = read(c -> reader.documents(c, keys));
        List<SearchHit> hits = new ArrayList<>();
        for (SearchIndex.Hit h : result.hits()) {
            DocumentRef d = refs.get(h.documentKey());
            if (d != null) {
                hits.add(new SearchHit(h.kind(), d, h.eventId(), h.text(), h.day(), h.score()));
            }
        }
        return new Page<>(hits, filters.page(), filters.size(), result.total());
    }

    @Override
    public Stats stats(EventQuery query) {
        return read(c -> reader.stats(c, query));
    }

    @Override
    public List<EventCluster> upcomingMeetings(LocalDate from) {
        return read(c -> reader.upcoming(c, from, MAX_PAGE_SIZE));
    }

    @Override
    public long documentCount() {
        return read(c -> Sql.count(c, "SELECT count(*) FROM documents"));
    }

    /** Work on one connection. */
    @FunctionalInterface
    private interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection c = db.connect()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException(StoreError.QUERY_FAILED, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            db.close();
        }
    }
}
