package org.tacitus.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tacitus spark}: the batch job's entry point, for {@code spark-submit --class org.tacitus.spark.SparkCommand}
 * on a cluster and, through the {@code ./tacitus} launcher, in-process on this machine ({@code --master local[N]}).
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Extract from JSON Lines and WARC files on Spark and write Parquet tables "
                + "(documents, events, mentions, quotes, clusters, errors).")
public final class SparkCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories (file:, hdfs:, s3a: …)")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "output directory (replaced)")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master; default: spark-submit's, else local[*] in this process")
    String master;

    @Option(names = "--partitions", defaultValue = "0",
            description = "extraction tasks (default: four per core)")
    int partitions;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date of documents that give none")
    LocalDate published;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCommand()).execute(args));
    }

    @Override
    public Integer call() throws java.io.IOException {
        SparkSession.Builder builder = SparkSession.builder().appName("tacitus");
        String chosen = master;
        if (chosen == null && System.getProperty("spark.master") == null) {
            chosen = "local[*]";
        }
        if (chosen != null) {
            builder.master(chosen);
            if (chosen.startsWith("local")) {
                builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                        .config("spark.ui.enabled", "false");
            }
        }
        String out = output.contains(":") ? output : Path.of(output).toAbsolutePath().toUri().toString();
        try (SparkSession spark = builder.getOrCreate()) {
            SparkExtraction.Summary s = SparkExtraction.run(spark,
                    new SparkExtraction.Options(inputs, out, partitions, published));
            System.err.printf("tacitus spark: %d documents (%d failed), %d events in %d clusters, %d quotes in "
                    + "%.1f s (%.2f documents/s) -> %s%n", s.documents(), s.failed(), s.events(), s.clusters(),
                    s.quotes(), s.seconds(), s.documentsPerSecond(), out);
        }
        return 0;
    }
}
