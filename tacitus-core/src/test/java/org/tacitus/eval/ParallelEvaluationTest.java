package org.tacitus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelEvaluationTest {

    @Test
    void resultsComeInDocumentOrderWhateverTheThreads() {
        List<Integer> docs = IntStream.range(0, 50).boxed().toList();
        for (int threads : new int[] {1, 4}) {
            ParallelEvaluation.Run<Integer> run = ParallelEvaluation.run(docs, threads, d -> d * 2);
            assertEquals(docs.stream().map(d -> d * 2).toList(), run.results());
            assertTrue(run.wallNanos() >= 0);
        }
    }

    @Test
    void aCheckedExceptionIsRethrownAsItWas() {
        for (int threads : new int[] {1, 3}) {
            IOException e = assertThrows(IOException.class, () -> ParallelEvaluation.run(List.of(1, 2, 3), threads,
                    d -> {
                        if (d == 2) {
                            throw new IOException("doc " + d);
                        }
                        return d;
                    }));
            assertEquals("doc 2", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ParallelEvaluation.run(List.of(1), 0, d -> d));
    }

    @Test
    void aThrowingSystemBecomesAFailureWithNoOutput() {
        ParallelEvaluation.Guarded<String> ok = ParallelEvaluation.guard("a", () -> List.of("x"));
        assertEquals(List.of("x"), ok.output());
        assertEquals(List.of(), ok.failures());
        ParallelEvaluation.Guarded<String> bad = ParallelEvaluation.guard("b", () -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(List.of(), bad.output());
        assertEquals(List.of(new DocumentFailure("b", "boom")), bad.failures());
    }

    @Test
    void theFooterCountsFailuresAndTheWallClock() {
        assertEquals("  failed documents: 0\n  wall clock: 2.000 documents/s (4 documents in 2.000 s)\n",
                ParallelEvaluation.footer(List.of(), "quotes", 4, 2_000_000_000L));
        assertEquals("  failed documents: 1 (scored with no system quotes)\n"
                        + "  wall clock: 0.000 documents/s (0 documents in 0.000 s)\n",
                ParallelEvaluation.footer(List.of(new DocumentFailure("d", "m")), "quotes", 0, 0));
    }
}
