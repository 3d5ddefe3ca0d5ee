package org.tacitus.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tacitus.store.EventStore;
import org.tacitus.store.StoreException;
import org.tacitus.store.export.ExportFormat;
import org.tacitus.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tacitus export}: every stored event matching the filters, in a data format (see docs/store.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export stored events: gdelt (GDELT-like TSV), polecat (POLECAT-like JSON lines), csv, "
            + "parquet (needs --output), ics (scheduled CONSULT/AGREE meetings, from --from on).",
            "Writes to stdout unless --output is given; the count goes to stderr."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "gdelt|polecat|csv|parquet|ics")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path output;

    @Override
    public Integer call() throws IOException {
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            System.err.println("tacitus: unknown --format '" + format + "' (use gdelt, polecat, csv, parquet or ics)");
            return 2;
        }
        if (f == ExportFormat.PARQUET && output == null) {
            System.err.println("tacitus: --format parquet needs --output FILE");
            return 2;
        }
        try (EventStore db = store.open()) {
            int n;
            if (f == ExportFormat.PARQUET) {
                n = Exporter.export(db, filters.query(), f, output, null);
            } else {
                try (OutputStream out = open(output)) {
                    n = Exporter.export(db, filters.query(), f, null, out);
                }
            }
            System.err.printf("tacitus: exported %d events as %s%s%n", n, f.name().toLowerCase(java.util.Locale.ROOT),
                    output == null ? "" : " to " + output);
            return 0;
        } catch (StoreException e) {
            System.err.println("tacitus: " + e);
            return 1;
        }
    }

    private static OutputStream open(Path output) throws IOException {
        if (output == null) {
            return new BufferedOutputStream(System.out, 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush(); // never close stdout
                }
            };
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
    }
}
