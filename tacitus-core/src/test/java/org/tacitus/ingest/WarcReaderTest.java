package org.tacitus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.tacitus.model.Article;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.SourceFormat;

class WarcReaderTest {

    private static final Instant CAPTURED = Instant.parse("2024-03-05T23:30:00Z");
    private static final String FIRST_URL = "https://ledger.example/news/harbour-bridge-reopens?utm=x";
    private static final String SECOND_URL = "https://river.example/cleanup";
    private static final byte[] PAGE_WITHOUT_DATE = HtmlReaderTest.fixture("no-date.html");

    private final WarcReader reader = new WarcReader();

    @Test
    void readsHtmlResponsesAndSkipsEverythingElse() {
        List<ReadResult> results = read(sampleWarc(WarcCompression.NONE), LocalDate.of(2000, 1, 1));
        assertSample(results);
    }

    @Test
    void readsGzippedWarc() {
        byte[] gz = sampleWarc(WarcCompression.GZIP);
        assertEquals(0x1f, gz[0] & 0xFF);
        assertEquals(0x8b, gz[1] & 0xFF);
        assertSample(read(gz, LocalDate.of(2000, 1, 1)));
    }

    private static void assertSample(List<ReadResult> results) {
        assertEquals(List.of("crawl#1", "crawl#4"), results.stream().map(ReadResult::id).toList());

        Article first = assertInstanceOf(ReadResult.Read.class, results.get(0)).article();
        assertEquals("Harbour bridge reopens after two-year repair", first.title());
        assertEquals("https://ledger.example/news/harbour-bridge-reopens", first.url()); // og:url beats the target
        assertEquals(LocalDate.of(2023, 9, 21), first.published()); // the page's date beats WARC-Date
        assertEquals(List.of("Maria Lindqvist"), first.authors());
        assertEquals(FIRST_URL, first.source());
        assertEquals(SourceFormat.WARC, first.format());
        assertTrue(first.text().startsWith("Traffic returns to the crossing\n\nThe harbour bridge"));
        assertFalse(first.text().contains("Advertisement"));

        Article second = assertInstanceOf(ReadResult.Read.class, results.get(1)).article();
        assertEquals("River cleanup draws volunteers", second.title());
        assertEquals(SECOND_URL, second.url()); // no URL in the page: the target URI
        assertEquals(LocalDate.of(2024, 3, 5), second.published()); // WARC-Date in UTC, before the user default
        assertEquals(List.of(), second.problems());
        assertTrue(second.text().startsWith("More than two hundred volunteers"));
    }

    @Test
    void decodesContentEncodingAndHttpCharset() throws IOException {
        String html = "<html><body><article><p>\u201cSm\u00f6rg\u00e5sbord\u201d for \u20ac5.</p></article></body></html>";
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(html.getBytes(Charset.forName("windows-1252")));
        }
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .addHeader("Content-Encoding", "gzip")
                .body(MediaType.parse("text/html; charset=windows-1252"), zipped.toByteArray())
                .build();
        byte[] warc = warc(WarcCompression.NONE, response("https://food.example/smorgasbord", http));

        List<ReadResult> results = read(warc, null);

