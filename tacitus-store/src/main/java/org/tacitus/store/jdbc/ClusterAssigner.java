package org.tacitus.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.tacitus.model.Actor;
import org.tacitus.model.Article;
import org.tacitus.model.Event;
import org.tacitus.model.Participant;
import org.tacitus.model.Place;
import org.tacitus.store.dedup.ClusterKey;

/**
 * Puts an article's event into the cluster of an earlier compatible report (see {@link ClusterKey}), or founds a
 * new cluster, and keeps the cluster's sides, date, place, actors and counts up to date — incrementally, since a
 * statement costs far more than arithmetic on an embedded database. Runs inside the writer's transaction;
 * stateless.
 */
final class ClusterAssigner {

    record Assignment(String clusterId, boolean created) {
    }

    private record Candidate(String id, ClusterKey key, boolean hasPlace) {
    }

    /**
     * Assigns one event of the document being written.
     *
     * @param publisher the document's publisher
     * @param touched   the clusters the document's earlier events went to (it counts once per cluster)
     */
    Assignment assign(Connection c, ClusterKey report, Event e, Article a, long seq, String publisher,
                      Set<String> touched) throws SQLException {
        // One statement finds both the candidates and the clusters holding the id this report would found.
        String founding = report.clusterId();
        String sql = "SELECT id, type, source_codes, target_codes, day, timex_dated, date_value, place_name "
                + "FROM events WHERE (type = ?" + (report.timexDated()
                ? " AND (timex_dated = FALSE OR day BETWEEN ? AND ?)" : "") + ") OR id = ? OR id LIKE ? ORDER BY seq";
        Object[] args = report.timexDated()
                ? new Object[] {report.type(), report.day().minusDays(1), report.day().plusDays(1), founding,
                    founding + "-%"}
                : new Object[] {report.type(), founding, founding + "-%"};
        List<Candidate> candidates = Sql.query(c, sql, rs -> new Candidate(rs.getString("id"),
                new ClusterKey(rs.getString("type"), ClusterKey.split(rs.getString("source_codes")),
                        ClusterKey.split(rs.getString("target_codes")), Sql.date(rs, "day"),
                        rs.getBoolean("timex_dated"), rs.getString("date_value"), rs.getString("place_name")),
                rs.getString("place_name") != null), args);
        for (Candidate cand : candidates) {
            if (report.compatibleWith(cand.key())) {
                join(c, cand, report, e, publisher, touched);
                return new Assignment(cand.id(), false);
            }
        }
        Set<String> taken = new java.util.HashSet<>();
        candidates.forEach(cand -> taken.add(cand.id()));
        String id = founding;
        for (int n = 2; taken.contains(id); n++) {
            id = founding + "-" + n;
        }
        Place p = e.place() == null ? null : e.place().place();
        TreeMap<String, Actor> sources = actors(e.source());
        TreeMap<String, Actor> targets = actors(e.target());
        Sql.update(c, "INSERT INTO events (id, seq, type, mode, cameo, day, timex_dated, date_value, source_codes, "
                        + "target_codes, actor_text, place_name, place_country, lat, lon, geonames_id, country, "
                        + "num_mentions, num_sources, num_articles, source_url, factual, actors) VALUES ("
                        + Sql.marks(23) + ")",
                id, seq, e.type(), e.mode(), e.cameo(), report.day(), report.timexDated(), report.dateValue(),
                ClusterKey.joined(report.sources()), ClusterKey.joined(report.targets()),
                actorText(sources, targets), p == null ? null : p.name(), p == null ? null : p.country(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.geonamesId(),
                p != null && p.country() != null ? p.country() : firstCountry(sources), e.mentions().size(), 1, 1,
                a.url(), e.factual(), ClusterActors.encode(sources, targets));
        insertActors(c, id, sources, Set.of(), targets, Set.of());
        return new Assignment(id, true);
    }

    private static void join(Connection c, Candidate cand, ClusterKey report, Event e, String publisher,
                             Set<String> touched) throws SQLException {
        boolean newArticle = !touched.contains(cand.id());
        boolean newSource = newArticle && Sql.count(c, "SELECT count(*) FROM event_reports r JOIN documents d "
                + "ON d.key = r.document_key WHERE r.event_id = ? AND d.publisher = ?", cand.id(), publisher) == 0;
        ClusterKey merged = cand.key().merge(report);
        Sql.update(c, "UPDATE events SET source_codes = ?, target_codes = ?, day = ?, timex_dated = ?, "
                        + "date_value = ?, factual = (factual OR ?), num_mentions = num_mentions + ?, "
                        + "num_articles = num_articles + ?, num_sources = num_sources + ? WHERE id = ?",
                ClusterKey.joined(merged.sources()), ClusterKey.joined(merged.targets()), merged.day(),
                merged.timexDated(), merged.dateValue(), e.factual(), e.mentions().size(), newArticle ? 1 : 0,
                newSource ? 1 : 0, cand.id());
        boolean changed = false;
        if (!cand.hasPlace() && e.place() != null) {
            Place p = e.place().place();
            Sql.update(c, "UPDATE events SET place_name = ?, place_country = ?, lat = ?, lon = ?, geonames_id = ? "
                    + "WHERE id = ?", p.name(), p.country(), p.lat(), p.lon(), p.geonamesId(), cand.id());
            changed = true;
        }
        changed |= insertActors(c, cand.id(), actors(e.source()), cand.key().sources(), actors(e.target()),
                cand.key().targets());
        if (changed) {
            refreshActors(c, cand.id());
        }
    }

    /** A side's actors by key, in key order (the first of several participants with one key wins). */
    private static TreeMap<String, Actor> actors(List<Participant> side) {
        TreeMap<String, Actor> byKey = new TreeMap<>();
        side.forEach(p -> byKey.putIfAbsent(p.key(), p.actor()));
        return byKey;
    }

    /** Adds the actors not yet on each side; true when there were any. */
    private static boolean insertActors(Connection c, String id, TreeMap<String, Actor> sources,
                                        Set<String> presentSources, TreeMap<String, Actor> targets,
                                        Set<String> presentTargets) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        rows(rows, id, "source", sources, presentSources);
        rows(rows, id, "target", targets, presentTargets);
        Sql.insert(c, "event_actors", rows);
        return !rows.isEmpty();
    }

