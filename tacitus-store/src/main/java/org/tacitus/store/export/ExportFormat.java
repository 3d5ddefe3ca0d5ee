package org.tacitus.store.export;

import java.util.Locale;

/** The export formats; columns and fields of each are documented in docs/store.md. */
public enum ExportFormat {
    /** GDELT 2.0-like event table, tab-separated, one header line. */
    GDELT,
    /** POLECAT-like JSON lines. */
    POLECAT,
    /** Comma-separated values (RFC 4180), one header line. */
    CSV,
    /** Apache Parquet, written by DuckDB; the CSV columns, typed. */
    PARQUET,
    /** iCalendar of scheduled meetings (CONSULT and AGREE events dated by the text). */
    ICS;

    /** Parses a format name, case-insensitive; IllegalArgumentException when unknown. */
    public static ExportFormat parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
