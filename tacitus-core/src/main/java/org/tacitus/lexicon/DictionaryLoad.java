package org.tacitus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What loading one dictionary gave: the entries read, in file order, and the problems met on the way. Bad input
 * never throws: each problem is one line of text naming the file and, where there is one, the line
 * ({@code "Phoenix.agents.txt:123: unbalanced bracket"}); the offending line is skipped and reading goes on. A
 * file that cannot be found or read is a single problem and no entries.
 *
 * @param entries  what was read ({@link ActorName}s or {@link RoleWord}s)
 * @param problems human-readable problems, in file order
 * @param <T>      the entry type
 */
public record DictionaryLoad<T>(List<T> entries, List<String> problems) {

    public DictionaryLoad {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** True when the file was read without any problem. */
    public boolean clean() {
        return problems.isEmpty();
    }

    // ---- shared by the readers of this package ----

    /** {@code "file:line: message"}. */
    static String problem(String source, int line, String message) {
        return source + ":" + line + ": " + message;
    }

    /** The name problems use for a file: its last path element. */
    static String sourceName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * The lines of a UTF-8 file (a leading byte-order mark dropped). A line that is not valid UTF-8 is reported
     * and comes back as null, so line numbers stay right. Null when the file cannot be read (reported).
     */
    static List<String> lines(Path file, List<String> problems) {
        Objects.requireNonNull(file, "file");
        String source = sourceName(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(source + ": no such file: " + file);
            return null;
        } catch (IOException e) {
            problems.add(source + ": cannot read " + file + ": " + e.getMessage());
            return null;
        }
        try {
            return withoutBom(new ArrayList<>(strictUtf8(bytes, 0, bytes.length).lines().toList()));
        } catch (CharacterCodingException e) {
            return linewise(bytes, source, problems);
        }
    }

    /** The lines of already-decoded text. Null when reading fails (reported). */
    static List<String> lines(Reader in, String source, List<String> problems) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line);
            }
        } catch (IOException e) {
            problems.add(source + ": cannot read: " + e.getMessage());
            return null;
        }
        return withoutBom(out);
    }

    /** Slow path for a file with bad bytes: decode line by line to name the bad lines exactly. */
    private static List<String> linewise(byte[] bytes, String source, List<String> problems) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            try {
                out.add(strictUtf8(bytes, start, stop - start));
            } catch (CharacterCodingException e) {
                problems.add(problem(source, out.size() + 1, "not valid UTF-8; line skipped"));
                out.add(null);
            }
            start = end + 1;
        }
        return withoutBom(out);
    }

    private static String strictUtf8(byte[] bytes, int offset, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, length))
                .toString();
    }

    private static List<String> withoutBom(List<String> lines) {
        if (!lines.isEmpty() && lines.get(0) != null && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }
}
