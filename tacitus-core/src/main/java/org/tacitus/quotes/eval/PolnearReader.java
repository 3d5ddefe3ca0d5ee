package org.tacitus.quotes.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.tacitus.model.TextSpan;

/**
 * Reads one split of the PolNeAR corpus (Newell, Margolin and Ruths 2018): {@code DIR/text/<stem>.txt} (the
 * article, UTF-8) and {@code DIR/attributions/<stem>_<annotator>.ann} (BRAT standoff, read by the nested
 * {@link BratStandoff}, which checks every span against the text), with the publication dates from
 * {@code metadata.tsv} (columns {@code filename} and {@code publication_date}). Thread-safe: it keeps no state.
 *
 * <p><b>One annotator per article.</b> Some articles were annotated by several annotators to measure agreement; the
 * reader takes the alphabetically first annotator's file of each article (by annotator id, which is what PolNeAR's
 * file names carry) so that the gold is one consistent annotation, and counts the files it did not read.
 *
 * <p><b>Attributions.</b> Each {@code Attribution} or {@code Attribution-no-source} event becomes a
 * {@link GoldAttribution}: its {@code Content}, {@code Content2}… arguments make the content fragments, its first
 * {@code Source} and {@code Cue} the source and cue. An event without any content is left out and counted (PolNeAR
 * has a few); one whose content annotation failed the offset check is left out and reported with that check.
 * {@code Discuss} and {@code Discard} annotations and annotator notes are not attributions and are skipped.
 */
public final class PolnearReader {

    private PolnearReader() {
    }

    /** Something in an annotation file that could not be used, with the file, the 1-based line and the reason. */
    public record Dropped(String doc, String file, int line, String annotation, String reason) {
    }

    /**
     * The documents of one split and what reading them found.
     *
     * @param otherAnnotatorFiles  further annotators' files of the same articles, not read
     * @param spansChecked         text-bound annotations whose offsets read their text
     * @param withoutContent       attribution events with no content argument, left out
     * @param dropped              annotations and attributions left out, with the reason
     * @param unannotated          text files without any annotation file, not read
     * @param orphans              annotation files without a text file, not read
     */
    public record Corpus(List<PolnearDocument> documents, int otherAnnotatorFiles,
                         long spansChecked, int withoutContent, List<Dropped> dropped, List<String> unannotated,
                         List<String> orphans) {

        public Corpus {
            documents = List.copyOf(documents);
            dropped = List.copyOf(dropped);
            unannotated = List.copyOf(unannotated);
            orphans = List.copyOf(orphans);
        }

        public long goldCount() {
            return documents.stream().mapToLong(d -> d.gold().size()).sum();
        }

        public long directCount() {
            return documents.stream().mapToLong(d -> d.direct().size()).sum();
        }

        public long dated() {
            return documents.stream().filter(d -> d.published() != null).count();
        }

        /** One line: documents, gold attributions (direct ones among them) and the checks behind them. */
        public String summary() {
            return documents.size() + " documents (" + dated() + " dated), " + goldCount() + " gold attributions, "
                    + directCount() + " of them direct quotes; annotations: the alphabetically first annotator's "
                    + "file of each article (" + otherAnnotatorFiles + " other annotators' files not read); offsets: "
                    + spansChecked + " spans read as code points matched their text, " + dropped.size()
                    + " annotations dropped; " + withoutContent + " attributions without a content left out";
        }
    }

    /** The documents of {@code dir}, dated from {@code metadataTsv} (null: every date unknown). */
    public static List<PolnearDocument> read(Path dir, Path metadataTsv) throws IOException {
        return load(dir, metadataTsv).documents();
    }