    private static void rows(List<Object[]> rows, String id, String side, TreeMap<String, Actor> actors,
                             Set<String> present) {
        actors.forEach((key, a) -> {
            if (!present.contains(key)) {
                rows.add(new Object[] {id, side, key, a.code(), a.country(), a.sector(), a.name()});
            }
        });
    }

    private static String actorText(TreeMap<String, Actor> sources, TreeMap<String, Actor> targets) {
        List<String> words = new ArrayList<>();
        for (TreeMap<String, Actor> side : List.of(sources, targets)) {
            for (Actor a : side.values()) {
                for (String s : new String[] {a.code(), a.name()}) {
                    if (s != null) {
                        words.add(s.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return "|" + String.join("|", words) + "|";
    }

    private static String firstCountry(TreeMap<String, Actor> sources) {
        return sources.values().stream().map(Actor::country).filter(x -> x != null).findFirst().orElse(null);
    }

    /** Recomputes the actors kept with the cluster, its actor text and country after it gained actors or a place. */
    private static void refreshActors(Connection c, String id) throws SQLException {
        TreeMap<String, Actor> sources = new TreeMap<>();
        TreeMap<String, Actor> targets = new TreeMap<>();
        Sql.query(c, "SELECT side, actor_key, code, country, sector, name FROM event_actors WHERE event_id = ?",
                rs -> ("source".equals(rs.getString(1)) ? sources : targets).put(rs.getString(2),
                        new Actor(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))), id);
        Sql.update(c, "UPDATE events SET actors = ?, actor_text = ?, country = coalesce(place_country, ?) "
                + "WHERE id = ?", ClusterActors.encode(sources, targets), actorText(sources, targets),
                firstCountry(sources), id);
    }
}
