package org.tacitus.server.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes synthetic event clusters straight into a migrated DuckDB store's {@code events} (actors kept with each
 * cluster, as schema V2 has them) and {@code event_actors} tables (see tacitus-store's db/duckdb/): seeded by row
 * number, spread over 2020–2024, 16 types, 40 countries with a city each. Only for the load benchmark: documents,
 * reports, mentions and the search index stay empty.
 *
 * <p>{@code inDayOrder}: the clusters are stored (and numbered) in the order of their days, as in a store fed the
 * news as it comes, where clusters are founded roughly in date order; otherwise in an order unrelated to their days,
 * the worst case for a date window (a store filled from archives in random order).
 */
final class BulkFill {

    private BulkFill() {
    }

    static void events(Path db, long n, boolean inDayOrder) throws SQLException {
        String countries = "['" + String.join("','", EventsLoad.COUNTRIES) + "']";
        String types = "['" + String.join("','", EventsLoad.TYPES) + "']";
        String cameo = "['" + String.join("','", EventsLoad.CAMEO) + "']";
        String a = countries + "[a]";
        String b = countries + "[b]";
        String at = countries + "[CASE WHEN at_a THEN a ELSE b END]";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE raw AS SELECT i, "
                    + "1 + (hash(i, 'a') % 40)::INT AS a, "
                    + "1 + ((hash(i, 'a') % 40 + 1 + hash(i, 'b') % 39) % 40)::INT AS b, "
                    + "1 + (hash(i, 't') % 16)::INT AS t, "
                    + "DATE '2020-01-01' + (hash(i, 'd') % 1826)::INT AS day, "
                    + "hash(i, 'p') % 2 = 0 AS at_a, "
                    + "1 + (hash(i, 'm') % 5)::INT AS mentions "
                    + "FROM range(" + n + ") r(i)");
            // the storage order, and the ids and sequence numbers that follow it
            s.execute("CREATE TEMP TABLE gen AS SELECT row_number() OVER (ORDER BY " + (inDayOrder ? "day, i" : "i")
                    + ") - 1 AS n, * EXCLUDE (i) FROM raw ORDER BY n");
            s.execute("INSERT INTO events SELECT 'ev' || lpad(n::VARCHAR, 8, '0'), n, " + types + "[t], NULL, "
                    + cameo + "[t], day, TRUE, day::VARCHAR, ',' || " + a + " || ',', ',' || " + b + " || ',', "
                    + "lower(" + a + " || ' country ' || " + a + " || ' ' || " + b + " || ' country ' || " + b + "), "
                    + "'City' || (CASE WHEN at_a THEN a ELSE b END - 1), " + at + ", "
                    + "-60 + (CASE WHEN at_a THEN a ELSE b END) * 3.0, -170 + (CASE WHEN at_a THEN a ELSE b END) * 8.0, "
                    + "NULL, " + at + ", mentions, 1 + mentions // 2, mentions, "
                    + "'https://source' || (n % 50) || '.example.org/' || n, TRUE, "
                    + "to_json([{'side': 'source', 'code': " + a + ", 'country': " + a + ", 'sector': NULL::VARCHAR, "
                    + "'name': 'Country ' || " + a + "}, {'side': 'target', 'code': " + b + ", 'country': " + b
                    + ", 'sector': NULL::VARCHAR, 'name': 'Country ' || " + b + "}])::VARCHAR FROM gen ORDER BY n");
            s.execute("INSERT INTO event_actors SELECT 'ev' || lpad(n::VARCHAR, 8, '0'), 'source', " + a + ", " + a
                    + ", " + a + ", NULL, 'Country ' || " + a + " FROM gen ORDER BY n");
            s.execute("INSERT INTO event_actors SELECT 'ev' || lpad(n::VARCHAR, 8, '0'), 'target', " + b + ", " + b
                    + ", " + b + ", NULL, 'Country ' || " + b + " FROM gen ORDER BY n");
            s.execute("CHECKPOINT");
        }
    }
}
