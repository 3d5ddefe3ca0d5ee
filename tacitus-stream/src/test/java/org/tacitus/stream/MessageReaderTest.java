package org.tacitus.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.tacitus.ingest.InputDocument;
import org.tacitus.ingest.JsonlReader;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.Article;
import org.tacitus.model.ProblemCode;

/** A message is read as a JSON Lines line is: the same article, the same codes for bad input. */
class MessageReaderTest {

    private static final LocalDate DEFAULT = LocalDate.of(2024, 1, 1);
    private final MessageReader reader = new MessageReader(DEFAULT);

    @Test
    void anArticleIsTheOneItsJsonLineGives() {
        String json = "{\"id\": \"a1\", \"published\": \"2024-03-04\", \"title\": \"T\","
                + " \"url\": \"https://x.example/a\", \"authors\": [\"A. Writer\"],"
                + " \"text\": \"Finland and Sweden held talks on Monday.\"}";
        Article fromMessage = read(null, json).article();
        Article fromLine = ((ReadResult.Read) new JsonlReader().readLine(
                new InputDocument("f", "f.jsonl", "f.jsonl", new byte[0], null), 1, json, DEFAULT)).article();
        assertEquals("a1", fromMessage.id());
        assertEquals(fromLine.text(), fromMessage.text());
        assertEquals(fromLine.title(), fromMessage.title());
        assertEquals(fromLine.url(), fromMessage.url());
        assertEquals(fromLine.published(), fromMessage.published());
        assertEquals(fromLine.authors(), fromMessage.authors());
        assertEquals(fromLine.problems(), fromMessage.problems());
        assertEquals("articles/2@40", fromMessage.source());
    }

    @Test
    void anArticleWithoutIdIsNamedByItsKeyElseItsPosition() {
        String json = "{\"text\": \"Kenya sent aid to Somalia.\"}";
        assertEquals("key-7", read("key-7", json).article().id());
        assertEquals("articles/2@40", read(null, json).article().id());
        assertEquals("articles/2@40", read("  ", json).article().id());
    }

    @Test
    void badMessagesHaveTheCodesOfBadLines() {
        assertCode(ProblemCode.JSONL_MALFORMED, "{\"id\": \"x\", \"text\": ");
        assertCode(ProblemCode.JSONL_MALFORMED, "[1, 2]");
        assertCode(ProblemCode.JSONL_MISSING_TEXT, "{\"id\": \"x\", \"body\": \"no text field\"}");
        assertCode(ProblemCode.EMPTY_INPUT, "{\"id\": \"x\", \"text\": \"  \"}");
        assertCode(ProblemCode.EMPTY_INPUT, "");
        assertEquals(ProblemCode.EMPTY_INPUT, failed(message(null, null)).problem().code());
        assertEquals(ProblemCode.BINARY_INPUT,
                failed(message(null, new byte[] {0x1f, (byte) 0x8b, 0, 0, 1, 2, 3})).problem().code());
    }

    @Test
    void aFailureNamesItsPositionAndKeepsTheArticleIdWhenThereIsOne() {
        ReadResult.Failed f = failed(message(null, utf8("{\"id\": \"x\", \"body\": 1}")));
        assertEquals("x", f.id());
        assertEquals("articles/2@40: no string field \"text\"", f.problem().message());
    }

    @Test
    void invalidUtf8IsReadWithTheFallbackCharsetAndSaysSo() {
        byte[] value = "{\"id\": \"c\", \"text\": \"Ren\u00e9 said so.\"}".getBytes(StandardCharsets.ISO_8859_1);
        ReadResult.Read r = assertInstanceOf(ReadResult.Read.class, reader.read(message(null, value)));
        assertEquals("Ren\u00e9 said so.", r.article().text());
        assertEquals(1, r.article().problems().stream().filter(p -> p.code() == ProblemCode.CHARSET_FALLBACK).count());
    }

    private void assertCode(ProblemCode code, String json) {
        assertEquals(code, failed(message(null, utf8(json))).problem().code(), json);
    }

    private ReadResult.Read read(String key, String json) {
        return assertInstanceOf(ReadResult.Read.class, reader.read(message(key == null ? null : utf8(key),
                utf8(json))));
    }

    private ReadResult.Failed failed(ConsumerRecord<byte[], byte[]> message) {
        return assertInstanceOf(ReadResult.Failed.class, reader.read(message));
    }

    private static ConsumerRecord<byte[], byte[]> message(byte[] key, byte[] value) {
        return new ConsumerRecord<>("articles", 2, 40, key, value);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
