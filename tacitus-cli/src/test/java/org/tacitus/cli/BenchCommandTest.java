package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark prints every figure it promises; the figures themselves are not asserted (timings vary). */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsEveryFieldWithoutTheBaseline() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Talks\n\nThe EU envoy met Turkish officials in Ankara on Monday.\n");
        Files.writeString(dir.resolve("b.txt"), "Strikes\n\n\"We will respond,\" the Kremlin said in Moscow.\n");
        Files.writeString(dir.resolve("dates.tsv"), "filename\tpublication_date\na.txt\t2022-03-01\n");
        Cli.Run run = Cli.run("bench", "--no-baseline", "--warmup", "1", "--no-settle", "--threads", "2",
                "--dates", dir.resolve("dates.tsv").toString(), dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString());
        assertEquals(0, run.exitCode(), run.stderr());
        String out = run.stdout();
        for (String field : List.of("documents        2 ", "threads          2", "model load", "wall time",
                "documents/s", "sentences/s", "tokens/s", "cpu time", "jit compilation", "warm-up          1 documents",
                "reading", "nlp", "time", "entities+actors", "places",
                "quotes", "events", "peak heap", "peak RSS")) {
            assertTrue(out.contains(field), "'" + field + "' missing from:\n" + out);
        }
        assertFalse(out.contains("baseline"), out);
    }

    @Test
    void datesComeFromATsvHeaderAndBadOptionsAreRefused() throws IOException {
        Path tsv = Files.writeString(dir.resolve("m.tsv"),
                "compartment\tfilename\tpublication_date\nx\tdoc-1\t2016-03-11\nx\tdoc-2\tNone\n");
        assertEquals(Map.of("doc-1", LocalDate.of(2016, 3, 11)), BenchCommand.readDates(tsv));
        assertEquals(2, Cli.run("bench", "--threads", "0", "x").exitCode());
        assertEquals(1, Cli.run("bench", "--no-baseline", dir.resolve("missing").toString()).exitCode());
    }
}
