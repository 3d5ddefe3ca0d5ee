/**
 * Exports of event clusters: GDELT-like TSV, POLECAT-like JSON lines, CSV, Parquet (through DuckDB) and
 * iCalendar of scheduled meetings (through ical4j). Columns in docs/store.md.
 */
package org.tacitus.store.export;
