package org.tacitus.time;

/** A span of text a recogniser claims as a temporal expression, with what it means. */
record TimexCandidate(int start, int end, Meaning meaning, int priority) {

    TimexCandidate {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ":" + end);
        }
    }

    int length() {
        return end - start;
    }

    boolean overlaps(TimexCandidate other) {
        return start < other.end && other.start < end;
    }
}
