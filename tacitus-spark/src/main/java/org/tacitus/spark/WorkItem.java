package org.tacitus.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * A unit of extraction work that travels between stages: a line of a JSON Lines file (with its number, from 1),
 * or a whole other file (WARC, HTML, text), which the executor reads itself: its bytes never cross a shuffle.
 */
record WorkItem(InputFile file, int lineNumber, String line) implements Serializable {

    WorkItem {
        Objects.requireNonNull(file, "file");
    }

    static WorkItem wholeFile(InputFile file) {
        return new WorkItem(file, 0, null);
    }

    static WorkItem jsonLine(InputFile file, int number, String line) {
        return new WorkItem(file, number, Objects.requireNonNull(line, "line"));
    }

    boolean isLine() {
        return line != null;
    }
}
