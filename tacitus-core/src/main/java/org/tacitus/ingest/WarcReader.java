package org.tacitus.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.tacitus.model.ProblemCode;

/**
 * Reads the HTML pages captured in a WARC file, plain or gzipped (jwarc tells them apart by their first bytes).
 *
 * <p>Every {@code response} record counts, from 1, towards the article ids {@code <input id>#<n>}; those holding
 * an HTTP 200 HTML page ({@code text/html} or {@code application/xhtml+xml}, with any {@code Content-Encoding}
 * jwarc decodes) are read by {@link HtmlReader} with the HTTP charset, the {@code WARC-Target-URI} as the
 * fallback URL and source, and the {@code WARC-Date} (UTC) as the fallback publication date. Other records are
 * skipped without a word.
 *
 * <p>A truncated or corrupt file yields the articles read so far and then one {@link ProblemCode#WARC_MALFORMED}
 * failure naming the byte offset of the broken record; a file with no records at all yields one such failure.
 * A record that is complete but unreadable (bad HTTP header, undecodable payload) fails alone and reading goes
 * on. The stream is lazy: records are parsed as it is consumed.
 *
 * <p>Stateless; thread-safe (each stream has its own cursor).
 */
public final class WarcReader implements ArticleReader {

    private final HtmlReader html;

    public WarcReader() {
        this(new HtmlReader());
    }

    public WarcReader(HtmlReader html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    @Override
    public Stream<ReadResult> read(InputDocument input, LocalDate defaultPublished) {
        Objects.requireNonNull(input, "input");
        WarcCaptures captures = new WarcCaptures(input, defaultPublished, html);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(captures, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
