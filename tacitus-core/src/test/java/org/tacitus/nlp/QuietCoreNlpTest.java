package org.tacitus.nlp;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Silencing CoreNLP leaves the standard streams alone, whoever redirected them since Redwood first ran. */
class QuietCoreNlpTest {

    @Test
    void aRedirectionMadeAfterRedwoodFirstRanSurvives() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        CoreNlpAnalyzer.quietCoreNlp(); // Redwood has seen the real streams
        PrintStream capture = new PrintStream(new ByteArrayOutputStream(), true);
        PrintStream captureErr = new PrintStream(new ByteArrayOutputStream(), true);
        try {
            System.setOut(capture);
            System.setErr(captureErr);
            CoreNlpAnalyzer.quietCoreNlp();
            assertSame(capture, System.out, "a command's captured stdout stays captured");
            assertSame(captureErr, System.err);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
