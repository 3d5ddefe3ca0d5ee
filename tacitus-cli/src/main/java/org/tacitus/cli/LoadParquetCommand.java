package org.tacitus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tacitus.store.StoreException;
import org.tacitus.store.jdbc.ParquetLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tacitus load-parquet DIR}: a Spark run's tables into the embedded DuckDB store (see docs/scale.md). */
@Command(name = "load-parquet", mixinStandardHelpOptions = true,
        description = {"Load the Parquet tables of a Spark run (tacitus spark --output DIR) into a DuckDB store.",
            "Documents already stored are skipped; the run's event clusters are kept as the job made them."})
final class LoadParquetCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "the output directory of tacitus spark")
    Path dir;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if (store.db != null && store.db.startsWith("jdbc:")) {
            System.err.println("tacitus: load-parquet writes to a DuckDB file (--db PATH), not " + store.db);
            return 2;
        }
        long t0 = System.nanoTime();
        try {
            ParquetLoad.Result r = ParquetLoad.load(store.path(), dir);
            System.out.printf("loaded %d documents (%d already stored), %d events in %d new clusters into %s "
                    + "in %.1f s%n", r.documents(), r.skipped(), r.reports(), r.clusters(), store.describe(),
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (StoreException e) {
            System.err.println("tacitus: " + e.getMessage());
            return 1;
        }
    }
}
