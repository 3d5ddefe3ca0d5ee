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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tacitus.model.TextSpan;

/**
 * Reads one split of the PolNeAR corpus (Newell, Margolin and Ruths 2018): {@code DIR/text/<stem>.txt} (the
 * article, UTF-8) and {@code DIR/attributions/<stem>_<annotator>.ann} (BRAT standoff, read by
 * {@link BratStandoff}, which checks every span against the text), with the publication dates from
 * {@code metadata.tsv} (columns {@code filename} and {@code publication_date}). Thread-safe: it keeps no state.
 *
 * <p><b>One annotator per article.</b> Some articles were annotated by several annotators to measure agreement; the
 * reader takes the alphabetically first annotator's file of each article (by annotator id, which is what PolNeAR's
 * file names carry) as the gold, so that the gold is one consistent annotation. The further annotators' files are
 * read too (checked like the first, their problems reported with their file name) and kept apart, in
 * {@link PolnearDocument#others()}, to measure how far two annotators agree; they are never scored as gold.
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
     * @param otherAnnotatorFiles  further annotators' files of the same articles, kept apart from the gold
     * @param spansChecked         text-bound annotations whose offsets read their text, in every file read
     * @param withoutContent       attribution events of the gold with no content argument, left out
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
                    + "file of each article (" + otherAnnotatorFiles + " other annotators' files kept apart for "
                    + "--agreement); offsets: "
                    + spansChecked + " spans read as code points matched their text, " + dropped.size()
                    + " annotations dropped; " + withoutContent
                    + (withoutContent == 1 ? " attribution" : " attributions") + " without a content left out";
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
            String text = readUtf8(t.getValue());
            List<List<GoldAttribution>> byFile = new ArrayList<>();
            for (Path annFile : byAnnotator.values()) {
                String file = annFile.getFileName().toString();
                BratStandoff.Parsed parsed = BratStandoff.parse(readUtf8(annFile), text);
                checked += parsed.checked();
                for (BratStandoff.Issue i : parsed.issues()) {
                    dropped.add(new Dropped(stem, file, i.line(), i.annotation(), i.reason()));
                }
                List<GoldAttribution> attributions = new ArrayList<>();
                for (BratStandoff.Event e : parsed.events()) {
                    if (!e.type().startsWith("Attribution")) {
                        continue;
                    }
                    if (e.arguments().stream().noneMatch(a -> isRole(a.role(), "Content"))) {
                        if (byFile.isEmpty()) {
                            withoutContent++;
                        }
                        continue;
                    }
                    GoldAttribution g = attribution(stem, file, text, e, parsed.textBounds(), dropped);
                    if (g != null) {
                        attributions.add(g);
                    }
                }
                byFile.add(attributions);
            }
            documents.add(new PolnearDocument(stem, text, dates.get(stem), byFile.get(0),
                    byFile.subList(1, byFile.size())));
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
}
