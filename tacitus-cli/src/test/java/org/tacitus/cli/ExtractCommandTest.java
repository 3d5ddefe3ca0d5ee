package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void wireStoryGivesMetadataEntitiesAndTimexesWithExactOffsets() throws IOException {
        Cli.Run run = Cli.run("extract", "--quiet", "--include-text", "../samples/geneva-talks.txt");
        assertEquals(0, run.exitCode(), run.stderr());
        String[] lines = run.stdout().strip().split("\n");
        assertEquals(1, lines.length, "exactly one JSON object per document");
        JsonNode doc = Contract.JSON.readTree(lines[0]);
        Contract.check(doc);
        assertEquals("geneva-talks", doc.get("id").asText());
        assertEquals("2021-12-29", doc.get("published").asText());
        assertTrue(doc.get("url").asText().startsWith("https://"), doc.get("url").toString());
        assertTrue(doc.get("title").asText().contains("Geneva"), doc.get("title").toString());
        assertEquals(Files.readString(Path.of("../samples/geneva-talks.txt")), doc.get("text").asText());
        List<String> entities = texts(doc.get("entities"));
        assertTrue(entities.contains("Geneva") && entities.contains("NATO"), entities.toString());
        assertTrue(entities.stream().noneMatch(e -> e.contains("*") || e.contains("[") || e.contains("](")),
                "markdown syntax never leaks into entities: " + entities);
        List<String> values = StreamSupport.stream(doc.get("timexes").spliterator(), false)
                .map(t -> t.get("value").asText()).collect(Collectors.toList());
        assertTrue(values.contains("2022-01-10"), values.toString());
        assertTrue(doc.get("events").size() >= 5, "events of the story: " + doc.get("events").size());
        assertTrue(StreamSupport.stream(doc.get("quotes").spliterator(), false)
                .anyMatch(q -> q.get("direct").asBoolean() && q.has("speaker")), "direct quotes with speakers");
    }

    @Test
    void stdinJsonArrayAndPublishedDefault() throws IOException {
        InputStream oldIn = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Envoys gather\n\nThe EU envoy met Turkish officials in Ankara yesterday.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            Cli.Run run = Cli.run("extract", "--quiet", "--format", "json", "--published", "2022-03-01", "-");
            assertEquals(0, run.exitCode(), run.stderr());
            JsonNode array = Contract.JSON.readTree(run.stdout());
            assertTrue(array.isArray() && array.size() == 1, run.stdout());
            JsonNode doc = array.get(0);
            assertEquals("stdin", doc.get("id").asText());
            assertEquals("2022-03-01", doc.get("published").asText());
            assertTrue(doc.get("problems").isEmpty());
            List<String> values = StreamSupport.stream(doc.get("timexes").spliterator(), false)
                    .map(t -> t.get("value").asText()).collect(Collectors.toList());
            assertEquals(List.of("2022-02-28"), values, "yesterday anchored to --published");
        } finally {
            System.setIn(oldIn);
        }
    }

    @Test
    void directoriesAreWalkedInNameOrderAndThreadsDoNotChangeTheOutput() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("c.txt"), "Third\n\nJune 1, 2020\n\nThe Kremlin said Moscow would respond.\n");
        Files.writeString(sub.resolve("a.md"), "# Second\n\nJune 2, 2020\n\nBeijing and Washington traded accusations.\n");
        Files.writeString(dir.resolve("a.txt"), "First\n\nJune 3, 2020\n\nThe UN Security Council met in New York.\n");
        Files.writeString(dir.resolve(".hidden.txt"), "not read");
        Cli.Run one = Cli.run("extract", "--quiet", dir.toString());
        Cli.Run two = Cli.run("extract", "--quiet", "--threads", "2", dir.toString());
        assertEquals(0, one.exitCode(), one.stderr());
        List<String> ids = one.stdout().lines().map(l -> {
            try {
                return Contract.JSON.readTree(l).get("id").asText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
        assertEquals(List.of("a", "b/a", "c"), ids);
        assertEquals(one.stdout(), two.stdout());
    }

    @Test
    void versionHelpAndBadOptions() {
        Cli.Run version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.stdout().contains("tacitus 0.1.0"), version.stdout());
        assertTrue(version.stdout().contains("output schema 1.0"));
        Cli.Run help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.stdout().contains("extract") && help.stdout().contains("demo"), help.stdout());
        assertEquals(2, Cli.run("extract", "--format", "xml", "x.txt").exitCode());
        assertEquals(2, Cli.run("extract", "--published", "28/12/2021", "x.txt").exitCode());
    }

    private static List<String> texts(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("text").asText())
                .collect(Collectors.toList());
    }
}
