package org.tacitus.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tacitus.model.Actor;
import org.tacitus.model.Place;
import org.tacitus.model.Quote;
import org.tacitus.model.Speaker;
import org.tacitus.model.TextSpan;
import org.tacitus.store.ActorCount;
import org.tacitus.store.DocumentRef;
import org.tacitus.store.EventCluster;
import org.tacitus.store.EventQuery;
import org.tacitus.store.Page;
import org.tacitus.store.Stats;
import org.tacitus.store.StoredQuote;

/** The read side of the JDBC stores: SQL that both DuckDB and PostgreSQL understand. Stateless. */
final class EventReader {

    /** A cluster's columns, its actors included (kept with it since schema V2: no lookup in event_actors). */
    static final String CLUSTER_COLUMNS = "e.id, e.type, e.mode, e.cameo, e.day, e.date_value, e.place_name, "
            + "e.place_country, e.lat, e.lon, e.geonames_id, e.country, e.num_mentions, e.num_sources, "
            + "e.num_articles, e.source_url, e.factual, e.actors";

    /**
     * A page of clusters and how many match, in one scan: each row of the page carries the count of matching rows
     * (a window over them, computed before the limit). A page past the end has no row to carry it, and counts apart.
     */
    Page<EventCluster> events(Connection c, EventQuery q) throws SQLException {
        EventFilter f = EventFilter.of(q);
        long[] total = {-1};
        List<EventCluster> items = Sql.query(c, "SELECT " + CLUSTER_COLUMNS + ", count(*) OVER () AS matching "
                + "FROM events e WHERE " + f.where() + " ORDER BY " + EventFilter.orderBy(q.sort())
                + " LIMIT ? OFFSET ?", rs -> {
                    total[0] = rs.getLong("matching");
                    return cluster(rs);
                }, f.argsWith(q.size(), (long) q.page() * q.size()));
        if (total[0] < 0) {
            total[0] = Sql.count(c, "SELECT count(*) FROM events e WHERE " + f.where(), f.args().toArray());
        }
        return new Page<>(items, q.page(), q.size(), total[0]);
    }

    Optional<EventCluster> cluster(Connection c, String id) throws SQLException {
        return clusters(c, "SELECT " + CLUSTER_COLUMNS + " FROM events e WHERE e.id = ?", id).stream().findFirst();
    }

    /**
     * Scheduled meetings: clusters dated by a time expression on or after {@code from} that some report announces
     * ahead ({@code event_reports.scheduled}: {@link org.tacitus.events.Meetings}' rule, applied when the report
     * was stored) — "met in June" is history, not a calendar entry.
     */
    List<EventCluster> upcoming(Connection c, LocalDate from, int limit) throws SQLException {
        return clusters(c, "SELECT " + CLUSTER_COLUMNS + " FROM events e WHERE e.timex_dated AND e.day >= ? "
                + "AND EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id AND r.scheduled) "
                + "ORDER BY e.day, e.id LIMIT ?", from, limit);
    }

    /** Clusters from a query selecting {@link #CLUSTER_COLUMNS}. */
    List<EventCluster> clusters(Connection c, String sql, Object... args) throws SQLException {
        return Sql.query(c, sql, EventReader::cluster, args);
    }

    private static EventCluster cluster(ResultSet rs) throws SQLException {
        ClusterActors.Sides actors = ClusterActors.decode(rs.getString("actors"));
        return new EventCluster(rs.getString("id"), rs.getString("type"), rs.getString("mode"),
                rs.getString("cameo"), Sql.date(rs, "day"), rs.getString("date_value"), actors.sources(),
                actors.targets(), place(rs, "place_name", "place_country", "lat", "lon", "geonames_id"),
                rs.getString("country"), rs.getInt("num_mentions"), rs.getInt("num_sources"),
                rs.getInt("num_articles"), rs.getString("source_url"), rs.getBoolean("factual"));
    }

    static Place place(ResultSet rs, String name, String country, String lat, String lon, String geonames)
            throws SQLException {
        String n = rs.getString(name);
        if (n == null) {
            return null;
        }
        return new Place(n, rs.getString(country), rs.getDouble(lat), rs.getDouble(lon), Sql.bigint(rs, geonames));
    }

    Page<ActorCount> actors(Connection c, EventQuery q) throws SQLException {
        EventFilter f = EventFilter.of(q);
        String from = " FROM (SELECT a.actor_key, max(a.code) AS code, max(a.country) AS country, "
                + "max(a.sector) AS sector, max(a.name) AS name, count(*) AS events, sum(e.num_mentions) AS mentions "
                + "FROM (SELECT DISTINCT event_id, actor_key, code, country, sector, name FROM event_actors) a "
                + "JOIN events e ON e.id = a.event_id WHERE " + f.where() + " GROUP BY a.actor_key) t";
        long total = Sql.count(c, "SELECT count(*)" + from, f.args().toArray());
        List<ActorCount> items = Sql.query(c, "SELECT t.*" + from + " ORDER BY t.events DESC, t.mentions DESC, "
                + "t.actor_key LIMIT ? OFFSET ?", rs -> new ActorCount(new Actor(rs.getString("code"),
                rs.getString("country"), rs.getString("sector"), rs.getString("name")), rs.getLong("events"),
                rs.getLong("mentions")), f.argsWith(q.size(), (long) q.page() * q.size()));
        return new Page<>(items, q.page(), q.size(), total);
    }

