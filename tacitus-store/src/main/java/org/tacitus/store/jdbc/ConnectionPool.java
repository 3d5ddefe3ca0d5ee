package org.tacitus.store.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Keeps up to {@code idle} open connections for reuse: a server connection costs a round trip and a backend
 * start, more than most of our queries (a DuckDB one, less, but a server's requests need not pay it either).
 * {@link #borrow} hands out a connection whose {@code close()} gives it back (rolled back and in auto-commit mode).
 * Statements are not kept across uses: DuckDB 1.4 may fold the table statistics of the moment a statement was
 * prepared into its plan, so that executing it again after a write can answer from before the write
 * (duckdb/duckdb#23704; a kept statement measured no faster on our page query anyway). Thread-safe.
 */
final class ConnectionPool implements AutoCloseable {

    /** Opens a new connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final BlockingQueue<Connection> idle;

    ConnectionPool(Opener opener, int idle) {
        this.opener = opener;
        this.idle = new ArrayBlockingQueue<>(idle);
    }

    Connection borrow() throws SQLException {
        Connection real = idle.poll();
        while (real != null && real.isClosed()) {
            real = idle.poll();
        }
        Connection c = real != null ? real : opener.open();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        giveBack(c);
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection c) throws SQLException {
        if (c.isClosed()) {
            return;
        }
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            c.close();
            return;
        }
        if (!idle.offer(c)) {
            c.close();
        }
    }

    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
