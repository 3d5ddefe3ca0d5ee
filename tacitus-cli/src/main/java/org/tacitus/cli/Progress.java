package org.tacitus.cli;

import java.io.PrintStream;
import java.util.function.Consumer;
import org.tacitus.pipeline.DocumentResult;

/**
 * Counts finished documents and reports progress on stderr (never stdout): a rewritten line on a terminal,
 * a line every few seconds otherwise.
 */
final class Progress implements Consumer<DocumentResult> {

    private final PrintStream err;
    private final boolean enabled;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long lastReport = System.nanoTime();
    private int documents;
    private int failed;

    Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void accept(DocumentResult result) {
        documents++;
        if (result instanceof DocumentResult.Failed) {
            failed++;
        }
        long now = System.nanoTime();
        if (enabled && now - lastReport > (terminal ? 250_000_000L : 5_000_000_000L)) {
            lastReport = now;
            err.print((terminal ? "\r" : "") + line() + (terminal ? "" : "\n"));
            err.flush();
        }
    }

    int documents() {
        return documents;
    }

    int failed() {
        return failed;
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    void finish() {
        if (enabled) {
            err.print((terminal ? "\r" : "") + line() + "\n");
            err.flush();
        }
    }

    private String line() {
        double s = seconds();
        return String.format("tacitus: %d documents (%d errors) in %.1f s, %.2f docs/s", documents, failed, s,
                s > 0 ? documents / s : 0.0);
    }
}
