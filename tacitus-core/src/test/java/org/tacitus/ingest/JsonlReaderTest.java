package org.tacitus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Article;
import org.tacitus.model.ProblemCode;

class JsonlReaderTest {

    private static List<ReadResult> read(String content) {
        return new JsonlReader().read(new InputDocument("briefs", "briefs.jsonl", "briefs.jsonl",
                content.getBytes(StandardCharsets.UTF_8), null), null).toList();
    }

    @Test
    void goodLinesAreReadAndBadOnesNamedByLineNumber() {
        String content = String.join("\n",
                "{\"id\":\"a1\",\"text\":\"  Envoys met in Oslo.\\n\",\"published\":\"2024-03-11\",\"title\":\"T\","
                        + "\"url\":\"https://x.org/a\",\"authors\":[\"Ann Lee\"]}",
                "",
                "{\"id\": \"a2\", \"text\": \"broken",
                "[1,2,3]",
                "{\"id\":\"a4\",\"title\":\"no text\"}",
                "{\"text\":\"No id here.\",\"published\":\"2024-03-12T09:00:00Z\"}",
                "{\"id\":7,\"text\":\"Numeric id.\",\"published\":\"yesterday\"}");
        List<ReadResult> r = read(content);
        assertEquals(6, r.size());
        Article a1 = assertInstanceOf(ReadResult.Read.class, r.get(0)).article();
        assertEquals("  Envoys met in Oslo.\n", a1.text(), "text exactly as given");
        assertEquals(LocalDate.of(2024, 3, 11), a1.published());
        assertEquals("T", a1.title());
        assertEquals("https://x.org/a", a1.url());
        assertEquals(List.of("Ann Lee"), a1.authors());

        ReadResult.Failed broken = assertInstanceOf(ReadResult.Failed.class, r.get(1));
        assertEquals(ProblemCode.JSONL_MALFORMED, broken.problem().code());
        assertEquals("briefs:3", broken.id());
        assertTrue(broken.problem().message().contains("line 3"), broken.problem().message());
        assertEquals(ProblemCode.JSONL_MALFORMED, ((ReadResult.Failed) r.get(2)).problem().code());
        ReadResult.Failed noText = assertInstanceOf(ReadResult.Failed.class, r.get(3));
        assertEquals(ProblemCode.JSONL_MISSING_TEXT, noText.problem().code());
        assertEquals("a4", noText.id());

        Article noId = assertInstanceOf(ReadResult.Read.class, r.get(4)).article();
        assertEquals("briefs:6", noId.id());
        assertEquals(LocalDate.of(2024, 3, 12), noId.published());

        Article numeric = assertInstanceOf(ReadResult.Read.class, r.get(5)).article();
        assertEquals("7", numeric.id());
        assertEquals(ProblemCode.DATE_UNPARSEABLE, numeric.problems().get(0).code());
        assertEquals(ProblemCode.DATE_UNKNOWN, numeric.problems().get(1).code());
    }

    @Test
    void aLineReadAloneOrAsAnObjectIsReadAsInTheFile() {
        String good = "{\"id\":\"a1\",\"text\":\"Envoys met.\",\"published\":\"soon\"}";
        String bad = "{\"id\": \"a2\", \"text\": ";
        List<ReadResult> whole = read(good + "\n" + bad);
        InputDocument file = new InputDocument("briefs", "briefs.jsonl", "briefs.jsonl", new byte[0], null);
        assertEquals(whole.get(0), new JsonlReader().readLine(file, 1, good, null));
        assertEquals(whole.get(1), new JsonlReader().readLine(file, 2, bad, null));
        Article a1 = assertInstanceOf(ReadResult.Read.class, whole.get(0)).article();
        assertEquals("briefs.jsonl:1", a1.source());
        assertEquals("line 1: \"published\" value 'soon' is not a date", a1.problems().get(0).message());

        // One object alone (a Kafka message): named by the caller in the messages and the source.
        Article object = assertInstanceOf(ReadResult.Read.class,
                new JsonlReader().readObject(good, "fallback", "articles/0@7", null)).article();
        assertEquals(a1.text(), object.text());
        assertEquals("articles/0@7", object.source());
        assertEquals("articles/0@7: \"published\" value 'soon' is not a date", object.problems().get(0).message());
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class,
                new JsonlReader().readObject("[1]", "fallback", "articles/0@8", null));
        assertEquals("fallback", failed.id());
        assertEquals("articles/0@8: expected a JSON object", failed.problem().message());
    }

    @Test
    void emptyFileIsOneFailure() {
        List<ReadResult> r = read("\n\n");
        assertEquals(1, r.size());
        assertEquals(ProblemCode.EMPTY_INPUT, ((ReadResult.Failed) r.get(0)).problem().code());
    }
}
