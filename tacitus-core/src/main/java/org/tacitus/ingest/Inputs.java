package org.tacitus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;

/**
 * Turns what the user named on the command line into a lazy stream of read results, in a stable order: each
 * argument in turn; a directory is walked depth-first with its entries sorted by name (hidden files skipped);
 * {@code -} is standard input. The reader is chosen by extension, or by sniffing the content when there is none
 * that we know. A missing or unreadable path becomes a failure for that path and the rest goes on.
 */
public final class Inputs {

    private static final String STAGE = "ingest";

    private final NewsTextReader text = new NewsTextReader();
    private final HtmlReader html = new HtmlReader();
    private final JsonlReader jsonl = new JsonlReader();
    private final WarcReader warc = new WarcReader();
    private final InputStream stdin;

    public Inputs() {
        this(System.in);
    }

    /** For tests: a given stream stands for standard input. */
    public Inputs(InputStream stdin) {
        this.stdin = stdin;
    }

    /** All documents of all arguments, lazily, in order. */
    public Stream<ReadResult> read(List<String> arguments, LocalDate defaultPublished) {
        return arguments.stream().flatMap(arg -> readArgument(arg, defaultPublished));
    }

    private Stream<ReadResult> readArgument(String arg, LocalDate defaultPublished) {
        if (arg.equals("-")) {
            return readStdin(defaultPublished);
        }
        Path path = Path.of(arg);
        if (!Files.exists(path)) {
            return Stream.of(ReadResult.failed(arg,
                    Problem.of(ProblemCode.INPUT_NOT_FOUND, STAGE, arg + ": no such file or directory")));
        }
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !isHidden(path.relativize(p)))
                        .sorted()
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                return Stream.of(ReadResult.failed(arg,
                        Problem.of(ProblemCode.INPUT_UNREADABLE, STAGE, arg + ": cannot list directory: " + e.getMessage())));
            }
            return files.stream().flatMap(f -> readFile(f, idFor(path.relativize(f)), defaultPublished));
        }
        return readFile(path, idFor(path.getFileName()), defaultPublished);
    }

    private Stream<ReadResult> readFile(Path file, String id, LocalDate defaultPublished) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            return Stream.of(ReadResult.failed(id,
                    Problem.of(ProblemCode.INPUT_UNREADABLE, STAGE, file + ": " + e.getMessage())));
        }
        String name = file.getFileName().toString();
        InputDocument input = new InputDocument(id, file.toString(), name, bytes, null);
        return readerFor(name, bytes).read(input, defaultPublished);
    }

    private Stream<ReadResult> readStdin(LocalDate defaultPublished) {
        byte[] bytes;
        try {
            bytes = stdin.readAllBytes();
        } catch (IOException e) {
            return Stream.of(ReadResult.failed("stdin",
                    Problem.of(ProblemCode.INPUT_UNREADABLE, STAGE, "standard input: " + e.getMessage())));
        }
        InputDocument input = new InputDocument("stdin", "-", "stdin", bytes, null);
        return readerFor("stdin", bytes).read(input, defaultPublished);
    }

    /**
     * One document's bytes read as {@link #read(List, LocalDate)} reads a file: the reader chosen by its name,
     * else by its content. For callers that fetch bytes themselves (the Spark job reads through Hadoop).
     */
    public Stream<ReadResult> read(InputDocument input, LocalDate defaultPublished) {
        return readerFor(input.name(), input.bytes()).read(input, defaultPublished);
    }

    /** The reader for a file name, or by content when the extension says nothing. */
    ArticleReader readerFor(String name, byte[] bytes) {
        return Format.byName(name).or(() -> Format.sniff(bytes)).map(this::reader).orElse(text);
    }

    private ArticleReader reader(Format format) {
        return switch (format) {
            case TEXT -> text;
            case HTML -> html;
            case JSONL -> jsonl;
            case WARC -> warc;
        };
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A document id from a path: its parts joined by {@code /}, without the format extension. */
    public static String idFor(Path relative) {
        StringBuilder id = new StringBuilder();
        for (Path part : relative) {
            if (id.length() > 0) {
                id.append('/');
            }
            id.append(part);
        }
        String s = id.toString();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".warc.gz", ".markdown", ".jsonl", ".ndjson", ".xhtml", ".html", ".htm", ".warc",
                ".txt", ".md")) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return s.substring(0, s.length() - ext.length());
            }
        }
        return s;
    }

    private enum Format {
        TEXT, HTML, JSONL, WARC;

        static Optional<Format> byName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
                return Optional.of(WARC);
            }
            if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
                return Optional.of(HTML);
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                return Optional.of(JSONL);
            }
            if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md") || n.endsWith(".markdown")) {
                return Optional.of(TEXT);
            }
            return Optional.empty();
        }

        static Optional<Format> sniff(byte[] bytes) {
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
                return Optional.of(WARC); // gzip: the only compressed input we read
            }
            String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                    .replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").stripLeading();
            String lower = head.toLowerCase(Locale.ROOT);
            if (head.startsWith("WARC/")) {
                return Optional.of(WARC);
            }
            if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
                    || lower.startsWith("<head") || lower.startsWith("<body")) {
                return Optional.of(HTML);
            }
            if (head.startsWith("{")) {
                return Optional.of(JSONL);
            }
            return Optional.of(TEXT);
        }
    }
}
