package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code tacitus stream} is wired into the command line; its options are checked before any broker is contacted.
 * (The stream itself is tested against a real broker in tacitus-stream: StreamEndToEndTest, StreamCrashTest.)
 */
class StreamCommandTest {

    @Test
    void helpListsTheStreamCommand() {
        Cli.Run run = Cli.run("stream", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.stdout().contains("--out-topic"), run.stdout());
        assertTrue(run.stdout().contains("--dead-letter-topic"), run.stdout());
    }

    @Test
    void nothingToWriteIsABadOption() {
        Cli.Run run = Cli.run("stream", "--bootstrap", "127.0.0.1:9", "--topic", "articles", "--no-store");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("--no-store needs --out-topic"), run.stderr());
    }

    @Test
    void theBootstrapAndTopicAreRequired() {
        assertEquals(2, Cli.run("stream", "--topic", "articles").exitCode());
        assertEquals(2, Cli.run("stream", "--bootstrap", "127.0.0.1:9").exitCode());
    }
}
