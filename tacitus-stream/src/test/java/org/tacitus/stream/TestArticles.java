package org.tacitus.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;

/** The stream tests' articles (src/test/resources, see the README there) and what they look at afterwards. */
final class TestArticles {

    static final ObjectMapper JSON = new ObjectMapper();

    private TestArticles() {
    }

    /** The lines of {@code articles.jsonl}: twelve short briefs, ids {@code stream-01}… */
    static List<String> lines() {
        try (InputStream in = TestArticles.class.getResourceAsStream("articles.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(String line) {
        return json(line.getBytes(StandardCharsets.UTF_8)).get("id").asText();
    }

    /** A message keyed by its article id. */
    static Map.Entry<byte[], byte[]> keyed(String line) {
        return message(id(line), line.getBytes(StandardCharsets.UTF_8));
    }

    static Map.Entry<byte[], byte[]> message(String key, byte[] value) {
        return new AbstractMap.SimpleEntry<>(key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
    }

    static JsonNode json(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One number from a closed DuckDB store file. */
    static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
