package org.tacitus.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tacitus.model.Actor;
import org.tacitus.model.EventDate;
import org.tacitus.model.Participant;
import org.tacitus.model.Place;
import org.tacitus.model.PlaceMention;
import org.tacitus.model.TextSpan;
import org.tacitus.store.EventCluster;
import org.tacitus.store.EventDetail;
import org.tacitus.store.MentionEvidence;

/** Reads one cluster with every mention's evidence and its articles' quotes. Stateless. */
final class DetailReader {

    private final EventReader reader = new EventReader();

    Optional<EventDetail> event(Connection c, String id) throws SQLException {
        Optional<EventCluster> cluster = reader.cluster(c, id);
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Participant>> sides = new HashMap<>();
        Sql.query(c, "SELECT p.* FROM participants p JOIN event_reports r ON r.id = p.report_id "
                + "WHERE r.event_id = ? AND p.mention_index >= 0 ORDER BY p.report_id, p.mention_index, p.side, "
                + "p.position", rs -> sides.computeIfAbsent(rs.getString("report_id") + "|"
                        + rs.getInt("mention_index") + "|" + rs.getString("side"), k -> new ArrayList<>())
                .add(new Participant(new TextSpan(rs.getInt("start_pos"), rs.getInt("end_pos"),
                        rs.getString("text")), new Actor(rs.getString("code"), rs.getString("country"),
                        rs.getString("sector"), rs.getString("name")))), id);
        List<MentionEvidence> mentions = Sql.query(c, "SELECT m.*, r.local_id, r.date_value, r.date_basis, "
                + "r.date_relation, r.date_start, r.date_end, r.date_text, r.place_start, r.place_end, "
                + "r.place_text, r.place_name, r.place_country, r.lat, r.lon, r.geonames_id, r.contexts, "
                + EventReader.DOC_COLUMNS + " FROM event_mentions m JOIN event_reports r ON r.id = m.report_id "
                + "JOIN documents d ON d.key = m.document_key WHERE m.event_id = ? "
                + "ORDER BY d.seq, m.report_id, m.mention_index", rs -> {
                    String k = rs.getString("report_id") + "|" + rs.getInt("mention_index") + "|";
                    return new MentionEvidence(EventReader.document(rs), rs.getString("local_id"),
                            rs.getInt("sentence_index"), new TextSpan(rs.getInt("sentence_start"),
                            rs.getInt("sentence_end"), rs.getString("sentence_text")),
                            new TextSpan(rs.getInt("trigger_start"), rs.getInt("trigger_end"),
                                    rs.getString("trigger_text")),
                            sides.getOrDefault(k + "source", List.of()), sides.getOrDefault(k + "target", List.of()),
                            date(rs), placeMention(rs), contexts(rs.getString("contexts")));
                }, id);
        Set<String> documents = new LinkedHashSet<>();
        mentions.forEach(m -> documents.add(m.document().key()));
        return Optional.of(new EventDetail(cluster.get(), mentions, reader.quotesOf(c, documents)));
    }

    private static EventDate date(ResultSet rs) throws SQLException {
        String value = rs.getString("date_value");
        if (value == null) {
            return null;
        }
        TextSpan evidence = rs.getString("date_text") == null ? null
                : new TextSpan(rs.getInt("date_start"), rs.getInt("date_end"), rs.getString("date_text"));
        return new EventDate(value, EventDate.Basis.valueOf(rs.getString("date_basis")),
                EventDate.Relation.valueOf(rs.getString("date_relation")), evidence);
    }

    private static PlaceMention placeMention(ResultSet rs) throws SQLException {
        Place p = EventReader.place(rs, "place_name", "place_country", "lat", "lon", "geonames_id");
        if (p == null || rs.getString("place_text") == null) {
            return null;
        }
        return new PlaceMention(new TextSpan(rs.getInt("place_start"), rs.getInt("place_end"),
                rs.getString("place_text")), p);
    }

    private static List<String> contexts(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
