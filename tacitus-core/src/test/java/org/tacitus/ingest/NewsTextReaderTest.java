package org.tacitus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Article;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.SourceFormat;

class NewsTextReaderTest {

    private final NewsTextReader reader = new NewsTextReader();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NewsTextReaderTest.class.getResourceAsStream("/ingest/" + name)) {
            return in.readAllBytes();
        }
    }

    private Article read(String name, byte[] bytes, LocalDate fallback) {
        List<ReadResult> results = reader.read(new InputDocument("doc", name, name, bytes, null), fallback).toList();
        assertEquals(1, results.size());
        return assertInstanceOf(ReadResult.Read.class, results.get(0)).article();
    }

    @Test
    void wireStoryMetadataIsReadFromTheText() throws IOException {
        byte[] bytes = resource("wire-story.txt");
        Article a = read("wire-story.txt", bytes, null);
        assertEquals(SourceFormat.MARKDOWN, a.format());
        assertEquals("Envoys to Meet in Vienna as Nuclear Talks Resume", a.title());
        assertEquals(LocalDate.of(2023, 3, 3), a.published());
        assertEquals(List.of("Mara Lindqvist", "Tomas Okafor"), a.authors());
        assertEquals("https://www.example-news.org/2023/03/03/envoys-meet-vienna-1234", a.url());
        assertTrue(a.problems().isEmpty(), a.problems().toString());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), a.text(), "text is the input exactly as read");
    }

    @Test
    void markdownAndMetadataLinesAreBlankedButOffsetsKept() throws IOException {
        Article a = read("wire-story.txt", resource("wire-story.txt"), null);
        String analysis = a.analysisText();
        assertEquals(a.text().length(), analysis.length());
        for (String gone : List.of("#", "**", "](#)", "Mara", "Photo Agency", "Palais", "March 3, 2023",
                "Related article", "Unfair", "Original url", "https", "1234")) {
            assertFalse(analysis.contains(gone), "should be blanked: " + gone);
        }
        int at = a.text().indexOf("Iran and the European Union");
        assertEquals("Iran and the European Union", analysis.substring(at, at + 27), "prose is kept in place");
        int title = a.text().indexOf("Envoys to Meet");
        assertEquals("Envoys to Meet", analysis.substring(title, title + 14), "the headline stays prose");
        int sub = a.text().indexOf("A narrow window");
        assertEquals("A narrow window", analysis.substring(sub, sub + 15));
        assertTrue(analysis.contains("   A narrow window  "), "heading hashes and bold markers become spaces");
    }

    @Test
    void plainTextWithWireDateline() {
        String text = "Ceasefire Holds in Northern Town\n\nKHARTOUM, Sudan, June 14, 2023 (Wire) -- Fighting "
                + "eased on Wednesday.\n\nAid convoys moved in.\n";
        Article a = read("story.txt", text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(SourceFormat.TEXT, a.format());
        assertEquals("Ceasefire Holds in Northern Town", a.title());
        assertEquals(LocalDate.of(2023, 6, 14), a.published());
        int fighting = text.indexOf("Fighting");
        assertTrue(a.analysisText().substring(0, fighting).strip().startsWith("Ceasefire"),
                "dateline prefix is blanked");
        assertFalse(a.analysisText().contains("KHARTOUM"));
        assertTrue(a.analysisText().contains("Fighting eased on Wednesday."));
    }

    @Test
    void missingDateIsAProblemUnlessADefaultIsGiven() {
        byte[] bytes = "Talks stall\n\nThe envoys met on Saturday.\n".getBytes(StandardCharsets.UTF_8);
        Article unknown = read("a.txt", bytes, null);
        assertNull(unknown.published());
        assertEquals(ProblemCode.DATE_UNKNOWN, unknown.problems().get(0).code());
        Article dated = read("a.txt", bytes, LocalDate.of(2020, 1, 2));
        assertEquals(LocalDate.of(2020, 1, 2), dated.published());
        assertTrue(dated.problems().isEmpty());
    }

    @Test
    void plainTextIsKeptExactlyIncludingCarriageReturnsAndBom() {
        byte[] body = "Headline\r\n\r\nMay 2, 2022\r\n\r\nThe minister spoke.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = read("crlf.txt", withBom, null);
        assertEquals(new String(body, StandardCharsets.UTF_8), a.text());
        assertEquals(LocalDate.of(2022, 5, 2), a.published());
        assertEquals("Headline", a.title());
    }

    @Test
    void badInputsAreValuesNotExceptions() {
        List<ReadResult> empty = reader.read(new InputDocument("e", "e.txt", "e.txt", "  \n\n ".getBytes(), null), null)
                .toList();
        assertEquals(ProblemCode.EMPTY_INPUT, assertInstanceOf(ReadResult.Failed.class, empty.get(0)).problem().code());
        byte[] binary = {0x7F, 'E', 'L', 'F', 0, 0, 1, 2, 3};
        List<ReadResult> bin = reader.read(new InputDocument("b", "b.txt", "b.txt", binary, null), null).toList();
        assertEquals(ProblemCode.BINARY_INPUT, assertInstanceOf(ReadResult.Failed.class, bin.get(0)).problem().code());
        byte[] latin = "Caf\u00e9 talks in Gen\u00e8ve\n\nThe envoys met.".getBytes(StandardCharsets.ISO_8859_1);
        Article a = read("l.txt", latin, LocalDate.of(2021, 1, 1));
        assertTrue(a.text().contains("Gen\u00e8ve"), "invalid UTF-8 falls back to windows-1252");
        assertEquals(ProblemCode.CHARSET_FALLBACK, a.problems().get(0).code());
    }
}
