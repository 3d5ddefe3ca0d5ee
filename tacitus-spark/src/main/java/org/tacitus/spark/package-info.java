/**
 * The extraction pipeline as a Spark batch job: wiring only, no extraction logic.
 *
 * <p>Reads: JSON Lines articles and WARC/WARC.gz captures (any file {@code tacitus extract} reads), through
 * Hadoop's {@code FileSystem}, so {@code file:}, {@code hdfs:} and {@code s3a:} paths work alike. Adds: per
 * document the store's rows (documents, event reports, mentions, quotes) and, across articles, the store's
 * deduplication rule ({@code org.tacitus.store.dedup.ClusterKey}) giving each report its cluster. Writes:
 * Parquet tables partitioned by publication month, and {@code errors} for documents that could not be read or
 * processed (their stable problem codes; the job goes on).
 */
package org.tacitus.spark;
