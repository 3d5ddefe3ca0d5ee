package org.tacitus.ingest;

import java.util.Objects;

/**
 * Raw bytes of one input file (or stdin), before any reader has looked at them.
 *
 * @param id          the document id readers start from (the file stem, or {@code stdin})
 * @param source      the path as the user gave it, or {@code -}
 * @param name        the file name, used to choose a reader by extension
 * @param bytes       the content
 * @param charsetHint a charset named by the transport (an HTTP header in a WARC), or null
 */
public record InputDocument(String id, String source, String name, byte[] bytes, String charsetHint) {
    public InputDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }
}
