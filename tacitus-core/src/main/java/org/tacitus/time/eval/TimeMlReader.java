package org.tacitus.time.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tacitus.model.TimeExpression;
import org.tacitus.model.TimexType;

/**
 * Reads TimeML files (TimeBank, AQUAINT, TempEval-3) with StAX. Thread-safe: it keeps no state.
 *
 * <p>The document text is everything inside {@code <TEXT>}: character data kept exactly as the XML parser reports
 * it (entities and character references decoded, line ends normalised to {@code \n} as XML requires), every inline
 * tag ({@code EVENT}, {@code SIGNAL}, {@code TIMEX3}…) removed. The parser runs without namespace processing, so
 * {@code xmlns:xsi} declarations and prefixed attributes are plain attributes, and without DTDs or external
 * entities.
 */
public final class TimeMlReader {

    private static final String CREATION_TIME = "CREATION_TIME";

    private TimeMlReader() {
    }

    /**
     * @throws IOException when the file cannot be read or is not usable TimeML (not well-formed, no {@code <TEXT>},
     *                     a creation time that is not a date, a TIMEX3 type outside DATE/TIME/DURATION/SET); the
     *                     message names the file
     */
    public static TimeMlDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                return parse(stem(file), xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
        } catch (TimeMlException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every {@code *.tml} file under the given directories (walked recursively, hidden files skipped) plus the
     * files given directly, without duplicates, sorted by path.
     *
     * @throws NoSuchFileException when a path does not exist
     */
    public static List<Path> files(List<Path> dirsOrFiles) throws IOException {
        TreeSet<Path> found = new TreeSet<>(Comparator.comparing(Path::toString));
        for (Path p : dirsOrFiles) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tml"))
                            .forEach(found::add);
                }
            } else if (Files.isRegularFile(p)) {
                found.add(p);
            } else {
                throw new NoSuchFileException(p.toString());
            }
        }
        return List.copyOf(found);
    }

    private static XMLInputFactory factory() {
        // The JDK's own implementation, whatever else is on the class path; a fresh one per call keeps this
        // thread-safe (factories are not guaranteed to be).
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private static TimeMlDocument parse(String id, XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = null;
        boolean textDone = false;
        boolean inDct = false;
        String dctValue = null;
        boolean dctFromDctElement = false;
        Deque<OpenTimex> open = new ArrayDeque<>();
        List<TimeExpression> gold = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            boolean inText = text != null && !textDone;
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    if (inText) {
                        if (name.equals("TIMEX3")) {
                            open.push(new OpenTimex(text.length(), attribute(xml, "tid"), attribute(xml, "type"),
                                    attribute(xml, "value"), attribute(xml, "mod")));
                        }
                    } else if (name.equals("TEXT")) {
                        if (text != null) {
                            throw new TimeMlException("more than one <TEXT> element");
                        }
                        text = new StringBuilder();
                    } else if (name.equals("DCT")) {
                        inDct = true;
                    } else if (name.equals("TIMEX3")) {
                        // The creation time: the TIMEX3 inside <DCT>, else one marked CREATION_TIME elsewhere.
                        boolean creation = CREATION_TIME.equals(attribute(xml, "functionInDocument"));
                        if (inDct && !dctFromDctElement || dctValue == null && creation) {
                            dctValue = attribute(xml, "value");
                            dctFromDctElement = inDct;
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = xml.getLocalName();
                    if (inText && name.equals("TIMEX3") && !open.isEmpty()) {
                        OpenTimex t = open.pop();
                        if (text.length() > t.start() && t.value() != null && !t.value().isBlank()) {
                            gold.add(new TimeExpression(t.start(), text.length(),
                                    text.substring(t.start()), type(t), t.value().strip(), mod(t)));
                        }
                    } else if (inText && name.equals("TEXT")) {
                        textDone = true;
                    } else if (name.equals("DCT")) {
                        inDct = false;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        text.append(xml.getText());
                    }
                }
                default -> {
                    // comments, processing instructions and the DTD carry no text
                }
            }
        }
        if (text == null) {
            throw new TimeMlException("no <TEXT> element");
        }
        gold.sort(Comparator.comparingInt(TimeExpression::start).thenComparingInt(TimeExpression::end));
        return new TimeMlDocument(id, text.toString(), date(dctValue), gold);
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            int colon = name.indexOf(':'); // without namespace processing a prefix may stay in the name
            if (name.substring(colon + 1).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static TimexType type(OpenTimex t) {
        try {
            return TimexType.valueOf(String.valueOf(t.type()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TimeMlException("TIMEX3 " + t.tid() + " has type '" + t.type()
                    + "' (expected DATE, TIME, DURATION or SET)");
        }
    }

    private static LocalDate date(String dctValue) {
        if (dctValue == null) {
            return null;
        }
        String v = dctValue.strip();
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new TimeMlException("the creation time '" + dctValue + "' is not a YYYY-MM-DD date");
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String mod(OpenTimex t) {
        return t.mod() == null || t.mod().isBlank() ? null : t.mod().strip();
    }

    private record OpenTimex(int start, String tid, String type, String value, String mod) {
    }

    /** Usable XML that is not usable TimeML; turned into an IOException naming the file. */
    private static final class TimeMlException extends RuntimeException {
        TimeMlException(String message) {
            super(message);
        }
    }
}
