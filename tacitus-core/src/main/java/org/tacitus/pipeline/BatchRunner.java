package org.tacitus.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;

/**
 * Runs the pipeline over a stream of read results on a pool of worker threads and hands the results to a sink in
 * input order. At most {@code 4 × threads} documents are in flight, so memory stays flat on long batches.
 */
public final class BatchRunner {

    private final int threads;

    public BatchRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    /** Processes every input; {@code sink} sees the results in input order, on the calling thread. */
    public void run(Stream<ReadResult> inputs, Function<ReadResult, DocumentResult> work,
                    Consumer<DocumentResult> sink) {
        if (threads == 1) {
            inputs.forEachOrdered(r -> sink.accept(safely(work, r)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tacitus-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<DocumentResult>> inFlight = new ArrayDeque<>();
            Iterator<ReadResult> it = inputs.iterator();
            while (it.hasNext()) {
                ReadResult next = it.next();
                inFlight.addLast(pool.submit(() -> safely(work, next)));
                if (inFlight.size() >= threads * 4) {
                    sink.accept(await(inFlight.removeFirst()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static DocumentResult safely(Function<ReadResult, DocumentResult> work, ReadResult input) {
        try {
            return work.apply(input);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError) && !(e instanceof StackOverflowError)) {
                throw e;
            }
            return new DocumentResult.Failed(input.id(), Problem.of(ProblemCode.PROCESSING_FAILED, "pipeline",
                    ExtractionPipeline.failure(e)));
        }
    }

    private static DocumentResult await(Future<DocumentResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed outside the pipeline's guard", e.getCause());
        }
    }
}
