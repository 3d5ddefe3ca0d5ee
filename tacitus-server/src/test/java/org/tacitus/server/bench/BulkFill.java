package org.tacitus.server.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes synthetic event clusters straight into a migrated DuckDB store's {@code events} and {@code event_actors}
 * tables (schema V1, see tacitus-store's db/duckdb/V1__init.sql): seeded by row number, spread over 2020–2024, 16
 * types, 40 countries with a city each. Only for the load benchmark: documents, reports, mentions and the search
 * index stay empty.
 */
final class BulkFill {

    private BulkFill() {
    }

    static void events(Path db, long n) throws SQLException {
        String countries = "['" + String.join("','", EventsLoad.COUNTRIES) + "']";
        String types = "['" + String.join("','", EventsLoad.TYPES) + "']";
        String cameo = "['" + String.join("','", EventsLoad.CAMEO) + "']";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE gen AS SELECT i, "
                    + "1 + (hash(i, 'a') % 40)::INT AS a, "
                    + "1 + ((hash(i, 'a') % 40 + 1 + hash(i, 'b') % 39) % 40)::INT AS b, "
                    + "1 + (hash(i, 't') % 16)::INT AS t, "
                    + "DATE '2020-01-01' + (hash(i, 'd') % 1826)::INT AS day, "
                    + "hash(i, 'p') % 2 = 0 AS at_a, "
                    + "1 + (hash(i, 'm') % 5)::INT AS mentions "
                    + "FROM range(" + n + ") r(i)");
            s.execute("INSERT INTO events SELECT 'ev' || lpad(i::VARCHAR, 8, '0'), i, " + types + "[t], NULL, "
                    + cameo + "[t], day, TRUE, day::VARCHAR, "
                    + "',' || " + countries + "[a] || ',', ',' || " + countries + "[b] || ',', "
                    + "lower(" + countries + "[a] || ' country ' || " + countries + "[a] || ' ' || " + countries
                    + "[b] || ' country ' || " + countries + "[b]), "
                    + "'City' || (CASE WHEN at_a THEN a ELSE b END - 1), " + countries + "[CASE WHEN at_a THEN a ELSE b END], "
                    + "-60 + (CASE WHEN at_a THEN a ELSE b END) * 3.0, -170 + (CASE WHEN at_a THEN a ELSE b END) * 8.0, NULL, "
                    + countries + "[CASE WHEN at_a THEN a ELSE b END], mentions, 1 + mentions // 2, mentions, "
                    + "'https://source' || (i % 50) || '.example.org/' || i, TRUE FROM gen");
            s.execute("INSERT INTO event_actors SELECT 'ev' || lpad(i::VARCHAR, 8, '0'), 'source', "
                    + countries + "[a], " + countries + "[a], " + countries + "[a], NULL, 'Country ' || "
                    + countries + "[a] FROM gen");
            s.execute("INSERT INTO event_actors SELECT 'ev' || lpad(i::VARCHAR, 8, '0'), 'target', "
                    + countries + "[b], " + countries + "[b], " + countries + "[b], NULL, 'Country ' || "
                    + countries + "[b] FROM gen");
            s.execute("CHECKPOINT");
        }
    }
}
