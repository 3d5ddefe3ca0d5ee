package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.Article;
import org.tacitus.model.SourceFormat;

/** The warm-up's bookkeeping with a stand-in for the pipeline (no models: what the JIT does is not asserted). */
class JitWarmupTest {

    private static final List<ReadResult> CORPUS = IntStream.range(0, 3)
            .mapToObj(i -> ReadResult.read(new Article("d" + i, "Text " + i, "Text " + i, null, null,
                    LocalDate.of(2022, 1, 1), List.of(), "test", SourceFormat.TEXT, List.of())))
            .toList();

    @Test
    void withoutSettlingOnlyTheMinimumRuns() {
        AtomicInteger calls = new AtomicInteger();
        JitWarmup.Result r = JitWarmup.run(CORPUS, 2, false, 1, 60, d -> {
            calls.incrementAndGet();
            return null;
        });
        assertEquals(2, calls.get());
        assertEquals(2, r.documents());
        assertFalse(r.settled());
        assertTrue(r.describe(2).startsWith("2 documents, untimed"), r.describe(2));
    }

    @Test
    void settlingGoesRoundTheCorpusAgainUntilTheCap() {
        AtomicInteger calls = new AtomicInteger();
        JitWarmup.Result r = JitWarmup.run(CORPUS, 1, true, 2, 0.3, d -> {
            calls.incrementAndGet();
            return null;
        });
        assertEquals(calls.get(), r.documents());
        assertTrue(r.documents() > CORPUS.size(), "the corpus is read again when it runs out: " + r);
        assertTrue(r.seconds() >= 0.3 && r.seconds() < 5, "the cap cuts the round short: " + r);
        assertTrue(r.describe(1).contains("more until the JIT"), r.describe(1));
    }
}
