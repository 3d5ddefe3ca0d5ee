package org.tacitus.store;

/**
 * Stable codes for what can go wrong in the store. The CLI and the API report these names; never rename one,
 * only add.
 */
public enum StoreError {
    STORE_LOCKED("another process (a server?) owns this store: ingest through POST /api/articles or stop it"),
    STORE_UNREACHABLE("the database cannot be opened or reached"),
    STORE_MIGRATION_FAILED("the database schema could not be created or upgraded"),
    STORE_WRITE_FAILED("a document could not be written; its transaction was rolled back"),
    DOCUMENT_INVALID("a document cannot be stored as given (for example an empty article id)"),
    SEARCH_QUERY_INVALID("the full-text query does not parse"),
    INDEX_FAILED("the full-text index could not be read or written"),
    EXPORT_FAILED("an export could not be written"),
    QUERY_FAILED("a query against the database failed");

    private final String meaning;

    StoreError(String meaning) {
        this.meaning = meaning;
    }

    /** A one-line description for documentation and messages. */
    public String meaning() {
        return meaning;
    }
}
