/**
 * The HTTP server: reads an {@link org.tacitus.store.EventStore} and answers JSON under {@code /api} — events with
 * their evidence, actors, quotes, full-text search, counts, scheduled meetings as JSON and iCalendar, the OpenAPI
 * description — takes posted articles through the extraction pipeline into the store, and serves the static web UI
 * from the classpath. {@link org.tacitus.server.TacitusServer} wires routes, access ({@code BearerToken}), limits
 * ({@code QueryParams}, {@link org.tacitus.server.ServerConfig}) and error mapping ({@code ErrorResponses}, the one
 * place where failures become {@code {"error":{"code","message"}}} with a stable {@link org.tacitus.server.ErrorCode}
 * or store code). Problems it reports: the codes of {@code ErrorCode}, the store's {@code StoreError} names, and the
 * reading problem codes of posted articles.
 */
package org.tacitus.server;
