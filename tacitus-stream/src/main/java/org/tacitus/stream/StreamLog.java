package org.tacitus.stream;

import java.io.PrintStream;

/**
 * Progress on stderr (never stdout): a summary line every few seconds, and with {@code verbose} one line per
 * message and per commit — {@code tacitus: articles/0@12 geneva-talks: stored, 4 events} and
 * {@code tacitus: committed 8 messages through articles/0@15}. Used by one thread, the stream's.
 */
final class StreamLog {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final boolean quiet;
    private final boolean verbose;
    private final long started = System.nanoTime();
    private long lastReport = started;

    StreamLog(PrintStream err, boolean quiet, boolean verbose) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose && !quiet;
    }

    void message(String position, String id, String what) {
        if (verbose) {
            err.println("tacitus: " + position + " " + id + ": " + what);
        }
    }

    void committed(int messages, String lastPosition) {
        if (verbose) {
            err.println("tacitus: committed " + messages + " messages through " + lastPosition);
        }
    }

    void warn(String line) {
        err.println("tacitus: " + line);
    }

    /** A summary line when the last one is a few seconds old. */
    void progress(Counts c) {
        long now = System.nanoTime();
        if (!quiet && now - lastReport > EVERY_NANOS) {
            lastReport = now;
            err.println(line(c));
        }
    }

    void finish(Counts c) {
        if (!quiet) {
            err.println(line(c));
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private String line(Counts c) {
        double s = seconds();
        return String.format("tacitus: %d messages (%d stored, %d already stored, %d dead-lettered), %d events "
                + "produced in %.1f s, %.2f messages/s", c.messages, c.stored, c.alreadyStored, c.deadLettered,
                c.eventsProduced, s, s > 0 ? c.messages / s : 0.0);
    }

    /** The running counts of a stream (committed batches only). */
    static final class Counts {
        long messages;
        long stored;
        long alreadyStored;
        long deadLettered;
        long eventsStored;
        long eventsProduced;
        long batches;

        void add(Counts o) {
            messages += o.messages;
            stored += o.stored;
            alreadyStored += o.alreadyStored;
            deadLettered += o.deadLettered;
            eventsStored += o.eventsStored;
            eventsProduced += o.eventsProduced;
            batches += o.batches;
        }

        StreamReport report() {
            return new StreamReport(messages, stored, alreadyStored, deadLettered, eventsStored, eventsProduced,
                    batches);
        }
    }
}
