package org.tacitus.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.tacitus.ingest.Inputs;

/**
 * Files through Hadoop's {@code FileSystem}: listing on the driver, reading on the executors. Carries the driver's
 * Hadoop settings (credentials of {@code s3a:} included) to the executors as plain strings. Serialisable.
 */
final class HadoopFiles implements Serializable {

    private final Map<String, String> settings;

    HadoopFiles(Configuration conf) {
        Map<String, String> copy = new HashMap<>();
        conf.forEach(e -> copy.put(e.getKey(), e.getValue()));
        this.settings = copy;
    }

    private Configuration conf() {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }

    /** What a listing found: the files, in {@code tacitus extract}'s order and with its ids, and what is missing. */
    record Listing(List<InputFile> files, List<String> missing) {
    }

    /**
     * The files of the arguments, each argument in turn: a directory walked with its files sorted by path
     * (hidden ones skipped), as {@link Inputs} does locally.
     */
    Listing list(List<String> arguments) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Configuration conf = conf();
        for (String arg : arguments) {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(arg);
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                missing.add(arg);
                continue;
            }
            org.apache.hadoop.fs.Path qualified = fs.makeQualified(root);
            if (!fs.getFileStatus(qualified).isDirectory()) {
                files.add(new InputFile(qualified.toString(), Inputs.idFor(Path.of(qualified.getName())),
                        qualified.getName()));
                continue;
            }
            List<InputFile> found = new ArrayList<>();
            String prefix = qualified.toUri().getPath();
            prefix = prefix.endsWith("/") ? prefix : prefix + "/";
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
            while (it.hasNext()) {
                LocatedFileStatus status = it.next();
                String relative = status.getPath().toUri().getPath().substring(prefix.length());
                if (!hidden(relative)) {
                    found.add(new InputFile(status.getPath().toString(), Inputs.idFor(Path.of(relative)),
                            status.getPath().getName()));
                }
            }
            found.sort(java.util.Comparator.comparing(InputFile::path));
            files.addAll(found);
        }
        return new Listing(files, missing);
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A whole file's bytes (a WARC file is read whole, as {@code tacitus extract} reads it). */
    byte[] readAll(InputFile file) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.path());
        try (InputStream in = path.getFileSystem(conf()).open(path)) {
            return in.readAllBytes();
        }
    }

    /** The lines of a JSON Lines file, lazily, numbered from 1, blank ones skipped; a leading BOM dropped. */
    Iterator<WorkItem> lines(InputFile file) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.path());
        BufferedReader reader = new BufferedReader(new InputStreamReader(path.getFileSystem(conf()).open(path),
                StandardCharsets.UTF_8));
        return new Iterator<>() {
            private int number;
            private WorkItem next = advance();

            private WorkItem advance() {
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        number++;
                        if (number == 1 && line.startsWith("\uFEFF")) {
                            line = line.substring(1);
                        }
                        if (!line.isBlank()) {
                            return WorkItem.jsonLine(file, number, line);
                        }
                    }
                    reader.close();
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(file.path() + ": " + e.getMessage(), e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public WorkItem next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                WorkItem current = next;
                next = advance();
                return current;
            }
        };
    }
}
