package org.tacitus.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tacitus.ingest.ReadResult;
import org.tacitus.pipeline.BatchRunner;
import org.tacitus.pipeline.DocumentResult;

/**
 * The benchmark's warm-up: the first {@code minimum} documents, then further rounds over the corpus (from its start
 * again when it runs out) until the JIT compiler has settled — its compile time was under {@link #SETTLED_SHARE}
 * of the wall time in two rounds of ten seconds in a row — or {@code capSeconds} have passed. A long-running extraction
 * (a day's news) pays for compilation once; without settling, the compiler threads of CoreNLP's and our hot code
 * would still be busy in the timed run, free on an idle core with one worker and competing with the workers when
 * every core has one, so the thread-scaling figure would measure compilation, not extraction.
 */
final class JitWarmup {

    /** Compile time as a share of a round's wall time below which the JIT counts as settled. */
    static final double SETTLED_SHARE = 0.02;
    /** Wall time of one round, and how many quiet rounds in a row count as settled. */
    private static final double ROUND_SECONDS = 10;
    private static final int QUIET_ROUNDS = 2;

    /**
     * @param documents   documents processed untimed
     * @param seconds     wall time of the warm-up
     * @param lastShare   compile time over wall time in the last round (NaN when no round after the minimum ran)
     * @param settled     whether the last rounds were under {@link #SETTLED_SHARE}
     */
    record Result(int documents, double seconds, double lastShare, boolean settled) {

        String describe(int minimum) {
            String rounds = documents <= minimum ? "" : String.format(Locale.ROOT, " + %d more until the JIT %s",
                    documents - minimum, settled ? "settled" : "hit the time cap");
            String share = Double.isNaN(lastShare) ? "" : String.format(Locale.ROOT,
                    " (compilation %.1f%% of the last round)", 100 * lastShare);
            return String.format(Locale.ROOT, "%d documents%s%s, untimed, %.1f s", Math.min(documents, minimum),
                    rounds, share, seconds);
        }
    }

    private JitWarmup() {
    }

    /** Compilation time so far, in milliseconds, summed over compiler threads (0 where the JVM does not tell). */
    static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    static Result run(List<ReadResult> corpus, int minimum, boolean settle, int threads, double capSeconds,
                      Function<ReadResult, DocumentResult> process) {
        long t0 = System.nanoTime();
        int done = 0;
        if (corpus.isEmpty()) {
            return new Result(0, 0, Double.NaN, false);
        }
        List<ReadResult> first = corpus.subList(0, Math.min(minimum, corpus.size()));
        new BatchRunner(threads).run(first.stream(), process, r -> { });
        done += first.size();
        double share = Double.NaN;
        int quiet = 0;
        int next = done % corpus.size();
        while (settle && quiet < QUIET_ROUNDS && (System.nanoTime() - t0) / 1e9 < capSeconds) {
            long c0 = compileMillis();
            long w0 = System.nanoTime();
            // compilations finish seconds apart: long rounds, cut short only by the cap
            while ((System.nanoTime() - w0) / 1e9 < ROUND_SECONDS && (System.nanoTime() - t0) / 1e9 < capSeconds) {
                List<ReadResult> batch = new ArrayList<>();
                for (int i = 0; i < 10 * threads; i++) {
                    batch.add(corpus.get(next));
                    next = (next + 1) % corpus.size();
                }
                new BatchRunner(threads).run(batch.stream(), process, r -> { });
                done += batch.size();
            }
            share = (compileMillis() - c0) / Math.max(1.0, (System.nanoTime() - w0) / 1e6);
            quiet = share < SETTLED_SHARE ? quiet + 1 : 0;
        }
        boolean settled = quiet >= QUIET_ROUNDS;
        return new Result(done, (System.nanoTime() - t0) / 1e9, share, settled);
    }
}
