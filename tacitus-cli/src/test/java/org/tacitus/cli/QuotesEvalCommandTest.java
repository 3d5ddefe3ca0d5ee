package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesEvalCommandTest {

    /** The invented PolNeAR-format articles of tacitus-core's reader tests: 2 articles, 9 attributions, 6 direct. */
    private static final Path FIXTURE = Path.of("../tacitus-core/src/test/resources/polnear-mini");

    @TempDir
    Path dir;

    private Path copyFixture() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir.resolve("dev");
    }

    @Test
    void quotesReportsTheGoldCheckEveryFigureAndTheErrors() throws IOException {
        Path dev = copyFixture();
        Path errors = dir.resolve("out/errors.tsv");

        Cli.Run run = Cli.run("eval", "quotes", "--threads", "2", "--errors", errors.toString(), dev.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        String out = run.stdout();
        assertTrue(out.contains(dev + ": gold 2 documents (1 dated), 9 gold attributions, 6 of them direct quotes; "
                + "annotations: the alphabetically first annotator's file of each article (1 other annotators' files "
                + "kept apart for --agreement); offsets: 46 spans read as code points matched their text, 2 "), out);
        assertTrue(out.contains(dev + ": 2 documents; direct quotes: 6 gold, "), out);
        assertTrue(out.contains("all attributions: 9 gold, "), out);
        for (String label : List.of("precision", "recall", "F1", "direct quotes, overlap", "direct quotes, exact text",
                "direct quotes, speaker", "all attributions, overlap", "all attributions, exact text",
                "all attributions, speaker", "documents/s per thread", "failed documents: 0", "wall clock:")) {
            assertTrue(out.contains(label), label + " in\n" + out);
        }
        assertTrue(run.stderr().contains("offsets '171 178' read 'laimed.', not 'claimed'"), run.stderr());

        List<String> tsv = Files.readAllLines(errors);
        assertEquals("doc\tkind\tgold_content\tgold_source\tsystem_content\tsystem_speaker\tcontext", tsv.get(0));
        assertTrue(tsv.stream().skip(1).allMatch(l -> l.split("\t", -1).length == 7), tsv.toString());
        Matcher matched = Pattern.compile("direct quotes, overlap .* matched: (\\d+)").matcher(out);
        assertTrue(matched.find(), out);
        long missed = tsv.stream().filter(l -> l.split("\t", -1)[1].equals("MISSED")).count();
        assertEquals(6, missed + Long.parseLong(matched.group(1)), "each gold direct quote is matched or missed");
    }

    @Test
    void agreementScoresTheFurtherAnnotatorThenThePipelineAgainstEachOnTheArticlesAnnotatedMoreThanOnce()
            throws IOException {
        Path dev = copyFixture();
        Path errors = dir.resolve("disagreements.tsv");

        Cli.Run run = Cli.run("eval", "quotes", "--agreement", "--errors", errors.toString(), dev.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        String out = run.stdout();
        assertTrue(out.contains(dev + ", 1 further annotations against the first (the gold): 1 documents; direct "
                + "quotes: 4 gold, 0 system; all attributions: 6 gold, 2 system"), out);
        assertTrue(out.contains(dev + ", tacitus against annotator 1 (the gold): 1 documents; direct quotes: 4 gold"),
                out);
        assertTrue(out.contains(dev + ", tacitus against the further annotations: 1 documents; direct quotes: 0 gold"),
                out);
        assertFalse(out.contains("throughput"), "agreement figures are not timed");
        List<String> tsv = Files.readAllLines(errors);
        assertEquals(5, tsv.size(), "the header and the four direct quotes 9f3c did not mark: " + tsv);
        assertTrue(tsv.stream().skip(1).allMatch(l -> l.contains("\tMISSED\t")), tsv.toString());

        Files.delete(dev.resolve("attributions/wire_2016-10-03_harbour-bridge-vote-set-for-nov_9f3c.ann"));
        Cli.Run once = Cli.run("eval", "quotes", "--agreement", dev.toString());
        assertEquals(1, once.exitCode());
        assertTrue(once.stderr().contains("is annotated more than once: no agreement to measure"), once.stderr());
    }

    @Test
    void missingDirectoriesMetadataAndBadThreadCountsAreRefusedBeforeLoadingModels() throws IOException {
        Cli.Run missing = Cli.run("eval", "quotes", dir.resolve("nowhere").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.stderr().contains("no such directory"), missing.stderr());

        Path dev = copyFixture();
        Cli.Run meta = Cli.run("eval", "quotes", "--metadata", dir.resolve("nowhere.tsv").toString(), dev.toString());
        assertEquals(1, meta.exitCode());
        assertTrue(meta.stderr().contains("no such file"), meta.stderr());

        Cli.Run notSplit = Cli.run("eval", "quotes", dir.toString());
        assertEquals(1, notSplit.exitCode(), "the fixture's root has no text/");
        assertFalse(notSplit.stderr().contains("loading"), notSplit.stderr());

        Cli.Run threads = Cli.run("eval", "quotes", "--threads", "0", dev.toString());
        assertEquals(2, threads.exitCode());
        Cli.Run noDir = Cli.run("eval", "quotes");
        assertEquals(2, noDir.exitCode());
    }
}
