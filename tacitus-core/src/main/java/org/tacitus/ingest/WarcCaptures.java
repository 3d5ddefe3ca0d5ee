package org.tacitus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.SourceFormat;

/**
 * A cursor over the records of one WARC input that yields a result per captured HTML page; see
 * {@link WarcReader} for the rules. Not thread-safe: one per stream.
 */
final class WarcCaptures implements Iterator<ReadResult> {

    private static final String STAGE = "ingest";

    private final InputDocument input;
    private final LocalDate defaultPublished;
    private final HtmlReader html;
    private org.netpreserve.jwarc.WarcReader warc;
    private int records;
    private int responses;
    private boolean finished;
    private ReadResult pending;

    WarcCaptures(InputDocument input, LocalDate defaultPublished, HtmlReader html) {
        this.input = input;
        this.defaultPublished = defaultPublished;
        this.html = html;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = pending;
        pending = null;
        return result;
    }

    /** The next result, or null at the end of the input. */
    private ReadResult advance() {
        try {
            if (warc == null) {
                warc = new org.netpreserve.jwarc.WarcReader(new ByteArrayInputStream(input.bytes()));
            }
            while (true) {
                Optional<WarcRecord> record = warc.next();
                if (record.isEmpty()) {
                    finished = true;
                    return records == 0 ? malformed(1, "the input holds no WARC records") : null;
                }
                records++;
                if (record.get() instanceof WarcResponse response) {
                    responses++;
                    ReadResult result = readResponse(response);
                    if (result != null) {
                        return result;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the record framing is broken: nothing after this point can be trusted
            finished = true;
            return malformed(responses + 1, "the WARC data is truncated or malformed at the record starting at "
                    + "byte offset " + offset() + ": " + message(e));
        }
    }

    /** The page in one response record, a failure for an unreadable record, or null for a record to skip. */
    private ReadResult readResponse(WarcResponse response) {
        int n = responses;
        byte[] block;
        try {
            // the whole block first: a read error here can only mean the file ends inside this record
            block = response.body().stream().readAllBytes();
        } catch (IOException | RuntimeException e) {
            finished = true;
            return malformed(n, "the WARC record starting at byte offset " + offset() + " is truncated: "
                    + message(e));
        }
        if (!carriesHttp(response)) {
            return null;
        }
        String id = input.id() + "#" + n;
        String url = target(response);
        try {
            HttpResponse http = parseHttp(block, url);
            Optional<MediaType> type = contentType(http.headers());
            if (http.status() != 200 || type.isPresent() && !isHtml(type.get())) {
                return null;
            }
            byte[] payload = http.bodyDecoded().stream().readAllBytes();
            if (type.isEmpty() && !looksLikeHtml(payload)) {
                return null;
            }
            String charset = type.map(t -> parameter(t, "charset")).orElse(null);
            return html.readHtml(id, url != null ? url : input.source(), payload, charset, url,
                    captureDate(response), defaultPublished, SourceFormat.WARC);
        } catch (IOException | RuntimeException e) {
            // the record is complete but its HTTP message or payload encoding is broken: only this page is lost
            return ReadResult.failed(id, Problem.of(ProblemCode.WARC_MALFORMED, STAGE, "the WARC record starting at"
                    + " byte offset " + offset() + (url == null ? "" : " (" + url + ")")
                    + " holds an unreadable HTTP response: " + message(e)));
        }
    }

    /**
     * The HTTP response in a record block read into memory. Wrapping the bytes in a record again lets jwarc bound
     * the HTTP body by the block's length, as it does when parsing in place.
     */
    private static HttpResponse parseHttp(byte[] block, String url) throws IOException {
        return new WarcResponse.Builder(url == null ? "" : url)
                .body(MediaType.HTTP_RESPONSE, block)
                .build()
                .http();
    }

    private static boolean carriesHttp(WarcRecord record) {
        Optional<String> type = record.headers().first("Content-Type");
        if (type.isEmpty()) {
            return true; // some crawlers leave it out; the HTTP parser will tell
        }
        MediaType media = MediaType.parseLeniently(type.get());
        return media.type().equalsIgnoreCase("application") && media.subtype().equalsIgnoreCase("http");
    }

    private static Optional<MediaType> contentType(MessageHeaders headers) {
        return headers.first("Content-Type")
                .filter(value -> !value.isBlank())
                .map(MediaType::parseLeniently);
    }

    private static boolean isHtml(MediaType type) {
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String parameter(MediaType type, String name) {
        for (Map.Entry<String, String> p : type.parameters().entrySet()) {
            if (p.getKey().equalsIgnoreCase(name)) {
                return p.getValue();
            }
        }
        return null;
    }

    /** For a page served without a Content-Type: does it start like HTML? */
    private static boolean looksLikeHtml(byte[] payload) {
        String head = new String(payload, 0, Math.min(payload.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }

    private static String target(WarcResponse response) {
        try {
            String target = response.target();
            return target == null || target.isBlank() ? null : target.strip();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate captureDate(WarcRecord record) {
        try {
            return LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null; // no or unreadable WARC-Date: the page's own metadata and the user's default remain
        }
    }

    private long offset() {
        return warc == null ? 0 : warc.position();
    }

    private ReadResult malformed(int n, String message) {
        return ReadResult.failed(input.id() + "#" + n, Problem.of(ProblemCode.WARC_MALFORMED, STAGE, message));
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
