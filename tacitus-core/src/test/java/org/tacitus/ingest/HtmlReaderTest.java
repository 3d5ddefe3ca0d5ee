package org.tacitus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Article;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.SourceFormat;

class HtmlReaderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final HtmlReader reader = new HtmlReader();

    @Test
    void openGraphPage() {
        Article article = readOk("og-article.html", null);

        assertEquals("og-article", article.id());
        assertEquals("Harbour bridge reopens after two-year repair", article.title());
        assertEquals("https://ledger.example/news/harbour-bridge-reopens", article.url());
        assertEquals(LocalDate.of(2023, 9, 21), article.published());
        assertEquals(List.of("Maria Lindqvist"), article.authors());
        assertEquals("fixtures/og-article.html", article.source());
        assertEquals(SourceFormat.HTML, article.format());
        assertEquals(List.of(), article.problems());
        assertEquals(String.join("\n\n",
                "Traffic returns to the crossing",
                "The harbour bridge in Port Elsin reopened to traffic on Thursday after a repair that took two years"
                        + " and cost the city 48 million euros.",
                "Mayor Anton Berg said the work had finished \u201con time and on budget\u201d, and thanked residents"
                        + " for their patience during the closure.",
                "It is a good day for the whole coast.",
                "Cyclists get a separate lane.",
                "Tolls stay suspended until January."), article.text());
        assertTrue(article.text() == article.analysisText(), "analysisText is the same string");
        for (String chrome : List.of("Home", "Advertisement", "Share on", "Photo caption", "newsletter", "Ferry",
                "Great news", "rights reserved", "script text", "Coastal Ledger")) {
            assertFalse(article.text().contains(chrome), chrome);
        }
    }

    @Test
    void jsonLdGraphAfterMalformedBlock() {
        Article article = readOk("jsonld-graph.html", LocalDate.of(2000, 1, 1));

        assertEquals("Wheat prices fall as harvest beats forecasts", article.title());
        assertEquals("https://plains.example/markets/wheat-prices-fall", article.url());
        assertEquals(LocalDate.of(2022, 7, 14), article.published());
        assertEquals(List.of("Dana Okafor", "Lee Park"), article.authors());
        assertEquals(List.of(), article.problems());
        assertEquals(String.join("\n\n",
                "Wheat futures dropped four percent on Wednesday as farmers across the plains reported yields well"
                        + " above the spring forecasts.",
                "Analysts at the grain exchange said the larger harvest would ease pressure on bakeries and feed"
                        + " producers over the coming months.",
                "Prices had climbed for most of the spring after a dry March raised fears of a poor crop."),
                article.text());
        assertFalse(article.text().contains("Sponsored"));
        assertFalse(article.text().contains("teaser"));
        assertFalse(article.text().contains("Most read"));
    }

    @Test
    void timeElementInArticleCanonicalLinkAndRelAuthor() {
        Article article = readOk("time-only.html", null);

        assertEquals("Council votes to extend library hours", article.title());
        assertEquals("https://valley.example/local/library-hours", article.url());
        assertEquals(LocalDate.of(2021, 12, 28), article.published());
        assertEquals(List.of("Jane Doe"), article.authors());
        assertEquals(List.of(), article.problems());
        assertEquals("The town council voted seven to two on Monday to keep the central library open until nine in"
                + " the evening on weekdays.\n\nThe longer hours start in February and will be reviewed after six"
                + " months.", article.text());
    }

    @Test
    void noDateAnywhereIsReported() {
        Article article = readOk("no-date.html", null);

        assertEquals("River cleanup draws volunteers", article.title());
        assertNull(article.url());
        assertNull(article.published());
        assertEquals(List.of(), article.authors());
        assertEquals(List.of(ProblemCode.DATE_UNKNOWN), codes(article.problems()));
        assertEquals("More than two hundred volunteers joined the river cleanup on Saturday, collecting rubbish"
                + " along four kilometres of the bank.\n\nOrganisers said it was the largest turnout since the event"
                + " began.", article.text());
    }

    @Test
    void noDateUsesTheUserDefault() {
        Article article = readOk("no-date.html", LocalDate.of(2024, 5, 1));

        assertEquals(LocalDate.of(2024, 5, 1), article.published());
        assertEquals(List.of(), article.problems());
    }

    @Test
    void fallbackUrlAndDateComeBeforeTheUserDefault() {
        ReadResult result = reader.readHtml("w#1", "https://river.example/cleanup", fixture("no-date.html"), null,
                "https://river.example/cleanup", LocalDate.of(2019, 4, 2), LocalDate.of(2024, 5, 1),
                SourceFormat.WARC);

        Article article = assertInstanceOf(ReadResult.Read.class, result).article();
        assertEquals("https://river.example/cleanup", article.url());
        assertEquals(LocalDate.of(2019, 4, 2), article.published());
        assertEquals(SourceFormat.WARC, article.format());
        assertEquals(List.of(), article.problems());
    }

    @Test
    void pageDateWinsOverFallbackDate() {
        ReadResult result = reader.readHtml("w#1", "src", fixture("time-only.html"), null,
                "https://elsewhere.example/", LocalDate.of(2019, 4, 2), null, SourceFormat.WARC);

        Article article = assertInstanceOf(ReadResult.Read.class, result).article();
        assertEquals(LocalDate.of(2021, 12, 28), article.published());
        assertEquals("https://valley.example/local/library-hours", article.url());
    }

    @Test
    void unparseableDateIsRecorded() {
        String html = "<html><head><meta property='article:published_time' content='sometime last week'>"
                + "</head><body><p>Text of the story.</p></body></html>";
        Article article = assertInstanceOf(ReadResult.Read.class, read(html.getBytes(StandardCharsets.UTF_8),
                null, null)).article();

        assertEquals(List.of(ProblemCode.DATE_UNPARSEABLE, ProblemCode.DATE_UNKNOWN), codes(article.problems()));
        assertEquals("Text of the story.", article.text());
    }

    @Test
    void windows1252PageWithMetaCharset() {
        byte[] bytes = cp1252Page("<meta charset=\"windows-1252\">");
        Article article = assertInstanceOf(ReadResult.Read.class, read(bytes, null, LocalDate.of(2024, 1, 1)))
                .article();

        assertEquals("Caf\u00e9 owners \u2013 a profile", article.title());
        assertEquals("\u201cWe serve cr\u00e8me br\u00fbl\u00e9e,\u201d said the na\u00efve owner \u2014 "
                + "for \u20ac4.", article.text());
        assertEquals(List.of(), article.problems());
    }

    @Test
    void windows1252PageWithHttpEquivContentType() {
        byte[] bytes = cp1252Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">");
        Article article = assertInstanceOf(ReadResult.Read.class, read(bytes, null, LocalDate.of(2024, 1, 1)))
                .article();

        assertTrue(article.text().startsWith("\u201cWe serve cr\u00e8me"));
        assertEquals(List.of(), article.problems());
    }

    @Test
    void latin1LabelIsReadAsWindows1252() {
        byte[] bytes = cp1252Page("<meta charset=\"ISO-8859-1\">");
        Article article = assertInstanceOf(ReadResult.Read.class, read(bytes, null, LocalDate.of(2024, 1, 1)))
                .article();

        assertTrue(article.text().startsWith("\u201cWe serve"), article.text());
    }

    @Test
    void transportCharsetWinsOverMetaAndFallsBackWhenWrong() {
        byte[] bytes = cp1252Page("<meta charset=\"windows-1252\">");
        Article article = assertInstanceOf(ReadResult.Read.class, read(bytes, "UTF-8", LocalDate.of(2024, 1, 1)))
                .article();

        // the header said UTF-8, the bytes are not: decoded as windows-1252 with a problem saying so
        assertEquals(List.of(ProblemCode.CHARSET_FALLBACK), codes(article.problems()));
        assertTrue(article.text().startsWith("\u201cWe serve cr\u00e8me"));
    }

    @Test
    void cp1252BytesWithoutAnyDeclarationFallBack() {
        byte[] bytes = cp1252Page("");
        Article article = assertInstanceOf(ReadResult.Read.class, read(bytes, null, LocalDate.of(2024, 1, 1)))
                .article();

        assertEquals(List.of(ProblemCode.CHARSET_FALLBACK), codes(article.problems()));
        assertTrue(article.text().contains("cr\u00e8me br\u00fbl\u00e9e"));
    }

    @Test
    void byteOrderMarkWinsOverMeta() {
        byte[] page = ("<html><head><meta charset=\"windows-1252\"></head><body><p>Z\u00fcrich \u2013 news</p>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[page.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(page, 0, bytes, 3, page.length);
        Article article = assertInstanceOf(ReadResult.Read.class, read(bytes, null, LocalDate.of(2024, 1, 1)))
                .article();

        assertEquals("Z\u00fcrich \u2013 news", article.text());
        assertEquals(List.of(), article.problems());
    }

    @Test
    void htmlSoupStillYieldsText() {
        Article article = readOk("soup.html", LocalDate.of(2024, 1, 1));

        assertTrue(article.title().startsWith("Soup"), article.title()); // jsoup reads up to <body> as the title
        // jsoup closes the first <p> at the <div>; the later paragraph's container holds the most text
        assertEquals("Second paragraph & an entity with odd spacing cell without table\n\nstray item",
                article.text());
    }

    @Test
    void navigationAndAdsOnlyIsNoText() {
        assertFailed(read(fixture("nav-only.html"), null, null), ProblemCode.HTML_NO_TEXT);
    }

    @Test
    void markupWithoutParagraphsIsNoText() {
        assertFailed(read("<html><head><title>t</title></head><body></body></html>"
                .getBytes(StandardCharsets.UTF_8), null, null), ProblemCode.HTML_NO_TEXT);
    }

    @Test
    void binaryInput() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertFailed(read(png, null, null), ProblemCode.BINARY_INPUT);
    }

    @Test
    void emptyAndWhitespaceInput() {
        assertFailed(read(new byte[0], null, null), ProblemCode.EMPTY_INPUT);
        assertFailed(read(" \n\t \r\n".getBytes(StandardCharsets.US_ASCII), null, null), ProblemCode.EMPTY_INPUT);
    }

    @Test
    void readYieldsExactlyOneResult() {
        InputDocument input = new InputDocument("page", "page.html", "page.html", fixture("og-article.html"), null);
        assertEquals(1, reader.read(input, null).count());
    }

    @Test
    void seededRandomSoupNeverThrows() {
        String[] pieces = {"<p>", "</p>", "<div class='ad'>", "</div>", "<article>", "<li>", "<table>", "<td>",
            "</table>", "<script>", "</script>", "<!--", "-->", "<a href='x'>", "</a>", "&amp;", "&#0;", "&#xD800;",
            "word ", "\u00a0", "\u200b", "\ud83d\ude00", "<time datetime='2021-02-30'>", "<h1>", "<meta charset=",
            "'utf-16'>", "<script type='application/ld+json'>{\"@graph\":[", "<nav>", "<header>", "\"", "<", ">"};
        Random random = new Random(20240501L);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder html = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            ReadResult result = read(html.toString().getBytes(StandardCharsets.UTF_8), null, null);
            if (result instanceof ReadResult.Read read) {
                assertFalse(read.article().text().isBlank(), html.toString());
            } else {
                ProblemCode code = ((ReadResult.Failed) result).problem().code();
                assertTrue(code == ProblemCode.HTML_NO_TEXT || code == ProblemCode.EMPTY_INPUT, code + ": " + html);
            }
        }
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflow() {
        String html = "<div>".repeat(20_000) + "<p>deep text</p>" + "</div>".repeat(20_000);
        ReadResult result = read(html.getBytes(StandardCharsets.UTF_8), null, LocalDate.of(2024, 1, 1));
        assertTrue(result instanceof ReadResult.Read || result instanceof ReadResult.Failed);
    }

    private ReadResult read(byte[] bytes, String charsetHint, LocalDate defaultPublished) {
        InputDocument input = new InputDocument("doc", "doc.html", "doc.html", bytes, charsetHint);
        List<ReadResult> results = reader.read(input, defaultPublished).toList();
        assertEquals(1, results.size());
        assertEquals("doc", results.get(0).id());
        return results.get(0);
    }

    private Article readOk(String name, LocalDate defaultPublished) {
        String id = name.substring(0, name.indexOf('.'));
        InputDocument input = new InputDocument(id, "fixtures/" + name, name, fixture(name), null);
        List<ReadResult> results = reader.read(input, defaultPublished).toList();
        assertEquals(1, results.size());
        return assertInstanceOf(ReadResult.Read.class, results.get(0), () -> results.get(0).toString()).article();
    }

    private static void assertFailed(ReadResult result, ProblemCode code) {
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, result, result::toString);
        assertEquals(code, failed.problem().code(), failed.problem().message());
    }

    private static byte[] cp1252Page(String declaration) {
        String html = "<html><head>" + declaration + "<title>Caf\u00e9 owners \u2013 a profile</title></head><body>"
                + "<article><p>\u201cWe serve cr\u00e8me br\u00fbl\u00e9e,\u201d said the na\u00efve owner \u2014 for"
                + " \u20ac4.</p></article></body></html>";
        return html.getBytes(CP1252);
    }

    static byte[] fixture(String name) {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ProblemCode> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }
}
