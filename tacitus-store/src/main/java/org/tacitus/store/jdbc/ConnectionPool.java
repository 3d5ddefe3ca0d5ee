package org.tacitus.store.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps up to {@code idle} open connections for reuse, each with the statements prepared on it: opening a
 * connection (a round trip and a backend start on PostgreSQL) and preparing a statement (parsing and planning, on
 * either database: about a sixth of a page of events on DuckDB) cost more than they need to, again for each
 * request. {@link #borrow} hands out a connection whose {@code close()} gives it back (rolled back and in
 * auto-commit mode) and whose {@code prepareStatement(sql)} returns the statement prepared earlier for the same SQL
 * on that connection, its {@code close()} only clearing its parameters.
 *
 * <p>Kept statements are dropped after any write through the pool (a connection that left auto-commit mode, as
 * every writer of the store does, given back): DuckDB 1.4 folds the table statistics of the moment a statement was
 * prepared into its plan (a count, compressed sort keys), so that executing it again after a write could answer
 * from before the write, or wrongly (duckdb/duckdb#23704). Thread-safe; a borrowed connection is for one thread at
 * a time, as JDBC's are.
 */
final class ConnectionPool implements AutoCloseable {

    /** Opens a new connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** Prepared statements kept per connection, the least recently used closed first. */
    private static final int STATEMENTS = 64;

    private final Opener opener;
    private final BlockingQueue<Pooled> idle;
    /** Writes given back so far: statements prepared before the latest are not reused. */
    private final AtomicLong writes = new AtomicLong();

    ConnectionPool(Opener opener, int idle) {
        this.opener = opener;
        this.idle = new ArrayBlockingQueue<>(idle);
    }

    Connection borrow() throws SQLException {
        Pooled p = idle.poll();
        while (p != null && p.real.isClosed()) {
            p = idle.poll();
        }
        Pooled c = p != null ? p : new Pooled(opener.open(), writes);
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (!returned[0]) {
                            returned[0] = true;
                            giveBack(c);
                        }
                        return null;
                    }
                    if (method.getName().equals("prepareStatement") && method.getParameterCount() == 1) {
                        return c.prepare((String) args[0]);
                    }
                    return invoke(c.real, method, args);
                });
    }

    private void giveBack(Pooled p) throws SQLException {
        if (p.real.isClosed()) {
            return;
        }
        try {
            if (!p.real.getAutoCommit()) {
                p.real.rollback();
                p.real.setAutoCommit(true);
                writes.incrementAndGet();
            }
        } catch (SQLException e) {
            writes.incrementAndGet();
            p.close();
            return;
        }
        if (!idle.offer(p)) {
            p.close();
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** An open connection and the statements prepared on it, by SQL. */
    private static final class Pooled {
        final Connection real;
        private final AtomicLong writes;
        private final LinkedHashMap<String, Kept> statements = new LinkedHashMap<>(16, 0.75f, true);

        Pooled(Connection real, AtomicLong writes) {
            this.real = real;
            this.writes = writes;
        }

        /** The kept statement for {@code sql}; a fresh one, not kept, while that one is in use (nested queries). */
        PreparedStatement prepare(String sql) throws SQLException {
            long now = writes.get();
            Kept k = statements.get(sql);
            if (k != null && (k.inUse || k.statement.isClosed() || k.preparedAt != now)) {
                if (k.inUse) {
                    return real.prepareStatement(sql);
                }
                statements.remove(sql);
                quietly(k.statement);
                k = null;
            }
            if (k == null) {
                k = new Kept(real.prepareStatement(sql), now);
                statements.put(sql, k);
                evict();
            }
            k.inUse = true;
            Kept kept = k;
            return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            if (kept.inUse) {
                                kept.inUse = false;
                                kept.statement.clearParameters();
                            }
                            return null;
                        }
                        return invoke(kept.statement, method, args);
                    });
        }

        private void evict() throws SQLException {
            Iterator<Map.Entry<String, Kept>> it = statements.entrySet().iterator();
            while (statements.size() > STATEMENTS && it.hasNext()) {
                Kept k = it.next().getValue();
                if (!k.inUse) {
                    k.statement.close();
                    it.remove();
                }
            }
        }

        void close() {
            for (Kept k : statements.values()) {
                quietly(k.statement);
            }
            statements.clear();
            quietly(real);
        }

        private static void quietly(AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing anyway
            }
        }
    }

    /** A prepared statement kept on its connection; in use between {@code prepareStatement} and its close. */
    private static final class Kept {
        final PreparedStatement statement;
        final long preparedAt;
        boolean inUse;

        Kept(PreparedStatement statement, long preparedAt) {
            this.statement = statement;
            this.preparedAt = preparedAt;
        }
    }

    @Override
    public void close() {
        Pooled p;
        while ((p = idle.poll()) != null) {
            p.close();
        }
    }
}
