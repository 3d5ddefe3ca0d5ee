package org.tacitus.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One file of the job's input, as the driver listed it.
 *
 * @param path a fully qualified Hadoop path ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param id   the document id {@code tacitus extract} gives the file (path relative to the argument, no extension)
 * @param name the file name, which chooses the reader
 */
record InputFile(String path, String id, String name) implements Serializable {

    InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** JSON Lines files are split into lines, so that one large file still spreads over every executor. */
    boolean jsonl() {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }
}
