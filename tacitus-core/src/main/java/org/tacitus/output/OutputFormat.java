package org.tacitus.output;

import java.util.Locale;

/** How documents are written: one JSON object per line, one JSON array, or an indented JSON array. */
public enum OutputFormat {
    JSONL, JSON, PRETTY;

    public static OutputFormat parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
