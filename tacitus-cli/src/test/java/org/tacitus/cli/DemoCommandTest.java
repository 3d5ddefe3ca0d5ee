package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoExtractsEveryBundledSampleAndSummarisesIt() {
        Path out = dir.resolve("demo.jsonl");
        Cli.Run run = Cli.run("demo", "--output", out.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        List<JsonNode> docs = Contract.readJsonl(out);
        docs.forEach(Contract::check);
        assertTrue(docs.size() >= 15, "at least 15 sample articles, found " + docs.size());
        assertTrue(docs.stream().noneMatch(d -> d.has("error")), "every bundled sample is readable");
        assertTrue(run.stdout().contains(docs.size() + " articles extracted, 0 failed"), run.stdout());
        assertTrue(run.stdout().contains("quote:") && run.stdout().contains("actors:"), run.stdout());
        assertTrue(run.stdout().contains("geneva-talks") && run.stdout().contains("2022-01-10"), run.stdout());
        assertTrue(run.stdout().contains("people:") && run.stdout().contains("places:"), run.stdout());
        assertTrue(run.stdout().contains("event:    CONSULT"), run.stdout());
        String calendar = run.stdout().substring(run.stdout().indexOf("Calendar of upcoming meetings"));
        assertTrue(calendar.lines().anyMatch(l -> l.contains("2022-01-10") && l.contains("CONSULT")
                && l.contains("USAGOV+RUSGOV") && l.contains("[geneva-talks]")), calendar);
    }
}
