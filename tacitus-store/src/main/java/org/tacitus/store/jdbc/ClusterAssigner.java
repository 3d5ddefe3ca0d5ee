package org.tacitus.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacitus.model.Article;
import org.tacitus.model.Event;
import org.tacitus.model.Participant;
import org.tacitus.model.Place;
import org.tacitus.store.dedup.ClusterKey;

/**
 * Puts an article's event into the cluster of an earlier compatible report (see {@link ClusterKey}), or founds a
 * new cluster, and keeps a cluster's sides, date, place and counts up to date. Runs inside the writer's
 * transaction; stateless.
 */
final class ClusterAssigner {

    record Assignment(String clusterId, boolean created) {
    }

    private record Candidate(String id, ClusterKey key, boolean hasPlace) {
    }

    Assignment assign(Connection c, ClusterKey report, Event e, Article a, long seq) throws SQLException {
        String sql = "SELECT id, type, source_codes, target_codes, day, timex_dated, date_value, place_name "
                + "FROM events WHERE type = ?" + (report.timexDated()
                ? " AND (timex_dated = FALSE OR day BETWEEN ? AND ?)" : "") + " ORDER BY seq";
        Object[] args = report.timexDated()
                ? new Object[] {report.type(), report.day().minusDays(1), report.day().plusDays(1)}
                : new Object[] {report.type()};
        List<Candidate> candidates = Sql.query(c, sql, rs -> new Candidate(rs.getString("id"),
                new ClusterKey(rs.getString("type"), ClusterKey.split(rs.getString("source_codes")),
                        ClusterKey.split(rs.getString("target_codes")), Sql.date(rs, "day"),
                        rs.getBoolean("timex_dated"), rs.getString("date_value"), rs.getString("place_name")),
                rs.getString("place_name") != null), args);
        for (Candidate cand : candidates) {
            if (report.compatibleWith(cand.key())) {
                join(c, cand, report, e);
                addActors(c, cand.id(), e);
                return new Assignment(cand.id(), false);
            }
        }
        String id = freeId(c, report.clusterId());
        Place p = e.place() == null ? null : e.place().place();
        Sql.update(c, "INSERT INTO events (id, seq, type, mode, cameo, day, timex_dated, date_value, source_codes, "
                        + "target_codes, actor_text, place_name, place_country, lat, lon, geonames_id, country, "
                        + "num_mentions, num_sources, num_articles, source_url, factual) VALUES ("
                        + Sql.marks(22) + ")",
                id, seq, e.type(), e.mode(), e.cameo(), report.day(), report.timexDated(), report.dateValue(),
                ClusterKey.joined(report.sources()), ClusterKey.joined(report.targets()), "",
                p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.lat(),
                p == null ? null : p.lon(), p == null ? null : p.geonamesId(), null, 0, 0, 0, a.url(),
                e.factual());
        addActors(c, id, e);
        return new Assignment(id, true);
    }

    /** The founding report's id, or — should that id be taken by an incompatible cluster — the next free suffix. */
    private static String freeId(Connection c, String id) throws SQLException {
        String candidate = id;
        for (int n = 2; Sql.count(c, "SELECT count(*) FROM events WHERE id = ?", candidate) > 0; n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static void join(Connection c, Candidate cand, ClusterKey report, Event e) throws SQLException {
        ClusterKey merged = cand.key().merge(report);
        Sql.update(c, "UPDATE events SET source_codes = ?, target_codes = ?, day = ?, timex_dated = ?, "
                        + "date_value = ?, factual = (factual OR ?) WHERE id = ?",
                ClusterKey.joined(merged.sources()), ClusterKey.joined(merged.targets()), merged.day(),
                merged.timexDated(), merged.dateValue(), e.factual(), cand.id());
        if (!cand.hasPlace() && e.place() != null) {
            Place p = e.place().place();
            Sql.update(c, "UPDATE events SET place_name = ?, place_country = ?, lat = ?, lon = ?, geonames_id = ? "
                    + "WHERE id = ?", p.name(), p.country(), p.lat(), p.lon(), p.geonamesId(), cand.id());
        }
    }

    private static void addActors(Connection c, String id, Event e) throws SQLException {
        add(c, id, "source", e.source());
        add(c, id, "target", e.target());
    }

    private static void add(Connection c, String id, String side, List<Participant> ps) throws SQLException {
        for (Participant p : ps) {
            if (Sql.count(c, "SELECT count(*) FROM event_actors WHERE event_id = ? AND side = ? AND actor_key = ?",
                    id, side, p.key()) == 0) {
                Sql.update(c, "INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?)", id, side, p.key(),
                        p.actor().code(), p.actor().country(), p.actor().sector(), p.actor().name());
            }
        }
    }

    /** Recounts mentions, articles and publishers, and recomputes the searchable actor text and the country. */
    void refresh(Connection c, String id) throws SQLException {
        long mentions = Sql.count(c, "SELECT count(*) FROM event_mentions WHERE event_id = ?", id);
        long articles = Sql.count(c, "SELECT count(DISTINCT document_key) FROM event_reports WHERE event_id = ?",
                id);
        long sources = Sql.count(c, "SELECT count(DISTINCT d.publisher) FROM event_reports r "
                + "JOIN documents d ON d.key = r.document_key WHERE r.event_id = ?", id);
        List<String> actorText = new ArrayList<>();
        for (String[] row : Sql.query(c, "SELECT code, name FROM event_actors WHERE event_id = ? ORDER BY actor_key",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, id)) {
            for (String s : row) {
                if (s != null) {
                    actorText.add(s.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> sourceCountries = Sql.query(c, "SELECT country FROM event_actors WHERE event_id = ? AND "
                + "side = 'source' AND country IS NOT NULL ORDER BY actor_key", rs -> rs.getString(1), id);
        Sql.update(c, "UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ?, actor_text = ?, "
                        + "country = coalesce(place_country, ?) WHERE id = ?", (int) mentions, (int) articles,
                (int) sources, "|" + String.join("|", actorText) + "|",
                sourceCountries.isEmpty() ? null : sourceCountries.get(0), id);
    }
}
