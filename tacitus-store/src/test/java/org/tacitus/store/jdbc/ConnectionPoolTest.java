package org.tacitus.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kept statements on an in-memory DuckDB: reused between writes, never across one. */
class ConnectionPoolTest {

    private DuckDBConnection root;
    private ConnectionPool pool;

    @BeforeEach
    void open() throws SQLException {
        root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = root.createStatement()) {
            s.execute("CREATE TABLE t (k VARCHAR PRIMARY KEY, n INTEGER)");
        }
        pool = new ConnectionPool(root::duplicate, 2);
    }

    @AfterEach
    void close() throws SQLException {
        pool.close();
        root.close();
    }

    @Test
    void aStatementIsKeptPerConnectionAndSql() throws SQLException {
        try (Connection c = pool.borrow()) {
            PreparedStatement first = unwrap(c, "SELECT count(*) FROM t");
            PreparedStatement again = unwrap(c, "SELECT count(*) FROM t");
            assertSame(first, again);
        }
    }

    @Test
    void aNestedUseOfTheSameSqlGetsItsOwnStatement() throws SQLException {
        try (Connection c = pool.borrow(); PreparedStatement outer = c.prepareStatement("SELECT 1");
             PreparedStatement inner = c.prepareStatement("SELECT 1")) {
            assertNotSame(outer.unwrap(PreparedStatement.class), inner.unwrap(PreparedStatement.class));
        }
    }

    /**
     * DuckDB 1.4 plans "n > 10" over a table whose statistics say n ≤ 3 as an empty result, and a statement kept
     * from then would go on answering 0 after a write of n = 20 (duckdb/duckdb#23704).
     */
    @Test
    void aWriteThroughThePoolRetiresTheKeptStatements() throws SQLException {
        write("a", 1);
        write("b", 3);
        assertEquals(0, count());
        assertEquals(0, count());
        write("c", 20);
        assertEquals(1, count(), "the kept statement was prepared before the write");
    }

    private void write(String k, int n) throws SQLException {
        try (Connection c = pool.borrow()) {
            c.setAutoCommit(false);
            Sql.update(c, "INSERT INTO t VALUES (?, ?)", k, n);
            c.commit();
        }
    }

    private long count() throws SQLException {
        try (Connection c = pool.borrow()) {
            return Sql.count(c, "SELECT count(*) FROM t WHERE n > 10");
        }
    }

    /** The statement behind the pool's handle, its handle closed (kept, not closed). */
    private static PreparedStatement unwrap(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return ps.unwrap(PreparedStatement.class);
        }
    }
}