    /**
     * Reads a split and reports what did not fit.
     *
     * @param dir         a directory with {@code text/} and {@code attributions/}
     * @param metadataTsv PolNeAR's {@code metadata.tsv}, or null to leave every date unknown
     * @throws IOException when a directory or the metadata is missing or unreadable, a text is not UTF-8, or the
     *                     metadata lacks its columns; the message names the file
     */
    public static Corpus load(Path dir, Path metadataTsv) throws IOException {
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        for (Path d : List.of(textDir, annDir)) {
            if (!Files.isDirectory(d)) {
                throw new NoSuchFileException(d.toString(), null, "not a directory (a PolNeAR split has text/ and "
                        + "attributions/)");
            }
        }
        Map<String, LocalDate> dates = metadataTsv == null ? Map.of() : dates(metadataTsv);
        Map<String, Path> texts = new TreeMap<>();
        for (Path p : list(textDir, "*.txt")) {
            String name = p.getFileName().toString();
            texts.put(name.substring(0, name.length() - ".txt".length()), p);
        }
        // stem -> annotator -> file, annotators in alphabetical order
        Map<String, TreeMap<String, Path>> annotations = new TreeMap<>();
        for (Path p : list(annDir, "*.ann")) {
            String name = p.getFileName().toString();
            String base = name.substring(0, name.length() - ".ann".length());
            int underscore = base.lastIndexOf('_');
            String stem = underscore > 0 ? base.substring(0, underscore) : base;
            String annotator = underscore > 0 ? base.substring(underscore + 1) : "";
            annotations.computeIfAbsent(stem, k -> new TreeMap<>()).put(annotator, p);
        }
        List<PolnearDocument> documents = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        List<String> unannotated = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        int others = 0;
        long checked = 0;
        int withoutContent = 0;
        for (Map.Entry<String, Path> t : texts.entrySet()) {
            String stem = t.getKey();
            TreeMap<String, Path> byAnnotator = annotations.get(stem);
            if (byAnnotator == null) {
                unannotated.add(stem);
                continue;
            }
            others += byAnnotator.size() - 1;
            Path annFile = byAnnotator.firstEntry().getValue();
            String text = readUtf8(t.getValue());
            BratStandoff.Parsed parsed = BratStandoff.parse(readUtf8(annFile), text);
            checked += parsed.checked();
            String file = annFile.getFileName().toString();
            for (BratStandoff.Issue i : parsed.issues()) {
                dropped.add(new Dropped(stem, file, i.line(), i.annotation(), i.reason()));
            }
            List<GoldAttribution> gold = new ArrayList<>();
            for (BratStandoff.Event e : parsed.events()) {
                if (!e.type().startsWith("Attribution")) {
                    continue;
                }
                if (e.arguments().stream().noneMatch(a -> isRole(a.role(), "Content"))) {
                    withoutContent++;
                    continue;
                }
                GoldAttribution g = attribution(stem, file, text, e, parsed.textBounds(), dropped);
                if (g != null) {
                    gold.add(g);
                }
            }
            documents.add(new PolnearDocument(stem, text, dates.get(stem), gold));
        }
        for (String stem : annotations.keySet()) {
            if (!texts.containsKey(stem)) {
                orphans.add(stem);
            }
        }
        return new Corpus(documents, others, checked, withoutContent, dropped, unannotated,
                orphans);
    }

    private static GoldAttribution attribution(String doc, String file, String text, BratStandoff.Event e,
                                               Map<String, BratStandoff.TextBound> textBounds,
                                               List<Dropped> dropped) {
        List<TextSpan> content = new ArrayList<>();
        TextSpan source = null;
        TextSpan cue = null;
        for (BratStandoff.Argument a : e.arguments()) {
            BratStandoff.TextBound t = textBounds.get(a.id());
            boolean isContent = isRole(a.role(), "Content");
            if (t == null) {
                if (isContent || isRole(a.role(), "Source") || isRole(a.role(), "Cue")) {
                    dropped.add(new Dropped(doc, file, e.line(), e.id(), a.role() + " " + a.id()
                            + (isContent ? " is not usable: attribution left out" : " is not usable: left empty")));
                }
                if (isContent) {
                    return null;
                }
                continue;
            }
            if (isContent) {
                content.addAll(t.fragments());
            } else if (isRole(a.role(), "Source") && source == null) {
                source = t.hull(text);
            } else if (isRole(a.role(), "Cue") && cue == null) {
                cue = t.hull(text);
            }
        }
        return GoldAttribution.of(merged(content, text), source, cue);
    }

    /** Fragments in order, overlapping ones (from two content annotations) merged into one. */
    private static List<TextSpan> merged(List<TextSpan> fragments, String text) {
        List<TextSpan> sorted = new ArrayList<>(fragments);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan t : sorted) {
            TextSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && t.start() < last.end()) {
                int end = Math.max(last.end(), t.end());
                out.set(out.size() - 1, new TextSpan(last.start(), end, text.substring(last.start(), end)));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code Content}, {@code Content2}…: the role name, optionally numbered. */
    private static boolean isRole(String role, String name) {
        return role.startsWith(name) && role.substring(name.length()).chars().allMatch(Character::isDigit);
    }

