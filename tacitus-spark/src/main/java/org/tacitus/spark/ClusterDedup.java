package org.tacitus.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tacitus.store.dedup.ClusterKey;

/**
 * Deduplicates events across articles with the store's rule: each report joins the earliest cluster it is
 * {@link ClusterKey#compatibleWith compatible with}, widening it ({@link ClusterKey#merge}), else founds one whose
 * id is {@link ClusterKey#clusterId} ({@code -2}, {@code -3}… on a clash), exactly as the store's
 * {@code ClusterAssigner} does. The store's order is ingest order; here it is publication date (undated last),
 * article id, event index, so the same input gives the same clusters however it is split.
 *
 * <p>Spark SQL does the blocking (no two types ever share a cluster, so reports are partitioned by type) and
 * the ordering; the greedy pass runs per type in one task. A type holding most of a large corpus is then one
 * long task: the price of reproducing the store's order-dependent rule exactly.
 */
final class ClusterDedup {

    /** The order reports are assigned in, as a sortable column. */
    static final String ORDER_DAY = "order_day";

    private static final StructType ASSIGNED = new StructType()
            .add("report_id", DataTypes.StringType)
            .add("cluster_id", DataTypes.StringType);

    private ClusterDedup() {
    }

    /** {@code events} (columns of {@link TableSchemas#EVENTS}) with a {@code cluster_id} column added. */
    static Dataset<Row> assign(Dataset<Row> events) {
        Dataset<Row> ordered = events
                .select("id", "type", "source_codes", "target_codes", "day", "timex_dated", "date_value",
                        "place_name", "published", "article_id", "report_index")
                .withColumn(ORDER_DAY, coalesce(col("published"), to_date(lit("9999-12-31"))))
                .repartition(col("type"))
                .sortWithinPartitions(col("type"), col(ORDER_DAY), col("article_id"), col("report_index"));
        Dataset<Row> assigned = ordered.mapPartitions((MapPartitionsFunction<Row, Row>) ClusterDedup::greedy,
                Encoders.row(ASSIGNED));
        return events.join(assigned, events.col("id").equalTo(assigned.col("report_id")), "left")
                .drop("report_id");
    }

    /** The store's assignment over one partition's reports, sorted by type and then by order. */
    private static Iterator<Row> greedy(Iterator<Row> reports) {
        List<Row> out = new ArrayList<>();
        String type = null;
        List<ClusterKey> keys = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        while (reports.hasNext()) {
            Row r = reports.next();
            String t = r.getAs("type");
            if (!t.equals(type)) {
                type = t;
                keys.clear();
                ids.clear();
                taken.clear();
            }
            ClusterKey key = key(r);
            int found = -1;
            for (int i = 0; i < keys.size() && found < 0; i++) {
                if (key.compatibleWith(keys.get(i))) {
                    found = i;
                }
            }
            String id;
            if (found >= 0) {
                keys.set(found, keys.get(found).merge(key));
                id = ids.get(found);
            } else {
                String base = key.clusterId();
                id = base;
                for (int n = 2; taken.contains(id); n++) {
                    id = base + "-" + n;
                }
                taken.add(id);
                keys.add(key);
                ids.add(id);
            }
            out.add(RowFactory.create(r.<String>getAs("id"), id));
        }
        return out.iterator();
    }

    private static ClusterKey key(Row r) {
        java.sql.Date day = r.getAs("day");
        return new ClusterKey(r.getAs("type"), ClusterKey.split(r.getAs("source_codes")),
                ClusterKey.split(r.getAs("target_codes")), StoreRows.localDate(day),
                Boolean.TRUE.equals(r.getAs("timex_dated")), r.getAs("date_value"), r.getAs("place_name"));
    }

    /**
     * One row per cluster, from its reports (which carry {@code cluster_id}): the store's {@code events} columns
     * that do not need the actors' names — sides as the union of the reports' keys, the first text-dated date
     * (else the founder's), the first known place, and GDELT's counts.
     */
    /** The union of the reports' {@code ,A,B,} keys on one side, in the same form ({@code ,} when empty). */
    private static String keys(String column) {
        String set = "array_sort(array_distinct(flatten(collect_list(filter(split(" + column
                + ", ','), k -> k != '')))))";
        return "CASE WHEN size(" + set + ") = 0 THEN ',' ELSE concat(',', array_join(" + set + ", ','), ',') END";
    }

    static Dataset<Row> clusters(SparkSession spark, Dataset<Row> reports) {
        reports.createOrReplaceTempView("tacitus_reports");
        return spark.sql("""
                WITH r AS (
                  SELECT *, named_struct('d', coalesce(published, DATE'9999-12-31'), 'a', article_id,
                                         'i', report_index) AS ord
                  FROM tacitus_reports)
                SELECT cluster_id AS id,
                       first(type) AS type,
                       min_by(mode, ord) AS mode,
                       min_by(cameo, ord) AS cameo,
                       min_by(day, named_struct('p', CASE WHEN timex_dated THEN 0 WHEN day IS NOT NULL THEN 1
                                                         ELSE 2 END, 'o', ord)) AS day,
                       bool_or(timex_dated) AS timex_dated,
                       min_by(date_value, named_struct('p', CASE WHEN timex_dated THEN 0
                                                                 WHEN day IS NOT NULL THEN 1 ELSE 2 END,
                                                       'o', ord)) AS date_value,
                       %s AS source_codes,
                       %s AS target_codes,
                       min_by(place_name, named_struct('n', place_name IS NULL, 'o', ord)) AS place_name,
                       min_by(place_country, named_struct('n', place_name IS NULL, 'o', ord)) AS place_country,
                       min_by(lat, named_struct('n', place_name IS NULL, 'o', ord)) AS lat,
                       min_by(lon, named_struct('n', place_name IS NULL, 'o', ord)) AS lon,
                       min_by(geonames_id, named_struct('n', place_name IS NULL, 'o', ord)) AS geonames_id,
                       CAST(sum(num_mentions) AS INT) AS num_mentions,
                       CAST(count(DISTINCT publisher) AS INT) AS num_sources,
                       CAST(count(DISTINCT document_key) AS INT) AS num_articles,
                       min_by(url, ord) AS source_url,
                       bool_or(factual) AS factual
                FROM r
                GROUP BY cluster_id
                """.formatted(keys("source_codes"), keys("target_codes")));
    }
}
