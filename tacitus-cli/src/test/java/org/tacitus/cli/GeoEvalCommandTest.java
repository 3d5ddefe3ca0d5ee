package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoEvalCommandTest {

    /** The invented GeoVirus-format articles of tacitus-core's reader tests: 3 articles, 10 gold toponyms. */
    private static final Path FIXTURE = Path.of("../tacitus-core/src/test/resources/geo/geovirus-mini.xml");

    @TempDir
    Path dir;

    @Test
    void geoReportsTheGoldCheckEveryFigureAndTheErrors() throws IOException {
        Path file = Files.copy(FIXTURE, dir.resolve("geovirus-mini.xml"));
        Path errors = dir.resolve("out/errors.tsv");

        Cli.Run run = Cli.run("eval", "geo", "--threads", "2", "--errors", errors.toString(), file.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        String out = run.stdout();
        assertTrue(out.contains(file + ": gold 3 documents, 10 gold toponyms; offsets: 9 spans read at start-1 as"
                + " GeoVirus requires, 1 repaired by searching the phrase nearby, 0 dropped"), out);
        assertTrue(out.contains(file + ": 3 documents, 10 gold toponyms, "), out);
        for (String label : List.of("precision", "recall", "F1", "toponym extraction", "exact spans",
                "geocoding over", "accuracy@161km", "mean error", "median error", "AUC of log error",
                "documents/s per thread", "entities: ", "failed documents: 0", "wall clock:")) {
            assertTrue(out.contains(label), label + " in\n" + out);
        }
        assertTrue(run.stderr().contains(
                "gold span 30:41 does not read 'Philippines' at 29:40 (start-1); found at 30:41"), run.stderr());
        // Whatever the place stage finds, every gold toponym is counted under the entity type overlapping it.
        Matcher byType = Pattern.compile("gold toponyms by the type of the entity overlapping them: (.*)").matcher(out);
        assertTrue(byType.find(), out);
        assertEquals(10, Arrays.stream(byType.group(1).split(", "))
                .mapToInt(s -> Integer.parseInt(s.substring(s.lastIndexOf(' ') + 1))).sum(), out);

        List<String> tsv = Files.readAllLines(errors);
        assertEquals("doc\tkind\tgold_text\tgold_lat\tgold_lon\tsystem_text\tsystem_type\tsystem_place\tsystem_lat"
                + "\tsystem_lon\terror_km\tcontext", tsv.get(0));
        assertTrue(tsv.stream().skip(1).allMatch(l -> l.split("\t", -1).length == 12), tsv.toString());
        Matcher matched = Pattern.compile("overlapping: (\\d+)").matcher(out);
        assertTrue(matched.find(), out);
        long missed = tsv.stream().filter(l -> l.split("\t", -1)[1].equals("MISSED")).count();
        assertEquals(10, missed + Long.parseLong(matched.group(1)), "each gold toponym is matched or missed");
    }

    @Test
    void missingOrBrokenFilesAndBadThreadCountsAreRefusedBeforeLoadingModels() throws IOException {
        Cli.Run missing = Cli.run("eval", "geo", dir.resolve("nowhere.xml").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.stderr().contains("no such file"), missing.stderr());

        Path broken = Files.writeString(dir.resolve("broken.xml"), "<articles><article><text>x</articles>");
        Cli.Run bad = Cli.run("eval", "geo", broken.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.stderr().contains("not well-formed"), bad.stderr());
        assertFalse(bad.stderr().contains("loading"), bad.stderr());

        Cli.Run threads = Cli.run("eval", "geo", "--threads", "0", broken.toString());
        assertEquals(2, threads.exitCode());
        Cli.Run noFile = Cli.run("eval", "geo");
        assertEquals(2, noFile.exitCode());
    }
}
