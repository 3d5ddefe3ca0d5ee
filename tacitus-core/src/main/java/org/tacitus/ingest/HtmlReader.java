package org.tacitus.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tacitus.model.Article;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.SourceFormat;

/**
 * Reads one HTML page as one article: the main text without the page chrome (see {@link HtmlMainText}) and the
 * metadata the page declares (see {@link HtmlMetadata}).
 *
 * <p>Charset: a byte-order mark wins, then the transport's charset ({@link InputDocument#charsetHint()}, an HTTP
 * header), then a {@code <meta charset>} or {@code <meta http-equiv=Content-Type>} in the first 4 KB, then UTF-8.
 * Bytes invalid in that charset are decoded as windows-1252 with a {@link ProblemCode#CHARSET_FALLBACK} problem.
 *
 * <p>Fatal problems: {@link ProblemCode#BINARY_INPUT}, {@link ProblemCode#EMPTY_INPUT},
 * {@link ProblemCode#HTML_NO_TEXT}, {@link ProblemCode#PROCESSING_FAILED}. Recorded problems:
 * {@link ProblemCode#CHARSET_FALLBACK}, {@link ProblemCode#DATE_UNPARSEABLE}, {@link ProblemCode#DATE_UNKNOWN}.
 *
 * <p>Stateless; thread-safe.
 */
public final class HtmlReader implements ArticleReader {

    private static final String STAGE = "ingest";
    private static final int SNIFF_BYTES = 4096;
    /** Both {@code <meta charset=x>} and {@code <meta http-equiv=Content-Type content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Labels browsers decode as windows-1252 (WHATWG Encoding), so that C1 bytes become curly quotes. */
    private static final Set<String> LATIN1_LABELS = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
            "l1", "us-ascii", "ascii", "cp819", "ibm819");

    @Override
    public Stream<ReadResult> read(InputDocument input, LocalDate defaultPublished) {
        Objects.requireNonNull(input, "input");
        return Stream.of(readHtml(input.id(), input.source(), input.bytes(), input.charsetHint(), null, null,
                defaultPublished, SourceFormat.HTML));
    }

    /**
     * Reads one HTML page. The WARC reader calls this for each captured page.
     *
     * @param charsetHint      the transport's charset (an HTTP header), or null
     * @param fallbackUrl      the URL to use when the page declares none (a WARC target URI), or null; also the
     *                         base for relative URLs in the page
     * @param fallbackDate     the date to use when the page declares none (a WARC capture date), or null; it is
     *                         preferred over {@code defaultPublished}
     * @param defaultPublished the user's {@code --published}, or null
     * @param format           the format to record on the article
     */
    public ReadResult readHtml(String id, String source, byte[] bytes, String charsetHint, String fallbackUrl,
            LocalDate fallbackDate, LocalDate defaultPublished, SourceFormat format) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        try {
            return parse(id, source, bytes, charsetHint, fallbackUrl, fallbackDate, defaultPublished, format);
        } catch (RuntimeException e) {
            return ReadResult.failed(id, Problem.of(ProblemCode.PROCESSING_FAILED, STAGE,
                    "reading the HTML failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private ReadResult parse(String id, String source, byte[] bytes, String charsetHint, String fallbackUrl,
            LocalDate fallbackDate, LocalDate defaultPublished, SourceFormat format) {
        if (TextDecoding.looksBinary(bytes)) {
            return ReadResult.failed(id, Problem.of(ProblemCode.BINARY_INPUT, STAGE,
                    "the input looks like binary data, not HTML"));
        }
        DecodedText decoded = TextDecoding.decode(bytes, charset(bytes, charsetHint));
        if (decoded.text().isBlank()) {
            return ReadResult.failed(id, Problem.of(ProblemCode.EMPTY_INPUT, STAGE, "the HTML input is empty"));
        }
        List<Problem> problems = PublicationDates.problems();
        decoded.problem().ifPresent(problems::add);

        Document doc = Jsoup.parse(decoded.text(), fallbackUrl == null ? "" : fallbackUrl);
        HtmlMetadata metadata = HtmlMetadata.of(doc, problems); // before the main text strips the page
        Optional<String> text = HtmlMainText.extract(doc);
        if (text.isEmpty()) {
            return ReadResult.failed(id, Problem.of(ProblemCode.HTML_NO_TEXT, STAGE,
                    "no paragraph text found outside navigation, ads and other page chrome"));
        }
        Optional<LocalDate> found = metadata.published().or(() -> Optional.ofNullable(fallbackDate));
        LocalDate published = PublicationDates.resolve(found, defaultPublished, problems);
        String url = metadata.url() != null ? metadata.url() : fallbackUrl;
        return ReadResult.read(new Article(id, text.get(), text.get(), metadata.title(), url, published,
                metadata.authors(), source, format, problems));
    }

    /**
     * The charset name to decode with (a byte-order mark still wins inside {@link TextDecoding#decode}), or null
     * for UTF-8.
     */
    static String charset(byte[] bytes, String transportHint) {
        if (TextDecoding.charsetFor(transportHint).isPresent()) {
            return browserLabel(transportHint, false);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            if (TextDecoding.charsetFor(m.group(1)).isPresent()) {
                return browserLabel(m.group(1), true);
            }
        }
        return null;
    }

    private static String browserLabel(String label, boolean declaredInPage) {
        String name = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (LATIN1_LABELS.contains(name)) {
            return "windows-1252";
        }
        if (declaredInPage && name.startsWith("utf-16")) {
            return "UTF-8"; // a page that could read its own <meta> as ASCII is not UTF-16 (HTML spec)
        }
        return name;
    }
}
