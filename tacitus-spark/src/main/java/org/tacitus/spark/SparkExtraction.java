package org.tacitus.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The batch job: input files → work items (JSON lines, whole other files) → {@code mapPartitions} through one
 * pipeline per executor JVM → the store's rows → cross-article dedup → Parquet tables under the output
 * directory: {@code documents/}, {@code events/} (one row per article's event, with its {@code cluster_id}),
 * {@code mentions/}, {@code participants/}, {@code quotes/} (each partitioned by {@code month} of publication), {@code clusters/} and
 * {@code errors/}.
 */
public final class SparkExtraction {

    /**
     * @param inputs           files or directories, any Hadoop path
     * @param output           the output directory (replaced)
     * @param partitions       how many extraction tasks (0: four per core Spark offers)
     * @param defaultPublished publication date of documents that name none, or null
     */
    public record Options(List<String> inputs, String output, int partitions, LocalDate defaultPublished) {
        public Options {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(output, "output");
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input");
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must not be negative");
            }
        }
    }

    /** What a run wrote. */
    public record Summary(long documents, long failed, long events, long clusters, long quotes, double seconds) {
        public double documentsPerSecond() {
            return seconds <= 0 ? 0 : (documents + failed) / seconds;
        }
    }

    private SparkExtraction() {
    }

    public static Summary run(SparkSession spark, Options options) {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopFiles files = new HadoopFiles(jsc.hadoopConfiguration());
        HadoopFiles.Listing listing;
        try {
            listing = files.list(options.inputs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input: " + e.getMessage(), e);
        }
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * jsc.defaultParallelism();
        List<InputFile> inputFiles = listing.files();
        JavaRDD<WorkItem> work = jsc.parallelize(inputFiles, Math.max(1, Math.min(inputFiles.size(), partitions)))
                .flatMap(f -> f.jsonl() ? files.lines(f) : List.of(WorkItem.wholeFile(f)).iterator())
                .repartition(partitions);
        PartitionExtractor extractor = new PartitionExtractor(files, options.defaultPublished());
        JavaRDD<StoreRows> rows = work.mapPartitions(extractor::extract)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return write(spark, rows, listing.missing(), options.output().replaceFirst("/+$", ""), t0);
        } finally {
            rows.unpersist(false);
        }
    }

    /** Writes the tables of extracted rows; {@code out} without a trailing slash. */
    static Summary write(SparkSession spark, JavaRDD<StoreRows> rows, List<String> missing, String out,
                                 long t0) {
        Dataset<Row> documents = spark.createDataFrame(
                rows.filter(r -> r.document != null).map(r -> RowFactory.create(r.document)), TableSchemas.DOCUMENTS);
        Dataset<Row> reports = spark.createDataFrame(
                rows.flatMap(r -> r.events.stream().map(RowFactory::create).iterator()), TableSchemas.EVENTS);
        Dataset<Row> mentions = spark.createDataFrame(
                rows.flatMap(r -> r.mentions.stream().map(RowFactory::create).iterator()), TableSchemas.MENTIONS);
        Dataset<Row> quotes = spark.createDataFrame(
                rows.flatMap(r -> r.quotes.stream().map(RowFactory::create).iterator()), TableSchemas.QUOTES);
        Dataset<Row> participants = spark.createDataFrame(
                rows.flatMap(r -> r.participants.stream().map(RowFactory::create).iterator()),
                TableSchemas.PARTICIPANTS);
        List<Row> missingRows = new ArrayList<>();
        for (String m : missing) {
            missingRows.add(RowFactory.create(m, m, "INPUT_NOT_FOUND", m + ": no such file or directory"));
        }
        Dataset<Row> errors = spark.createDataFrame(
                rows.filter(r -> r.error != null).map(r -> RowFactory.create(r.error)), TableSchemas.ERRORS)
                .union(spark.createDataFrame(missingRows, TableSchemas.ERRORS));

        // The first write computes the extraction; the other tables come from the persisted rows.
        documents.write().mode(SaveMode.Overwrite).partitionBy("month").parquet(out + "/documents");
        Dataset<Row> events = ClusterDedup.assign(reports).persist(StorageLevel.MEMORY_AND_DISK());
        events.write().mode(SaveMode.Overwrite).partitionBy("month").parquet(out + "/events");
        Dataset<Row> clusterOf = events.select(events.col("id").as("rid"), events.col("cluster_id").as("event_id"));
        mentions.join(clusterOf, mentions.col("report_id").equalTo(clusterOf.col("rid")), "left").drop("rid")
                .write().mode(SaveMode.Overwrite).partitionBy("month").parquet(out + "/mentions");
        quotes.write().mode(SaveMode.Overwrite).partitionBy("month").parquet(out + "/quotes");
        participants.write().mode(SaveMode.Overwrite).partitionBy("month").parquet(out + "/participants");
        Dataset<Row> clusters = ClusterDedup.clusters(spark, events);
        clusters.write().mode(SaveMode.Overwrite).parquet(out + "/clusters");
        errors.coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "/errors");

        // Read back with the schemas written: a table with no rows (no quotes at all) has no file to infer one from.
        long docs = count(spark, out + "/documents", documents.schema());
        long failed = count(spark, out + "/errors", errors.schema());
        long eventCount = count(spark, out + "/events", events.schema());
        long clusterCount = count(spark, out + "/clusters", clusters.schema());
        long quoteCount = count(spark, out + "/quotes", quotes.schema());
        events.unpersist(false);
        return new Summary(docs, failed, eventCount, clusterCount, quoteCount, (System.nanoTime() - t0) / 1e9);
    }

    private static long count(SparkSession spark, String path, org.apache.spark.sql.types.StructType schema) {
        return spark.read().schema(schema).parquet(path).count();
    }
}
