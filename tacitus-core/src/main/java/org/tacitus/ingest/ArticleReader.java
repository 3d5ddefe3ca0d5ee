package org.tacitus.ingest;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Turns the bytes of one input into articles. One file may hold several (JSONL, WARC), so the result is a lazy
 * stream in document order. Readers never throw on bad input: they yield {@link ReadResult.Failed} values with a
 * stable problem code and go on with the rest of the file where that makes sense. Implementations are stateless
 * and thread-safe.
 */
public interface ArticleReader {

    /**
     * @param input            the raw input
     * @param defaultPublished the reference date to use when the input names none (from {@code --published}), or null
     */
    Stream<ReadResult> read(InputDocument input, LocalDate defaultPublished);
}
