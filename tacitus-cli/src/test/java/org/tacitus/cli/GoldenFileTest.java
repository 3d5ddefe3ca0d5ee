package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: every bundled sample article in, the expected output (pretty JSON) out. When an intended change
 * alters the output, regenerate with {@code mvn test -Dtacitus.golden.update=true} and review the diff in git;
 * never edit the expectations by hand.
 */
class GoldenFileTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("tacitus.golden.update");

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsGoldenFile() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertTrue(!samples.isEmpty(), "samples are bundled");
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(),
                () -> check(sample)));
    }

    private static void check(Path sample) throws IOException {
        Cli.Run run = Cli.run("extract", "--quiet", "--format", "pretty", sample.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        Path golden = GOLDEN.resolve(sample.getFileName() + ".json");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, run.stdout(), StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; run mvn test -Dtacitus.golden.update=true and review it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(run.stdout())) {
            fail("output differs from " + golden + " at " + firstDifference(expected, run.stdout())
                    + "\n(if the change is intended: mvn test -Dtacitus.golden.update=true, then review git diff)");
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   " + al;
            }
        }
        return "?";
    }
}
