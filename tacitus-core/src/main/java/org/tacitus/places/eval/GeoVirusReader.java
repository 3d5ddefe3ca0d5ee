package org.tacitus.places.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the GeoVirus corpus (Gritta et al. 2018: {@code <articles><article><source/><text/><locations>
 * <location><name/><altName/>?<start/><end/><lat/><lon/><page/><continent/>?</location>…</locations></article>…})
 * with StAX. Thread-safe: it keeps no state.
 *
 * <p><b>The offset correction.</b> GeoVirus's {@code start}/{@code end} are one character too far: the phrase is
 * {@code text[start-1, end-1)} (checked for all 2,170 locations of the released file). The reader therefore reads
 * each span shifted left by one and checks that it spells the {@code name}. When it does not, the reader searches
 * the name within {@value #SEARCH_WINDOW} characters of the shifted start, takes the nearest occurrence and records a
 * {@link Repair}; when the name is not there either, or a field is missing or not a number, the location is left
 * out and recorded as {@link Dropped}. Both lists come back with the documents ({@link #load}) so that the
 * evaluation can say how much of the gold it had to fix.
 *
 * <p>The release also has one {@code <location>} whose first children are further {@code <location>} elements
 * and whose own fields follow them; every {@code <location>} is read as one toponym from its own direct fields,
 * wherever it is nested. The parser runs without namespaces, DTDs or external entities; text is kept as the parser
 * reports it (entities decoded, line ends normalised), which is what GeoVirus's offsets count.
 */
public final class GeoVirusReader {

    /** How far from the shifted start a mismatching phrase is searched for, in characters either way. */
    public static final int SEARCH_WINDOW = 100;

    private GeoVirusReader() {
    }

    /**
     * A gold span that did not spell its phrase after the shift and was found nearby instead.
     *
     * @param fileStart the start as written in the file
     * @param fileEnd   the end as written in the file
     * @param start     the corrected 0-based start
     */
    public record Repair(String doc, String phrase, int fileStart, int fileEnd, int start) {
    }

    /** A location left out of the gold, with the reason and the line of its {@code <location>} tag. */
    public record Dropped(String doc, int line, String phrase, String reason) {
    }

    /**
     * The documents of one file and what the offset correction had to do.
     *
     * @param shifted locations whose span, shifted left by one, spelled their phrase
     */
    public record Corpus(List<GeoDocument> documents, int shifted, List<Repair> repairs, List<Dropped> dropped) {

        public Corpus {
            documents = List.copyOf(documents);
            repairs = List.copyOf(repairs);
            dropped = List.copyOf(dropped);
        }

        public int goldCount() {
            return documents.stream().mapToInt(d -> d.gold().size()).sum();
        }

        /** One line: documents, gold toponyms and the offset check. */
        public String summary() {
            return documents.size() + " documents, " + goldCount() + " gold toponyms; offsets: " + shifted
                    + " spans read at start-1 as GeoVirus requires, " + repairs.size()
                    + " repaired by searching the phrase nearby, " + dropped.size() + " dropped";
        }
    }

    /** The documents of a GeoVirus file, with the offsets corrected; see {@link #load} for what went wrong. */
    public static List<GeoDocument> read(Path file) throws IOException {
        return load(file).documents();
    }

    /**
     * Reads a GeoVirus file and reports the offset corrections.
     *
     * @throws IOException when the file cannot be read, is not well-formed XML, or has an article without
     *                     {@code <text>}; the message names the file
     */
    public static Corpus load(Path file) throws IOException {
        String stem = stem(file);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                return parse(stem, xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
        } catch (GeoVirusException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own implementation, a fresh one per call (factories are not guaranteed to be thread-safe).
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private static Corpus parse(String stem, XMLStreamReader xml) throws XMLStreamException {
        List<GeoDocument> documents = new ArrayList<>();
        Counts counts = new Counts();
        OpenArticle article = null;
        Deque<OpenLocation> locations = new ArrayDeque<>();
        StringBuilder chars = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    chars.setLength(0);
                    String name = xml.getLocalName();
                    if (name.equals("article")) {
                        article = new OpenArticle(String.format("%s-%03d", stem, documents.size() + 1),
                                xml.getLocation().getLineNumber());
                        locations.clear();
                    } else if (name.equals("location") && article != null) {
                        locations.push(new OpenLocation(xml.getLocation().getLineNumber()));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = xml.getLocalName();
                    if (article == null) {
                        break;
                    }
                    if (name.equals("article")) {
                        documents.add(article.build(counts));
                        article = null;
                    } else if (name.equals("location")) {
                        if (!locations.isEmpty()) {
                            article.locations.add(locations.pop());
                        }
                    } else if (!locations.isEmpty()) {
                        locations.peek().fields.putIfAbsent(name, chars.toString());
                    } else if (name.equals("text")) {
                        article.text = chars.toString();
                    }
                    chars.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        chars.append(xml.getText());
                default -> {
                    // comments, processing instructions and the DTD carry nothing GeoVirus uses
                }
            }
        }
        return new Corpus(documents, counts.shifted, counts.repairs, counts.dropped);
    }

    /** The gold toponym of one location, or empty (recorded in {@code counts}) when it cannot be placed. */
    private static GoldToponym toponym(String doc, String text, OpenLocation loc, Counts counts) {
        String phrase = loc.fields.get("name") == null ? "" : loc.fields.get("name").strip();
        if (phrase.isEmpty()) {
            counts.dropped.add(new Dropped(doc, loc.line, phrase, "no <name>"));
            return null;
        }
        Integer fileStart = integer(loc.fields.get("start"));
        Integer fileEnd = integer(loc.fields.get("end"));
        Double lat = number(loc.fields.get("lat"));
        Double lon = number(loc.fields.get("lon"));
        if (fileStart == null || fileEnd == null) {
            counts.dropped.add(new Dropped(doc, loc.line, phrase, "<start> or <end> missing or not an integer"));
            return null;
        }
        if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            counts.dropped.add(new Dropped(doc, loc.line, phrase, "<lat> or <lon> missing or out of range"));
            return null;
        }
        int start = fileStart - 1; // GeoVirus counts one too far; see the class comment
        if (fileEnd - fileStart == phrase.length() && start >= 0 && text.startsWith(phrase, start)) {
            counts.shifted++;
            return new GoldToponym(start, start + phrase.length(), phrase, lat, lon);
        }
        int found = nearest(text, phrase, start);
        if (found < 0) {
            counts.dropped.add(new Dropped(doc, loc.line, phrase, "span " + fileStart + ":" + fileEnd
                    + " does not spell the name, nor is it within " + SEARCH_WINDOW + " characters"));
            return null;
        }
        counts.repairs.add(new Repair(doc, phrase, fileStart, fileEnd, found));
        return new GoldToponym(found, found + phrase.length(), phrase, lat, lon);
    }

    /** The occurrence of {@code phrase} starting nearest to {@code around} within the window, or -1. */
    private static int nearest(String text, String phrase, int around) {
        int from = Math.max(0, around - SEARCH_WINDOW);
        int best = -1;
        for (int i = text.indexOf(phrase, from); i >= 0 && i <= around + SEARCH_WINDOW;
             i = text.indexOf(phrase, i + 1)) {
            if (best < 0 || Math.abs(i - around) < Math.abs(best - around)) {
                best = i;
            }
        }
        return best;
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String s) {
        try {
            double d = s == null ? Double.NaN : Double.parseDouble(s.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static final class Counts {
        int shifted;
        final List<Repair> repairs = new ArrayList<>();
        final List<Dropped> dropped = new ArrayList<>();
    }

    private static final class OpenLocation {
        final int line;
        final Map<String, String> fields = new HashMap<>();

        OpenLocation(int line) {
            this.line = line;
        }
    }

    private static final class OpenArticle {
        final String id;
        final int line;
        final List<OpenLocation> locations = new ArrayList<>();
        String text;

        OpenArticle(String id, int line) {
            this.id = Objects.requireNonNull(id);
            this.line = line;
        }

        GeoDocument build(Counts counts) {
            if (text == null) {
                throw new GeoVirusException("the article at line " + line + " has no <text>");
            }
            List<GoldToponym> gold = new ArrayList<>();
            for (OpenLocation loc : locations) {
                GoldToponym t = toponym(id, text, loc, counts);
                if (t != null) {
                    gold.add(t);
                }
            }
            return new GeoDocument(id, text, gold);
        }
    }

    /** Well-formed XML that is not usable GeoVirus; turned into an IOException naming the file. */
    private static final class GeoVirusException extends RuntimeException {
        GeoVirusException(String message) {
            super(message);
        }
    }
}