        assertEquals(1, results.size());
        Article article = assertInstanceOf(ReadResult.Read.class, results.get(0)).article();
        assertEquals("\u201cSm\u00f6rg\u00e5sbord\u201d for \u20ac5.", article.text());
        assertEquals(List.of(), article.problems());
        assertEquals(LocalDate.of(2024, 3, 5), article.published());
    }

    @Test
    void brokenPayloadEncodingFailsAloneAndReadingGoesOn() {
        HttpResponse corrupt = new HttpResponse.Builder(200, "OK")
                .addHeader("Content-Encoding", "gzip")
                .body(MediaType.HTML_UTF8, "<p>not gzip at all</p>".getBytes(StandardCharsets.UTF_8))
                .build();
        byte[] warc = warc(WarcCompression.NONE, response("https://broken.example/", corrupt),
                response(SECOND_URL, html(PAGE_WITHOUT_DATE)));

        List<ReadResult> results = read(warc, null);

        assertEquals(List.of("crawl#1", "crawl#2"), results.stream().map(ReadResult::id).toList());
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, results.get(0));
        assertEquals(ProblemCode.WARC_MALFORMED, failed.problem().code());
        assertTrue(failed.problem().message().contains("https://broken.example/"), failed.problem().message());
        assertEquals("River cleanup draws volunteers",
                assertInstanceOf(ReadResult.Read.class, results.get(1)).article().title());
    }

    @Test
    void pageServedWithoutContentTypeIsSniffed() {
        HttpResponse untyped = new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML_UTF8, PAGE_WITHOUT_DATE)
                .setHeader("Content-Type", "")
                .build();
        List<ReadResult> results = read(warc(WarcCompression.NONE, response(SECOND_URL, untyped)), null);

        assertEquals(1, results.size());
        assertEquals("River cleanup draws volunteers",
                assertInstanceOf(ReadResult.Read.class, results.get(0)).article().title());
    }

    @Test
    void pageWithoutTextFailsAloneAndReadingGoesOn() {
        byte[] warc = warc(WarcCompression.NONE,
                response("https://front.example/", html(HtmlReaderTest.fixture("nav-only.html"))),
                response(SECOND_URL, html(PAGE_WITHOUT_DATE)));

        List<ReadResult> results = read(warc, null);

        assertEquals(List.of("crawl#1", "crawl#2"), results.stream().map(ReadResult::id).toList());
        assertEquals(ProblemCode.HTML_NO_TEXT,
                assertInstanceOf(ReadResult.Failed.class, results.get(0)).problem().code());
        assertInstanceOf(ReadResult.Read.class, results.get(1));
    }

    @Test
    void truncatedWarcYieldsWhatWasReadThenOneFailure() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long secondStart;
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
            writer.write(response(FIRST_URL, html(HtmlReaderTest.fixture("og-article.html"))));
            secondStart = writer.position();
            writer.write(response(SECOND_URL, html(PAGE_WITHOUT_DATE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] whole = out.toByteArray();
        byte[] cut = Arrays.copyOf(whole, (int) (secondStart + (whole.length - secondStart) / 2));

        List<ReadResult> results = read(cut, null);

        assertEquals(2, results.size());
        Article first = assertInstanceOf(ReadResult.Read.class, results.get(0)).article();
        assertEquals("crawl#1", first.id());
        assertEquals("Harbour bridge reopens after two-year repair", first.title());
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, results.get(1));
        assertEquals("crawl#2", failed.id());
        assertEquals(ProblemCode.WARC_MALFORMED, failed.problem().code());
        assertTrue(failed.problem().message().contains("byte offset " + secondStart), failed.problem().message());
    }

    @Test
    void truncatedGzippedWarcYieldsWhatWasReadThenOneFailure() {
        byte[] whole = warc(WarcCompression.GZIP,
                response(FIRST_URL, html(HtmlReaderTest.fixture("og-article.html"))),
                response(SECOND_URL, html(PAGE_WITHOUT_DATE)));
        byte[] cut = Arrays.copyOf(whole, whole.length - 40);

        List<ReadResult> results = read(cut, null);

        assertEquals(List.of("crawl#1", "crawl#2"), results.stream().map(ReadResult::id).toList());
        assertInstanceOf(ReadResult.Read.class, results.get(0));
        assertEquals(ProblemCode.WARC_MALFORMED,
                assertInstanceOf(ReadResult.Failed.class, results.get(1)).problem().code());
    }

    @Test
    void cutBetweenRecordsNamesTheNextRecord() {
        byte[] whole = warc(WarcCompression.NONE, response(FIRST_URL, html(PAGE_WITHOUT_DATE)));
        byte[] extra = "WARC/1.0\r\nWARC-Type: response\r\nContent-Le".getBytes(StandardCharsets.US_ASCII);
        byte[] cut = Arrays.copyOf(whole, whole.length + extra.length);
        System.arraycopy(extra, 0, cut, whole.length, extra.length);

        List<ReadResult> results = read(cut, null);

        assertEquals(List.of("crawl#1", "crawl#2"), results.stream().map(ReadResult::id).toList());
        assertEquals(ProblemCode.WARC_MALFORMED,
                assertInstanceOf(ReadResult.Failed.class, results.get(1)).problem().code());
    }

    @Test
    void garbageIsOneMalformedFailure() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        for (byte[] garbage : List.of(random, "this is not a WARC file\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0x1f, (byte) 0x8b, 0, 1, 2, 3}, new byte[] {'W'})) {
            List<ReadResult> results = read(garbage, null);
            assertEquals(1, results.size());
            ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, results.get(0));
            assertEquals("crawl#1", failed.id());
            assertEquals(ProblemCode.WARC_MALFORMED, failed.problem().code());
        }
    }

    @Test
    void emptyInputHasNoRecords() {
        List<ReadResult> results = read(new byte[0], null);

        assertEquals(1, results.size());
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, results.get(0));
        assertEquals(ProblemCode.WARC_MALFORMED, failed.problem().code());
        assertEquals("the input holds no WARC records", failed.problem().message());
    }

    @Test
    void warcWithOnlyNonHtmlRecordsYieldsNothing() {
        byte[] warc = warc(WarcCompression.NONE, new Warcinfo.Builder().date(CAPTURED).build());
        assertEquals(List.of(), read(warc, null));
    }

    @Test
    void everyCutOfAWarcEndsInAtMostOneFailure() {
        byte[] whole = sampleWarc(WarcCompression.NONE);
        for (int length = 0; length < whole.length; length += 97) {
            List<ReadResult> results = read(Arrays.copyOf(whole, length), null);
            long failures = results.stream().filter(r -> r instanceof ReadResult.Failed).count();
            assertTrue(failures <= 1, "cut at " + length + ": " + results);
            if (failures == 1) {
                assertInstanceOf(ReadResult.Failed.class, results.get(results.size() - 1), "cut at " + length);
            }
        }
    }

    /** warcinfo, request, HTML page, PNG, HTML 404, HTML page without a date: response ids 1 to 4. */
    private static byte[] sampleWarc(WarcCompression compression) {
        try {
            HttpRequest request = new HttpRequest.Builder("GET", "/news/harbour-bridge-reopens").build();
            HttpResponse png = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})
                    .build();
            HttpResponse notFound = new HttpResponse.Builder(404, "Not Found")
                    .body(MediaType.HTML_UTF8, "<html><body><p>Page not found</p></body></html>".getBytes(
                            StandardCharsets.UTF_8))
                    .build();
            return warc(compression,
                    new Warcinfo.Builder().date(CAPTURED).build(),
                    new WarcRequest.Builder(FIRST_URL).date(CAPTURED).body(request).build(),
                    response(FIRST_URL, html(HtmlReaderTest.fixture("og-article.html"))),
                    response("https://ledger.example/bridge.png", png),
                    response("https://ledger.example/missing", notFound),
                    response(SECOND_URL, html(PAGE_WITHOUT_DATE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse html(byte[] page) {
        return new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page).build();
    }

    private static WarcResponse response(String url, HttpResponse http) {
        try {
            return new WarcResponse.Builder(url).date(CAPTURED).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] warc(WarcCompression compression, WarcRecord... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<ReadResult> read(byte[] bytes, LocalDate defaultPublished) {
        return reader.read(new InputDocument("crawl", "crawl.warc", "crawl.warc", bytes, null), defaultPublished)
                .toList();
    }
}
