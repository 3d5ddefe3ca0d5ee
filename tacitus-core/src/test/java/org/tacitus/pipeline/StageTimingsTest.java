package org.tacitus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tacitus.pipeline.StageTimings.Stage;

class StageTimingsTest {

    @Test
    void noneRecordsNothingAndReadsNoClock() {
        assertEquals(0L, StageTimings.NONE.mark());
        assertEquals(0L, StageTimings.NONE.lap(Stage.NLP, 0L));
        StageTimings.NONE.add(Stage.READING, 1_000);
        assertEquals(0L, StageTimings.NONE.nanos(Stage.READING));
    }

    @Test
    void lapsAddUpAcrossThreads() {
        StageTimings timings = new StageTimings();
        IntStream.range(0, 1000).parallel().forEach(i -> timings.add(Stage.QUOTES, 3));
        assertEquals(3000L, timings.nanos(Stage.QUOTES));
        long t = timings.mark();
        long next = timings.lap(Stage.TIME, t);
        assertTrue(next >= t && timings.nanos(Stage.TIME) == next - t);
        assertEquals(Stage.values().length, timings.snapshot().size());
        timings.reset();
        assertEquals(0L, timings.nanos(Stage.QUOTES));
    }
}
