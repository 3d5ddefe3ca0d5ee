package org.tacitus.store.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.tacitus.store.EventCluster;
import org.tacitus.store.StoreError;
import org.tacitus.store.StoreException;

/**
 * Parquet through DuckDB: the rows go into a typed table of an in-memory DuckDB, which {@code COPY … TO … (FORMAT
 * PARQUET)} writes out. Works the same whichever store the rows come from.
 */
final class ParquetExport {

    private ParquetExport() {
    }

    static int write(Iterable<EventCluster> rows, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE events (" + EventRows.COLUMNS.stream().map(col -> col.name() + " "
                        + col.sqlType()).collect(Collectors.joining(", ")) + ")");
            }
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO events VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(EventRows.COLUMNS.size(), "?")) + ")")) {
                for (EventCluster e : rows) {
                    for (int i = 0; i < EventRows.COLUMNS.size(); i++) {
                        Object v = EventRows.COLUMNS.get(i).value().apply(e);
                        ps.setObject(i + 1, v instanceof LocalDate d ? Date.valueOf(d) : v);
                    }
                    ps.addBatch();
                    n++;
                }
                ps.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("COPY events TO '" + abs.toString().replace("'", "''") + "' (FORMAT PARQUET)");
            }
            return n;
        } catch (SQLException e) {
            throw new StoreException(StoreError.EXPORT_FAILED, "cannot write Parquet to " + abs + ": " + e, e);
        }
    }
}
