package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    /** The invented TimeML documents of tacitus-core's reader tests. */
    private static final Path FIXTURES = Path.of("../tacitus-core/src/test/resources/timeml");

    @TempDir
    Path dir;

    @Test
    void timexReportsEveryFigurePerPathThenTheTotalAndWritesErrors() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.copy(FIXTURES.resolve("wire-one.tml"), one.resolve("wire-one.tml"));
        Files.copy(FIXTURES.resolve("wire-two.tml"), two.resolve("wire-two.tml"));
        Files.copy(FIXTURES.resolve("README.md"), two.resolve("README.md")); // not TimeML: not read
        Path errors = dir.resolve("out/errors.tsv");

        Cli.Run run = Cli.run("eval", "timex", "--threads", "2", "--errors", errors.toString(), one.toString(),
                two.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        String out = run.stdout();
        assertTrue(out.contains(one + ": 1 documents, 4 gold timexes"), out);
        assertTrue(out.contains(two + ": 1 documents, 3 gold timexes"), out);
        assertTrue(out.contains("total: 2 documents, 7 gold timexes"), out);
        for (String label : List.of("precision", "recall", "F1", "strict extraction", "relaxed extraction",
                "type", "value", "accuracy", "tokens/s")) {
            assertTrue(out.contains(label), label + " in\n" + out);
        }
        assertEquals(3, out.lines().filter(l -> l.startsWith("  strict extraction")).count(), out);
        List<String> tsv = Files.readAllLines(errors);
        assertEquals("doc\tkind\tgold_text\tgold_value\tsystem_text\tsystem_value\tcontext", tsv.get(0));
        assertTrue(tsv.stream().skip(1).allMatch(l -> l.split("\t", -1).length == 7), tsv.toString());
    }

    @Test
    void missingPathsAndUnknownTaggersAreRefusedBeforeLoadingModels() {
        Cli.Run missing = Cli.run("eval", "timex", dir.resolve("nowhere").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.stderr().contains("no such file or directory"), missing.stderr());
        Cli.Run empty = Cli.run("eval", "timex", dir.toString());
        assertEquals(1, empty.exitCode());
        assertTrue(empty.stderr().contains("no .tml files"), empty.stderr());
        Cli.Run tagger = Cli.run("eval", "timex", "--tagger", "heideltime", dir.toString());
        assertEquals(2, tagger.exitCode());
        Cli.Run noStage = Cli.run("eval");
        assertEquals(2, noStage.exitCode());
        assertTrue(noStage.stderr().contains("timex"), noStage.stderr());
    }
}
