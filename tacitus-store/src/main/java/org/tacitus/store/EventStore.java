package org.tacitus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tacitus.model.Article;
import org.tacitus.model.Extraction;

/**
 * Where extractions are kept and asked about: documents, their events deduplicated across articles into
 * {@link EventCluster}s, actors, quotes, a full-text index, and counts.
 *
 * <p><b>Thread-safety:</b> implementations are safe for concurrent use by many threads. Reads run concurrently;
 * writes ({@link #ingest}) are serialised inside the store (one document at a time, each in its own
 * transaction), so a reader sees every document either whole or not at all.
 *
 * <p><b>Errors:</b> bad documents are reported as values in the {@link IngestReport} with a {@link StoreError}
 * code and the batch goes on; failures of the store itself (locked, unreachable, broken schema) are thrown as
 * {@link StoreException} carrying a {@link StoreError}.
 */
public interface EventStore extends AutoCloseable {

    /** Largest page size any query accepts; larger sizes are clamped to it. */
    int MAX_PAGE_SIZE = 500;

    /**
     * Stores the documents in order, each in its own transaction, and assigns their events to clusters.
     * Idempotent: a document whose content hash (article id + text) is already stored is counted as
     * {@code alreadyStored} and adds nothing, so a batch interrupted by a crash can simply be run again.
     */
    IngestReport ingest(List<Extraction> documents);

    /**
     * True when this article (same id and text, so the same content hash) is already stored: callers may skip
     * running the pipeline on it.
     */
    boolean contains(Article article);

    /** Event clusters matching the query, one page, sorted as asked. */
    Page<EventCluster> events(EventQuery query);

    /** One cluster with every mention's evidence and the quotes of the articles that mention it. */
    Optional<EventDetail> event(String id);

    /** Actors taking part in the matching events, most frequent first (paged by the query's page/size). */
    Page<ActorCount> actors(EventQuery query);

    /**
     * Quotes of stored articles. The query's {@code from}/{@code to} filter the article's publication date,
     * {@code actor} the speaker (code or name substring), {@code country} the speaker's country and {@code text}
     * the quote's words (substring, case-insensitive).
     */
    Page<StoredQuote> quotes(EventQuery query);

    /**
     * Full-text search (Lucene query syntax) over article text, quotes and event evidence sentences. The
     * query's {@code from}/{@code to}, {@code actor} (a code), {@code country} and {@code type} filter the hits.
     * A query that does not parse is thrown as {@link StoreException} with {@link StoreError#SEARCH_QUERY_INVALID}.
     */
    Page<SearchHit> search(String q, EventQuery filters);

    /** Counts of the matching clusters by day, PLOVER type and country. */
    Stats stats(EventQuery query);

    /**
     * Scheduled meetings: clusters dated on or after {@code from} that some report announces ahead
     * ({@link org.tacitus.events.Meetings#upcoming}: CONSULT and AGREE), earliest first, with their dates, places
     * and parties.
     */
    List<EventCluster> upcomingMeetings(LocalDate from);

    /** How many documents the store holds. */
    long documentCount();

    /** Closes connections and the search index; the store must not be used afterwards. */
    @Override
    void close();
}
