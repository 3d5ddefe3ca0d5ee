package org.tacitus.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacitus.store.SearchHit;
import org.tacitus.store.dedup.ClusterKey;
import org.tacitus.store.search.SearchIndex;

/**
 * Builds a stored article's search entries from its rows — the article (title and text), each quote, and each
 * event evidence sentence with its report's day, actors, country and type — so that the index can always be
 * rebuilt from the database alone. Stateless.
 */
final class IndexFeeder {

    List<SearchIndex.Entry> entries(Connection c, String key) throws SQLException {
        List<SearchIndex.Entry> out = new ArrayList<>();
        Set<String> articleActors = new HashSet<>();
        Set<String> articleCountries = new HashSet<>();
        Sql.query(c, "SELECT actor_code, actor_country, place_country FROM entities WHERE document_key = ?", rs -> {
            addIfPresent(articleActors, rs.getString(1));
            addIfPresent(articleCountries, rs.getString(2));
            addIfPresent(articleCountries, rs.getString(3));
            return null;
        }, key);
        Set<String> articleTypes = new HashSet<>();
        Sql.query(c, "SELECT DISTINCT type FROM event_reports WHERE document_key = ?", rs -> articleTypes.add(
                rs.getString(1)), key);
        Sql.query(c, "SELECT title, text, published FROM documents WHERE key = ?", rs -> out.add(
                new SearchIndex.Entry(SearchHit.Kind.ARTICLE, key, null,
                        (rs.getString("title") == null ? "" : rs.getString("title") + "\n") + rs.getString("text"),
                        Sql.date(rs, "published"), articleActors, articleCountries, articleTypes)), key);
        LocalDate published = out.isEmpty() ? null : out.get(0).day();
        Sql.query(c, "SELECT text, speaker_code, speaker_country FROM quotes WHERE document_key = ? ORDER BY position",
                rs -> out.add(new SearchIndex.Entry(SearchHit.Kind.QUOTE, key, null, rs.getString("text"), published,
                        setOf(rs.getString("speaker_code")), setOf(rs.getString("speaker_country")), Set.of())), key);
        // A sentence carries its own report's type, day, actors and country, so that later articles joining the
        // cluster never require re-indexing earlier ones.
        Map<String, Set<String>> reportActors = new HashMap<>();
        Map<String, String> firstSourceCountry = new HashMap<>();
        Sql.query(c, "SELECT p.report_id, p.side, p.code, p.country FROM participants p JOIN event_reports r "
                + "ON r.id = p.report_id WHERE r.document_key = ? AND p.mention_index = -1 "
                + "AND p.side IN ('source', 'target') ORDER BY p.report_id, p.side DESC, p.position", rs -> {
                    addIfPresent(reportActors.computeIfAbsent(rs.getString(1), k -> new HashSet<>()), rs.getString(3));
                    if ("source".equals(rs.getString(2)) && rs.getString(4) != null) {
                        firstSourceCountry.putIfAbsent(rs.getString(1), rs.getString(4));
                    }
                    return null;
                }, key);
        Sql.query(c, "SELECT m.report_id, m.event_id, m.sentence_index, m.sentence_text, r.type, r.date_value, "
                + "r.place_country FROM event_mentions m JOIN event_reports r ON r.id = m.report_id "
                + "WHERE m.document_key = ? ORDER BY m.sentence_index, m.report_id, m.mention_index", rs -> {
                    String report = rs.getString("report_id");
                    String country = rs.getString("place_country") != null ? rs.getString("place_country")
                            : firstSourceCountry.get(report);
                    return out.add(new SearchIndex.Entry(SearchHit.Kind.SENTENCE, key, rs.getString("event_id"),
                            rs.getString("sentence_text"), ClusterKey.dayOf(rs.getString("date_value")),
                            reportActors.getOrDefault(report, Set.of()), setOf(country), Set.of(rs.getString("type"))));
                }, key);
        return out;
    }

    private static void addIfPresent(Set<String> set, String v) {
        if (v != null) {
            set.add(v);
        }
    }

    private static Set<String> setOf(String v) {
        return v == null ? Set.of() : Set.of(v);
    }
}
