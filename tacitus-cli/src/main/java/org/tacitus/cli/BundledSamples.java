package org.tacitus.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sample articles bundled under {@code samples/} on the classpath, copied to a directory to be read as files. */
final class BundledSamples {

    private BundledSamples() {
    }

    /** Copies every bundled sample into {@code target} and returns the copied files in name order. */
    static List<Path> copyTo(Path target) throws IOException {
        URL url = BundledSamples.class.getClassLoader().getResource("samples");
        if (url == null) {
            throw new IOException("no bundled samples on the classpath (was the project built?)");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad samples location " + url, e);
        }
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return copyTree(jar.getPath("samples"), target);
            }
        }
        return copyTree(Path.of(uri), target);
    }

    private static List<Path> copyTree(Path from, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> copied = Files.list(target)) {
            return copied.sorted().toList();
        }
    }
}