    Page<StoredQuote> quotes(Connection c, EventQuery q) throws SQLException {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (q.from() != null) {
            parts.add("d.published >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            parts.add("d.published <= ?");
            args.add(q.to());
        }
        if (q.actor() != null) {
            parts.add("(upper(q.speaker_code) = ? OR lower(q.speaker_name) LIKE ? OR lower(q.speaker_actor) LIKE ?)");
            args.add(q.actor().toUpperCase(java.util.Locale.ROOT));
            args.add(EventFilter.like(q.actor()));
            args.add(EventFilter.like(q.actor()));
        }
        if (q.country() != null) {
            parts.add("q.speaker_country = ?");
            args.add(q.country().toUpperCase(java.util.Locale.ROOT));
        }
        if (q.text() != null) {
            parts.add("lower(q.text) LIKE ?");
            args.add(EventFilter.like(q.text()));
        }
        String where = parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
        long total = Sql.count(c, "SELECT count(*) FROM quotes q JOIN documents d ON d.key = q.document_key WHERE "
                + where, args.toArray());
        args.add(q.size());
        args.add((long) q.page() * q.size());
        List<StoredQuote> items = Sql.query(c, "SELECT q.*, " + DOC_COLUMNS + " FROM quotes q JOIN documents d "
                + "ON d.key = q.document_key WHERE " + where + " ORDER BY d.published DESC NULLS LAST, d.seq, "
                + "q.position LIMIT ? OFFSET ?", EventReader::storedQuote, args.toArray());
        return new Page<>(items, q.page(), q.size(), total);
    }

    /** Quotes of the given documents, in document and text order. */
    List<StoredQuote> quotesOf(Connection c, Collection<String> documentKeys) throws SQLException {
        if (documentKeys.isEmpty()) {
            return List.of();
        }
        return Sql.query(c, "SELECT q.*, " + DOC_COLUMNS + " FROM quotes q JOIN documents d ON d.key = "
                + "q.document_key WHERE q.document_key IN (" + Sql.marks(documentKeys.size()) + ") ORDER BY d.seq, "
                + "q.position", EventReader::storedQuote, documentKeys.toArray());
    }

    static final String DOC_COLUMNS = "d.key AS d_key, d.article_id AS d_article_id, d.title AS d_title, "
            + "d.url AS d_url, d.publisher AS d_publisher, d.published AS d_published";

    static DocumentRef document(ResultSet rs) throws SQLException {
        return new DocumentRef(rs.getString("d_key"), rs.getString("d_article_id"), rs.getString("d_title"),
                rs.getString("d_url"), rs.getString("d_publisher"), Sql.date(rs, "d_published"));
    }

    Map<String, DocumentRef> documents(Connection c, Collection<String> keys) throws SQLException {
        Map<String, DocumentRef> out = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            for (DocumentRef d : Sql.query(c, "SELECT " + DOC_COLUMNS + " FROM documents d WHERE d.key IN ("
                    + Sql.marks(keys.size()) + ")", EventReader::document, keys.toArray())) {
                out.put(d.key(), d);
            }
        }
        return out;
    }

    private static StoredQuote storedQuote(ResultSet rs) throws SQLException {
        Speaker speaker = null;
        if (rs.getString("speaker_text") != null) {
            Actor a = rs.getString("speaker_code") == null && rs.getString("speaker_actor") == null ? null
                    : new Actor(rs.getString("speaker_code"), rs.getString("speaker_country"),
                    rs.getString("speaker_sector"), rs.getString("speaker_actor"));
            speaker = new Speaker(new TextSpan(rs.getInt("speaker_start"), rs.getInt("speaker_end"),
                    rs.getString("speaker_text")), rs.getString("speaker_name"), a);
        }
        TextSpan cue = rs.getString("cue_text") == null ? null
                : new TextSpan(rs.getInt("cue_start"), rs.getInt("cue_end"), rs.getString("cue_text"));
        Quote quote = new Quote(new TextSpan(rs.getInt("start_pos"), rs.getInt("end_pos"), rs.getString("text")),
                rs.getBoolean("direct"), speaker, cue);
        return new StoredQuote(document(rs), quote);
    }

    Stats stats(Connection c, EventQuery q) throws SQLException {
        EventFilter f = EventFilter.of(q);
        Object[] a = f.args().toArray();
        long events = Sql.count(c, "SELECT count(*) FROM events e WHERE " + f.where(), a);
        long mentions = Sql.count(c, "SELECT coalesce(sum(e.num_mentions), 0) FROM events e WHERE " + f.where(), a);
        long documents = Sql.count(c, "SELECT count(DISTINCT r.document_key) FROM event_reports r JOIN events e "
                + "ON e.id = r.event_id WHERE " + f.where(), a);
        return new Stats(events, mentions, documents,
                buckets(c, "SELECT CAST(e.day AS VARCHAR(10)), count(*) FROM events e WHERE e.day IS NOT NULL AND "
                        + f.where() + " GROUP BY e.day ORDER BY e.day", a),
                buckets(c, "SELECT e.type, count(*) AS n FROM events e WHERE " + f.where()
                        + " GROUP BY e.type ORDER BY n DESC, e.type", a),
                buckets(c, "SELECT e.country, count(*) AS n FROM events e WHERE e.country IS NOT NULL AND "
                        + f.where() + " GROUP BY e.country ORDER BY n DESC, e.country", a));
    }

    private static List<Stats.Bucket> buckets(Connection c, String sql, Object[] args) throws SQLException {
        return Sql.query(c, sql, rs -> new Stats.Bucket(rs.getString(1), rs.getLong(2)), args);
    }
}
