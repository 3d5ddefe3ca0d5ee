package org.tacitus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The per-document loop of an evaluation: a function over documents on N daemon threads, results in document
 * order, the wall-clock time of the whole run, and the guard that turns a system's exception on one document into
 * a {@link DocumentFailure}. Stateless; thread-safe when the per-document function is.
 */
public final class ParallelEvaluation {

    private ParallelEvaluation() {
    }

    /** The work on one document; may throw the checked exception {@code X} (reading a gold file, say). */
    @FunctionalInterface
    public interface PerDocument<D, R, X extends Exception> {
        R apply(D document) throws X;
    }

    /**
     * What a run gave.
     *
     * @param results   one per document, in document order
     * @param wallNanos wall-clock time of the whole run (with threads, less than the summed per-document time)
     */
    public record Run<R>(List<R> results, long wallNanos) {

        public Run {
            results = List.copyOf(results);
        }
    }

    /**
     * A system's output on one document, or no output and the failure when it threw.
     *
     * @param failures empty, or the one failure
     */
    public record Guarded<T>(List<T> output, List<DocumentFailure> failures) {

        public Guarded {
            output = List.copyOf(output);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Applies {@code perDocument} to every document, {@code threads} at a time (on the calling thread when 1), and
     * returns the results in document order. The first exception, in document order, is rethrown as it was thrown.
     */
    public static <D, R, X extends Exception> Run<R> run(List<D> documents, int threads,
                                                         PerDocument<D, R, X> perDocument) throws X {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Objects.requireNonNull(perDocument, "perDocument");
        long t0 = System.nanoTime();
        List<R> results = new ArrayList<>();
        if (threads == 1) {
            for (D doc : documents) {
                results.add(perDocument.apply(doc));
            }
            return new Run<>(results, System.nanoTime() - t0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tacitus-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (D doc : documents) {
                futures.add(pool.submit(() -> perDocument.apply(doc)));
            }
            for (Future<R> f : futures) {
                results.add(ParallelEvaluation.<R, X>await(f));
            }
            return new Run<>(results, System.nanoTime() - t0);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs a system on one document: its output (copied), or, when it throws a {@link RuntimeException}, no output
     * and a {@link DocumentFailure} with the exception's message.
     */
    public static <T> Guarded<T> guard(String doc, Supplier<? extends List<T>> system) {
        try {
            return new Guarded<>(List.copyOf(system.get()), List.of());
        } catch (RuntimeException e) {
            return new Guarded<>(List.of(), List.of(new DocumentFailure(doc, String.valueOf(e.getMessage()))));
        }
    }

    /**
     * The closing lines of a report: the failed documents ({@code " (scored with no system <what>)"} when there
     * are any) and the wall-clock throughput.
     */
    public static String footer(List<DocumentFailure> failures, String what, int documents, long wallNanos) {
        return "  failed documents: " + failures.size()
                + (failures.isEmpty() ? "" : " (scored with no system " + what + ")") + "\n"
                + String.format(Locale.ROOT, "  wall clock: %.3f documents/s (%d documents in %.3f s)\n",
                        documentsPerSecond(documents, wallNanos), documents, wallNanos / 1e9);
    }

    /** Documents per second of the given time; 0 without time. */
    public static double documentsPerSecond(long documents, long nanos) {
        return nanos == 0 ? 0 : documents / (nanos / 1e9);
    }

    @SuppressWarnings("unchecked")
    private static <R, X extends Exception> R await(Future<R> future) throws X {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            // a worker can only throw what perDocument declares
            throw (X) cause;
        }
    }
}
