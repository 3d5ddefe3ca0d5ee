package org.tacitus.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code tacitus stream} in a child JVM on the test class path, so that it can be killed as a crash kills: no
 * shutdown hook, no last commit. Its stderr lines are echoed to the test's output and handed out one by one;
 * its stdout (the summary) goes to a file.
 */
final class ChildStream implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path stdout;
    /** Put after the last line: stderr is closed (compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String END = new String("end of stderr");

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildStream(String name, Process process, Path stdout) {
        this.name = name;
        this.process = process;
        this.stdout = stdout;
        Thread pump = new Thread(this::pump, "child-stderr-" + name);
        pump.setDaemon(true);
        pump.start();
    }

    static ChildStream start(String name, List<String> args, Path dir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-XX:+UseParallelGC", "-Xss8m",
                "-cp", System.getProperty("java.class.path"), StreamCommand.class.getName()));
        command.addAll(args);
        Path out = dir.resolve(name + ".stdout");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).start();
        return new ChildStream(name, p, out);
    }

    /** The next stderr line, or null when stderr has closed (the process ended) or none came in time. */
    String nextLine(long timeout, TimeUnit unit) throws InterruptedException {
        String line = lines.poll(timeout, unit);
        if (line == END) {
            lines.add(END);
            return null;
        }
        return line;
    }

    /**
     * SIGTERM, as a service manager or Ctrl-C stops it: the shutdown hook runs. (Through the process handle:
     * {@code Process.destroy()} would also close our end of its stderr, and its last lines would be lost.)
     */
    void terminate() {
        process.toHandle().destroy();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL: nothing of the JVM runs after it
        process.waitFor();
    }

    /** The exit status, waiting at most {@code minutes}; the process is killed (and -1 returned) after that. */
    int await(int minutes) throws InterruptedException {
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            kill();
            return -1;
        }
        return process.exitValue();
    }

    /** Kills the process if it still runs (a failed test must not leave it behind). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private void pump() {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                System.out.println(name + "> " + line);
                lines.add(line);
            }
        } catch (IOException e) {
            // the process was killed: its stderr is gone
        } finally {
            lines.add(END);
        }
    }
}
