package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile inputs through the whole command: per-document errors with stable codes, and the batch goes on. */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void eachHostileInputGivesItsOwnErrorAndTheBatchGoesOn() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path binary = write("binary.txt", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Path huge = write("huge.txt", ("The envoy spoke again and again " .repeat(160_000)).getBytes(StandardCharsets.UTF_8));
        Path jsonl = write("lines.jsonl", ("{\"id\":\"ok1\",\"text\":\"NATO ministers met in Brussels.\","
                + "\"published\":\"2022-03-01\"}\n{not json\n{\"id\":\"nt\"}\n").getBytes(StandardCharsets.UTF_8));
        Path soup = write("soup.html", ("<html><body><div><p>Protesters gathered in <b>Tbilisi <i>on Sunday.</p></table>"
                + "<p>Police <span>used water cannon</div></body>").getBytes(StandardCharsets.UTF_8));
        byte[] warc = Files.readAllBytes(Path.of("../samples/newswire.warc"));
        int secondResponse = indexOf(warc, "WARC-Type: response".getBytes(StandardCharsets.US_ASCII), 1);
        Path truncated = write("cut.warc", Arrays.copyOf(warc, secondResponse + 400));
        Path invalid = write("latin1.txt", "Talks in Gen\u00e8ve\n\nMay 5, 2021\n\nThe minister arrived.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path good = write("good.txt", "Ministers meet\n\nMay 5, 2021\n\nThe foreign ministers of France and Germany met in Berlin on Tuesday.\n"
                .getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("out.jsonl");

        Cli.Run run = Cli.run("extract", "--include-text", "--output", out.toString(), empty.toString(),
                binary.toString(), huge.toString(), jsonl.toString(), soup.toString(), truncated.toString(),
                invalid.toString(), dir.resolve("missing.txt").toString(), good.toString());
        assertEquals(0, run.exitCode(), "some documents were read, so the batch succeeds: " + run.stderr());
        List<JsonNode> docs = Contract.readJsonl(out);
        docs.forEach(Contract::check);
        Map<String, String> codes = new LinkedHashMap<>();
        for (JsonNode d : docs) {
            codes.put(d.get("id").asText(), d.has("error") ? d.get("error").get("code").asText() : "OK");
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("empty", "EMPTY_INPUT");
        expected.put("binary", "BINARY_INPUT");
        expected.put("huge", "DOCUMENT_TOO_LARGE");
        expected.put("ok1", "OK");
        expected.put("lines:2", "JSONL_MALFORMED");
        expected.put("nt", "JSONL_MISSING_TEXT");
        expected.put("soup", "OK");
        expected.put("cut#1", "OK");
        expected.put("cut#2", "WARC_MALFORMED");
        expected.put("latin1", "OK");
        expected.put(dir.resolve("missing.txt").toString(), "INPUT_NOT_FOUND");
        expected.put("good", "OK");
        assertEquals(expected, codes);

        JsonNode latin = docs.stream().filter(d -> d.get("id").asText().equals("latin1")).findFirst().orElseThrow();
        assertEquals("CHARSET_FALLBACK", latin.get("problems").get(0).get("code").asText());
        assertTrue(latin.get("text").asText().contains("Gen\u00e8ve"));
        JsonNode soupDoc = docs.stream().filter(d -> d.get("id").asText().equals("soup")).findFirst().orElseThrow();
        assertTrue(soupDoc.get("text").asText().contains("Protesters gathered in Tbilisi"), soupDoc.toString());
        JsonNode goodDoc = docs.get(docs.size() - 1);
        assertFalse(goodDoc.get("entities").isEmpty(), "the good article still gets its entities");
    }

    @Test
    void nothingReadableMeansExitStatusOne() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Cli.Run run = Cli.run("extract", "--quiet", empty.toString(), dir.resolve("nope.md").toString());
        assertEquals(1, run.exitCode());
        String[] lines = run.stdout().strip().split("\n");
        assertEquals(2, lines.length, "still one line per input on stdout");
        assertTrue(lines[1].contains("\"INPUT_NOT_FOUND\""), lines[1]);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int skip) {
        int found = 0;
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            if (found++ == skip) {
                return i;
            }
        }
        throw new IllegalArgumentException("needle not found");
    }
}
