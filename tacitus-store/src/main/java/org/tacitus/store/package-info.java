/**
 * The store: what the pipeline extracted, kept and asked about. Reads {@link org.tacitus.model.Extraction}s;
 * adds event clusters (one real-world event across articles, with GDELT-like counts), actor and quote listings,
 * full-text search, counts and scheduled meetings, all through {@link org.tacitus.store.EventStore}, opened by
 * {@link org.tacitus.store.EventStores}. Problems: per-document outcomes in {@link org.tacitus.store.IngestReport},
 * failures of the store itself as {@link org.tacitus.store.StoreException}, both with a
 * {@link org.tacitus.store.StoreError} code. See docs/store.md.
 */
package org.tacitus.store;
