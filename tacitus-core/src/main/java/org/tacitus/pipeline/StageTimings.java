package org.tacitus.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall-clock nanoseconds spent in each pipeline stage, summed over all documents and all workers. Thread-safe:
 * workers add to it concurrently. {@link #NONE} records nothing and never reads the clock, so a pipeline that is
 * not being measured pays nothing for it.
 *
 * <p>Use: {@code long t = timings.mark(); ...stage...; t = timings.lap(Stage.NLP, t);}
 */
public final class StageTimings {

    /** The stages as the benchmark reports them, in pipeline order. */
    public enum Stage {
        READING("reading"),
        NLP("nlp"),
        TIME("time"),
        ENTITIES_ACTORS("entities+actors"),
        PLACES("places"),
        QUOTES("quotes"),
        EVENTS("events");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Records nothing; the default of {@link ExtractionPipeline#process}. */
    public static final StageTimings NONE = new StageTimings(false);

    private final boolean enabled;
    private final EnumMap<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimings() {
        this(true);
    }

    private StageTimings(boolean enabled) {
        this.enabled = enabled;
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    /** The current time, or 0 when this accumulator records nothing. */
    public long mark() {
        return enabled ? System.nanoTime() : 0L;
    }

    /** Adds the time since {@code since} to {@code stage} and returns the new mark. */
    public long lap(Stage stage, long since) {
        if (!enabled) {
            return 0L;
        }
        long now = System.nanoTime();
        nanos.get(stage).add(now - since);
        return now;
    }

    /** Adds an already measured duration to {@code stage} (reading happens outside the pipeline). */
    public void add(Stage stage, long durationNanos) {
        if (enabled) {
            nanos.get(stage).add(durationNanos);
        }
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    /** Every stage's total so far, in pipeline order. */
    public Map<Stage, Long> snapshot() {
        EnumMap<Stage, Long> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            out.put(s, nanos(s));
        }
        return out;
    }

    public void reset() {
        nanos.values().forEach(LongAdder::reset);
    }
}
