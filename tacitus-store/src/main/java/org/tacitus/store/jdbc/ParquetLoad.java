package org.tacitus.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.tacitus.store.EventStores;
import org.tacitus.store.StoreError;
import org.tacitus.store.StoreException;

/**
 * Brings the Parquet tables of a Spark run ({@code tacitus spark --output DIR}) into a DuckDB store, which reads
 * them directly ({@code read_parquet}), in one transaction. Documents already stored (same key) are skipped with
 * their events, so loading twice adds nothing. The run's clusters are kept as the job made them (it applied the
 * store's rule across the run); a run loaded into a store that already holds events does not merge its clusters
 * with the stored ones. Counts, actor text, country and the actors kept with each cluster are recomputed from the
 * rows; the search index is rebuilt on the next open, and the reports' scheduled-meeting flags are set then (by
 * {@link org.tacitus.events.Meetings}). Clusters are appended in day order, so that a page of events over a date
 * window reads few of the table's blocks. Not loaded (the job does not write them): entities, problems, and the
 * evidence spans of event dates, places and attribution cues.
 */
public final class ParquetLoad {

    /** What a load added. */
    public record Result(long documents, long skipped, long reports, long clusters) {
    }

    private ParquetLoad() {
    }

    public static Result load(Path duckDb, Path dir) {
        if (!Files.isDirectory(dir.resolve("documents"))) {
            throw new StoreException(StoreError.QUERY_FAILED, dir + ": no documents/ table of a Spark run here");
        }
        // Opened once for its schema, then closed so that this connection is the file's only writer.
        EventStores.duckDb(duckDb).close();
        Result result;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckDb.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                result = load(st, dir);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(StoreError.STORE_WRITE_FAILED, "loading " + dir + ": " + e.getMessage(), e);
        }
        // Opening again sees the database ahead of the search index, and rebuilds it.
        EventStores.duckDb(duckDb).close();
        return result;
    }

    private static Result load(Statement st, Path dir) throws SQLException {
        long total = count(st, "SELECT count(*) FROM " + table(dir, "documents"));
        st.execute("CREATE TEMP TABLE new_docs AS SELECT * FROM " + table(dir, "documents")
                + " WHERE key NOT IN (SELECT key FROM documents)");
        long added = count(st, "SELECT count(*) FROM new_docs");
        st.execute("INSERT INTO documents (key, seq, article_id, title, url, publisher, published, authors, source, "
                + "format, text, ingested_at) SELECT key, (SELECT coalesce(max(seq), 0) FROM documents) "
                + "+ row_number() OVER (ORDER BY coalesce(published, DATE '9999-12-31'), article_id), article_id, "
                + "title, url, publisher, published, authors, source, format, text, now() FROM new_docs");
        if (!has(dir, "quotes")) {
            // no quotes at all in the run
        } else {
            st.execute("INSERT INTO quotes SELECT document_key, position, start_pos, end_pos, text, direct, "
                    + "speaker_start, speaker_end, speaker_text, speaker_name, speaker_code, speaker_country, "
                    + "speaker_sector, speaker_actor, cue_start, cue_end, cue_text FROM " + table(dir, "quotes")
                    + " WHERE document_key IN (SELECT key FROM new_docs)");
        }
        if (!has(dir, "events")) {
            return new Result(added, total - added, 0, 0);
        }
        st.execute("CREATE TEMP TABLE new_reports AS SELECT * FROM " + table(dir, "events")
                + " WHERE document_key IN (SELECT key FROM new_docs)");
        st.execute("INSERT INTO event_reports (id, document_key, event_id, local_id, type, mode, cameo, date_value, "
                + "date_basis, date_relation, place_name, place_country, lat, lon, geonames_id, contexts, factual) "
                + "SELECT id, document_key, cluster_id, local_id, type, mode, cameo, date_value, date_basis, "
                + "date_relation, place_name, place_country, lat, lon, geonames_id, contexts, factual "
                + "FROM new_reports");
        if (has(dir, "mentions")) {
            st.execute("INSERT INTO event_mentions SELECT report_id, mention_index, document_key, event_id, "
                + "sentence_index, sentence_start, sentence_end, sentence_text, trigger_start, trigger_end, "
                + "trigger_text FROM " + table(dir, "mentions")
                + " WHERE document_key IN (SELECT key FROM new_docs)");
        }
        if (has(dir, "participants")) {
            st.execute("INSERT INTO participants SELECT report_id, mention_index, side, position, start_pos, "
                    + "end_pos, text, code, country, sector, name FROM " + table(dir, "participants")
                    + " WHERE report_id IN (SELECT id FROM new_reports)");
        }
        long clustersBefore = count(st, "SELECT count(*) FROM events");
        st.execute("INSERT INTO events (id, seq, type, mode, cameo, day, timex_dated, date_value, source_codes, "
                + "target_codes, actor_text, place_name, place_country, lat, lon, geonames_id, country, "
                + "num_mentions, num_sources, num_articles, source_url, factual) "
                + "SELECT id, (SELECT coalesce(max(seq), 0) FROM events) + row_number() OVER (ORDER BY id), type, "
                + "mode, cameo, day, timex_dated, date_value, source_codes, target_codes, '||', place_name, "
                + "place_country, lat, lon, geonames_id, NULL, 0, 0, 0, source_url, factual FROM "
                + table(dir, "clusters") + " WHERE id IN (SELECT cluster_id FROM new_reports) "
                + "AND id NOT IN (SELECT id FROM events) ORDER BY day NULLS LAST, id");
        long clusters = count(st, "SELECT count(*) FROM events") - clustersBefore;
        // A side's actors by key, the first participant naming each key winning (document order, then position).
        st.execute("INSERT INTO event_actors SELECT p.cluster_id, p.side, coalesce(p.code, p.name, p.text), "
                + "arg_min(p.code, o), arg_min(p.country, o), arg_min(p.sector, o), arg_min(p.name, o) "
                + "FROM (SELECT p.*, r.cluster_id, struct_pack(d := coalesce(r.published, DATE '9999-12-31'), "
                + "a := r.article_id, i := r.report_index, n := p.position) AS o "
                + "FROM participants p JOIN new_reports r ON p.report_id = r.id "
                + "WHERE p.mention_index = -1 AND p.side IN ('source', 'target')) p "
                + "GROUP BY p.cluster_id, p.side, coalesce(p.code, p.name, p.text) ON CONFLICT DO NOTHING");
        st.execute("UPDATE events SET "
                + "num_mentions = (SELECT count(*) FROM event_mentions m WHERE m.event_id = events.id), "
                + "num_articles = (SELECT count(DISTINCT r.document_key) FROM event_reports r "
                + "WHERE r.event_id = events.id), "
                + "num_sources = (SELECT count(DISTINCT d.publisher) FROM event_reports r JOIN documents d "
                + "ON d.key = r.document_key WHERE r.event_id = events.id), "
                + "actor_text = coalesce((SELECT '|' || string_agg(w, '|' ORDER BY s, k, part) || '|' FROM ("
                + "SELECT CASE side WHEN 'source' THEN 0 ELSE 1 END AS s, actor_key AS k, 0 AS part, lower(code) AS w "
                + "FROM event_actors a WHERE a.event_id = events.id AND code IS NOT NULL UNION ALL "
                + "SELECT CASE side WHEN 'source' THEN 0 ELSE 1 END, actor_key, 1, lower(name) "
                + "FROM event_actors a WHERE a.event_id = events.id AND name IS NOT NULL)), '||'), "
                + "country = coalesce(place_country, (SELECT country FROM event_actors a WHERE a.event_id = events.id "
                + "AND side = 'source' AND country IS NOT NULL ORDER BY actor_key LIMIT 1)), "
                // as schema V2 and ClusterActors write them
                + "actors = coalesce((SELECT to_json(list({'side': a.side, 'code': a.code, 'country': a.country, "
                + "'sector': a.sector, 'name': a.name} ORDER BY a.side, a.actor_key))::VARCHAR FROM event_actors a "
                + "WHERE a.event_id = events.id), '[]') "
                + "WHERE id IN (SELECT cluster_id FROM new_reports)");
        long reports = count(st, "SELECT count(*) FROM new_reports");
        return new Result(added, total - added, reports, clusters);
    }

    /** The Parquet files of one table of the run, partition column included. */
    private static String table(Path dir, String name) {
        String glob = dir.toAbsolutePath().resolve(name) + "/**/*.parquet";
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = true, union_by_name = true)";
    }

    /** Whether the table has any rows' file (Spark writes none for a table without rows). */
    private static boolean has(Path dir, String name) {
        Path t = dir.resolve(name);
        if (!Files.isDirectory(t)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(t)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