    /** Publication dates by file stem; a date that does not parse is left unknown. */
    static Map<String, LocalDate> dates(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(tsv + ": empty metadata");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("filename");
        int date = header.indexOf("publication_date");
        if (file < 0 || date < 0) {
            throw new IOException(tsv + ": the metadata has no 'filename' and 'publication_date' columns");
        }
        Map<String, LocalDate> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length <= Math.max(file, date)) {
                continue;
            }
            try {
                out.put(f[file].strip(), LocalDate.parse(f[date].strip()));
            } catch (DateTimeParseException e) {
                // "None" and the like: the date stays unknown
            }
        }
        return out;
    }

    private static List<Path> list(Path dir, String glob) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            for (Path p : files) {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static String readUtf8(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8", e);
        }
    }

    /**
     * Parses a BRAT standoff file ({@code .ann}) against its text: text-bound annotations
     * ({@code T3<TAB>Content 120 211;215 230<TAB>the text}) and events ({@code E1<TAB>Attribution:T4 Content:T3
     * Cue:T2 Source:T1}); notes, attributes, relations and the rest are skipped. Stateless.
     *
     * <p><b>Offsets.</b> BRAT is written in Python and counts offsets in Unicode code points; Java strings count UTF-16
     * units, which differ after any character outside the Basic Multilingual Plane (an emoji). Offsets are therefore
     * read as code points and converted, and every text-bound annotation is checked: the text at its fragments, joined
     * with one space as BRAT joins them, must equal the text the file gives for it, whitespace runs compared as one
     * space because PolNeAR's files break a span's text over lines and add blank lines after some records. (On
     * PolNeAR's train and dev sets every one of the 97,146 text-bound spans passes this check; byte offsets would fail
     * on about half of them; no text there has a character outside the BMP, so code points and UTF-16 agree.) An
     * annotation that fails the check, or whose offsets do not parse or lie outside the text, is left out and reported
     * as an {@link Issue}, never silently.
     */
    static final class BratStandoff {

        /** A line that starts a record: an id letter, a number, a tab. Any other line continues the record before. */
        private static final Pattern RECORD = Pattern.compile("^[TERAMN*#]\\d*\t");
        private static final Pattern WHITESPACE = Pattern.compile("\\s+");

        /** A text-bound annotation whose fragments were checked against the text. */
        record TextBound(String id, String type, List<TextSpan> fragments, int line) {

            TextBound {
                fragments = List.copyOf(fragments);
            }

            /** The span from the first fragment's start to the last fragment's end. */
            TextSpan hull(String text) {
                int start = fragments.get(0).start();
                int end = fragments.get(fragments.size() - 1).end();
                return new TextSpan(start, end, text.substring(start, end));
            }
        }

        /** One argument of an event: its role ({@code Content}, {@code Content2}, {@code Source}…) and the id. */
        record Argument(String role, String id) {
        }

        /** An event: its type, its trigger's id (may be empty) and its arguments in file order. */
        record Event(String id, String type, String trigger, List<Argument> arguments, int line) {

            Event {
                arguments = List.copyOf(arguments);
            }
        }

        /** A record left out, with the 1-based line where it starts in the file. */
        record Issue(int line, String annotation, String reason) {
        }

        /**
         * What one file holds.
         *
         * @param checked the text-bound annotations whose text matched their offsets
         */
        record Parsed(Map<String, TextBound> textBounds, List<Event> events, int checked, List<Issue> issues) {
        }

        private BratStandoff() {
        }

        static Parsed parse(String ann, String text) {
            List<String> records = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            String[] raw = ann.split("\n", -1);
            for (int i = 0; i < raw.length; i++) {
                String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
                if (RECORD.matcher(line).find()) {
                    records.add(line);
                    lines.add(i + 1);
                } else if (!records.isEmpty()) {
                    records.set(records.size() - 1, records.get(records.size() - 1) + "\n" + line);
                }
            }
            Offsets offsets = new Offsets(text);
            Map<String, TextBound> textBounds = new LinkedHashMap<>();
            List<Event> events = new ArrayList<>();
            List<Issue> issues = new ArrayList<>();
            for (int r = 0; r < records.size(); r++) {
                String record = records.get(r);
                int line = lines.get(r);
                String[] fields = record.split("\t", 3);
                String id = fields[0];
                if (id.startsWith("T")) {
                    TextBound t = textBound(id, fields, line, text, offsets, issues);
                    if (t != null) {
                        textBounds.put(id, t);
                    }
                } else if (id.startsWith("E")) {
                    Event e = event(id, fields, line, issues);
                    if (e != null) {
                        events.add(e);
                    }
                }
            }
            return new Parsed(textBounds, events, textBounds.size(), issues);
        }

        private static TextBound textBound(String id, String[] fields, int line, String text, Offsets offsets,
                                           List<Issue> issues) {
            if (fields.length < 3) {
                issues.add(new Issue(line, id, "not 'id<TAB>type offsets<TAB>text'"));
                return null;
            }
            String[] typeAndOffsets = fields[1].split(" ", 2);
            if (typeAndOffsets.length < 2) {
                issues.add(new Issue(line, id, "no offsets"));
                return null;
            }
            List<TextSpan> fragments = new ArrayList<>();
            for (String fragment : typeAndOffsets[1].split(";")) {
                String[] ends = fragment.strip().split(" ");
                int start;
                int end;
                try {
                    if (ends.length != 2) {
                        throw new NumberFormatException(fragment);
                    }
                    start = offsets.toChar(Integer.parseInt(ends[0]));
                    end = offsets.toChar(Integer.parseInt(ends[1]));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    issues.add(new Issue(line, id, "offsets '" + typeAndOffsets[1] + "' do not parse or lie outside "
                            + "the text (" + offsets.codePoints + " code points)"));
                    return null;
                }
                if (end <= start) {
                    issues.add(new Issue(line, id, "empty or reversed fragment '" + fragment + "'"));
                    return null;
                }
                fragments.add(new TextSpan(start, end, text.substring(start, end)));
            }
            fragments.sort(Comparator.comparingInt(TextSpan::start));
            StringBuilder read = new StringBuilder();
            for (int i = 0; i < fragments.size(); i++) {
                if (i > 0 && fragments.get(i).start() < fragments.get(i - 1).end()) {
                    issues.add(new Issue(line, id, "overlapping fragments '" + typeAndOffsets[1] + "'"));
                    return null;
                }
                read.append(i == 0 ? "" : " ").append(fragments.get(i).text());
            }
            if (!normalise(read).equals(normalise(fields[2]))) {
                issues.add(new Issue(line, id, "offsets '" + typeAndOffsets[1] + "' read '" + shorten(read)
                        + "', not '" + shorten(fields[2]) + "'"));
                return null;
            }
            return new TextBound(id, typeAndOffsets[0], fragments, line);
        }

        private static Event event(String id, String[] fields, int line, List<Issue> issues) {
            String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty() || parts[0].indexOf(':') < 0) {
                issues.add(new Issue(line, id, "no 'Type:trigger' in the event"));
                return null;
            }
            String type = parts[0].substring(0, parts[0].indexOf(':'));
            String trigger = parts[0].substring(parts[0].indexOf(':') + 1);
            List<Argument> arguments = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                int colon = parts[i].indexOf(':');
                if (colon <= 0 || colon == parts[i].length() - 1) {
                    issues.add(new Issue(line, id, "argument '" + parts[i] + "' is not 'Role:id'"));
                    continue;
                }
                arguments.add(new Argument(parts[i].substring(0, colon), parts[i].substring(colon + 1)));
            }
            return new Event(id, type, trigger, arguments, line);
        }

        private static String normalise(CharSequence s) {
            return WHITESPACE.matcher(s).replaceAll(" ").strip();
        }

        private static String shorten(CharSequence s) {
            String one = normalise(s);
            return one.length() <= 60 ? one : one.substring(0, 57) + "...";
        }

        /** Converts code-point offsets to UTF-16 offsets; the identity when no character is outside the BMP. */
        private static final class Offsets {
            final String text;
            final int codePoints;

            Offsets(String text) {
                this.text = text;
                this.codePoints = text.codePointCount(0, text.length());
            }

            int toChar(int codePoint) {
                if (codePoint < 0 || codePoint > codePoints) {
                    throw new IndexOutOfBoundsException(codePoint);
                }
                return codePoints == text.length() ? codePoint : text.offsetByCodePoints(0, codePoint);
            }
        }
    }
}
