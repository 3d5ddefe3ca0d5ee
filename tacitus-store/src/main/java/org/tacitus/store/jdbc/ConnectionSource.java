package org.tacitus.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a JDBC store gets its connections; {@link #close} releases whatever it holds. */
interface ConnectionSource extends AutoCloseable {

    /** A connection for one operation; the caller closes it. */
    Connection connect() throws SQLException;

    /**
     * Takes the database-wide write lock inside the current transaction, for stores that several processes may
     * write to at once (PostgreSQL); a no-op where the database admits one writer (DuckDB).
     */
    default void lockForWrite(Connection c) throws SQLException {
    }

    @Override
    void close();
}
