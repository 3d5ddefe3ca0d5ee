package org.tacitus.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.tacitus.store.EventStore;
import org.tacitus.store.StoreError;
import org.tacitus.store.StoreException;
import org.tacitus.store.search.SearchIndex;

/**
 * PostgreSQL behind the same interface: the schema is migrated by Flyway from {@code db/postgres}, into the
 * schema named at open (created when missing); several processes may write, serialised by an advisory lock.
 */
public final class PostgresStore {

    private PostgresStore() {
    }

    public static EventStore open(String url, String user, String password, String schema, Path luceneDir) {
        if (!schema.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        try {
            Flyway.configure().dataSource(url, user, password).schemas(schema).createSchemas(true)
                    .locations("classpath:db/postgres").load().migrate();
        } catch (FlywayException e) {
            boolean unreachable = e.getCause() instanceof SQLException s && s.getSQLState() != null
                    && s.getSQLState().startsWith("08") || String.valueOf(e.getMessage()).contains("Connection");
            throw new StoreException(unreachable ? StoreError.STORE_UNREACHABLE : StoreError.STORE_MIGRATION_FAILED,
                    "PostgreSQL at " + url + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        props.setProperty("currentSchema", schema);
        ConnectionPool pool = new ConnectionPool(() -> DriverManager.getConnection(url, props), 8);
        ConnectionSource source = new ConnectionSource() {
            @Override
            public Connection connect() throws SQLException {
                return pool.borrow();
            }

            @Override
            public void lockForWrite(Connection c) throws SQLException {
                Sql.query(c, "SELECT pg_advisory_xact_lock(hashtext(current_schema()))", rs -> 0);
            }

            @Override
            public void close() {
                pool.close();
            }
        };
        return new JdbcEventStore(source, SearchIndex.open(luceneDir));
    }
}
