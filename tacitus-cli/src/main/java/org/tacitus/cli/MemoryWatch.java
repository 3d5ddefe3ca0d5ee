package org.tacitus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The memory figures of a benchmark: peak heap in use, sampled every 20 ms by a daemon thread (the sum of the
 * per-pool peaks the JVM keeps would overstate it), and peak resident set size from Linux's
 * {@code /proc/self/status} (VmHWM), which also counts code, metaspace, thread stacks and GC structures.
 */
final class MemoryWatch implements AutoCloseable {

    private final Thread sampler;
    private volatile long peakHeap;
    private volatile boolean running = true;

    MemoryWatch() {
        sample();
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "tacitus-bench-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        if (used > peakHeap) {
            peakHeap = used;
        }
    }

    long peakHeapBytes() {
        sample();
        return peakHeap;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Peak resident set size in bytes, when the platform tells (Linux). */
    static OptionalLong peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
