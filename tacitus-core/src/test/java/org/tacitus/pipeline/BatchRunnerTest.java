package org.tacitus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.Article;
import org.tacitus.model.Extraction;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.SourceFormat;

class BatchRunnerTest {

    private static ReadResult article(int i) {
        String text = "doc " + i;
        return ReadResult.read(new Article("d" + i, text, text, null, null, LocalDate.of(2020, 1, 1), List.of(),
                "mem", SourceFormat.TEXT, List.of()));
    }

    @Test
    void resultsComeBackInInputOrderWhateverTheWorkersTake() {
        Random random = new Random(42);
        List<String> seen = new ArrayList<>();
        new BatchRunner(3).run(IntStream.range(0, 50).mapToObj(BatchRunnerTest::article), r -> {
            try {
                Thread.sleep(random.nextInt(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Article a = ((ReadResult.Read) r).article();
            return new DocumentResult.Extracted(new Extraction(a, List.of(), List.of(), List.of(), List.of(), List.of()));
        }, d -> seen.add(d.id()));
        assertEquals(IntStream.range(0, 50).mapToObj(i -> "d" + i).toList(), seen);
    }

    @Test
    void aCrashingDocumentBecomesAFailureAndTheBatchGoesOn() {
        List<DocumentResult> out = new ArrayList<>();
        new BatchRunner(2).run(IntStream.range(0, 5).mapToObj(BatchRunnerTest::article), r -> {
            if (r.id().equals("d2")) {
                throw new IllegalStateException("boom");
            }
            Article a = ((ReadResult.Read) r).article();
            return new DocumentResult.Extracted(new Extraction(a, List.of(), List.of(), List.of(), List.of(), List.of()));
        }, out::add);
        assertEquals(5, out.size());
        DocumentResult.Failed failed = assertInstanceOf(DocumentResult.Failed.class, out.get(2));
        assertEquals(ProblemCode.PROCESSING_FAILED, failed.problem().code());
        assertTrue(failed.problem().message().startsWith("unexpected failure: java.lang.IllegalStateException: boom at "
                + "org.tacitus.pipeline.BatchRunnerTest."), "says where it was thrown: " + failed.problem().message());
        assertInstanceOf(DocumentResult.Extracted.class, out.get(3));
    }
}
