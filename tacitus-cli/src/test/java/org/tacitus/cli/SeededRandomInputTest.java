package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random documents through the whole command: odd Unicode, markup fragments, run-on text. Nothing may
 * throw, and every span must lie inside the text and match it. A failing seed stays here as a regression input.
 */
class SeededRandomInputTest {

    private static final String[] WORDS = {"the", "minister", "said", "NATO", "Moscow", "on", "Jan.", "10", "talks",
        "will", "meet", "in", "Geneva", "Kyiv", "last", "week", "\"", "'", "(", ")", "--", "—", "2021", "U.S.",
        "Putin", "Biden", "sanctions", "troops", "**", "[", "](#)", "#", "<b>", "&amp;", "https://x.org/2021/12/28",
        "Ünïcödé", "日本", "Россия", "مرحبا", "😀", "e\u0301", "\u200b", "\u00a0", "\t", "\r\n", "\n\n", "…", "\uFEFF",
        "Mr.", "Dr.", "12:30", "GMT", "1/10/2022", "mid-2020", "the 1990s", "yesterday", "Monday", "May", "March"};

    @TempDir
    Path dir;

    @Test
    void randomDocumentsKeepTheContract() throws IOException {
        Random random = new Random(20211228L);
        List<String> args = new ArrayList<>(List.of("extract", "--quiet", "--include-text", "--threads", "2",
                "--published", "2021-12-28", "--output", dir.resolve("out.jsonl").toString()));
        int documents = 24;
        for (int i = 0; i < documents; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(i % 6 == 5 ? 900 : 120);
            for (int w = 0; w < length; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]);
                text.append(random.nextInt(9) == 0 ? ". " : " ");
            }
            String ext = List.of(".txt", ".md", ".html").get(i % 3);
            Path file = dir.resolve(String.format("r%02d%s", i, ext));
            Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
            args.add(file.toString());
        }
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.stderr());
        List<JsonNode> docs = Contract.readJsonl(dir.resolve("out.jsonl"));
        assertEquals(documents, docs.size());
        docs.forEach(Contract::check);
    }
}
