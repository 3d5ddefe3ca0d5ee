/**
 * The two databases behind {@link org.tacitus.store.EventStore}: DuckDB (embedded, migrated by our own
 * {@code SqlMigrations}) and PostgreSQL (migrated by Flyway), one SQL implementation ({@code JdbcEventStore}):
 * {@code DocumentWriter} and {@code ClusterAssigner} write, {@code EventReader} and {@code DetailReader} read,
 * {@code IndexFeeder} turns stored rows into search entries.
 */
package org.tacitus.store.jdbc;
