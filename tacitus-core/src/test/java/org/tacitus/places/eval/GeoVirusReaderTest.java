package org.tacitus.places.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoVirusReaderTest {

    @TempDir
    Path dir;

    static Path fixture() {
        try {
            return Path.of(GeoVirusReaderTest.class.getResource("/geo/geovirus-mini.xml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void offsetsAreShiftedLeftByOneAndEntitiesDecoded() throws IOException {
        List<GeoDocument> docs = GeoVirusReader.read(fixture());

        assertEquals(3, docs.size());
        assertEquals(List.of("geovirus-mini-001", "geovirus-mini-002", "geovirus-mini-003"),
                docs.stream().map(GeoDocument::id).toList());
        assertEquals(List.of(
                new GoldToponym(20, 26, "Geneva", 46.2, 6.15),
                new GoldToponym(89, 93, "Lyon", 45.76, 4.84),
                new GoldToponym(137, 143, "France", 46, 2)), docs.get(0).gold(), "file spans 21:27, 90:94, 138:144");
        GeoDocument second = docs.get(1);
        assertTrue(second.text().startsWith("The Caf\u00e9 & Market in Nairobi closed"), second.text());
        assertEquals(List.of("Nairobi", "Kenya", "DRC", "Africa"),
                second.gold().stream().map(GoldToponym::phrase).toList(), "altName and <continent/> are ignored");
        assertEquals(new GoldToponym(21, 28, "Nairobi", -1.29, 36.82), second.gold().get(0));
        for (GeoDocument d : docs) {
            for (GoldToponym g : d.gold()) {
                assertEquals(g.phrase(), d.text().substring(g.start(), g.end()));
            }
        }
    }

    @Test
    void nestedLocationsAreEachReadAndAnUnshiftedSpanIsRepairedAndReported() throws IOException {
        GeoVirusReader.Corpus corpus = GeoVirusReader.load(fixture());

        GeoDocument third = corpus.documents().get(2);
        assertEquals("Flu cases rose in Manila, the Philippines, while Cebu reported none.", third.text());
        assertEquals(List.of(
                new GoldToponym(18, 24, "Manila", 14.6, 120.98),
                new GoldToponym(30, 41, "Philippines", 13, 122),
                new GoldToponym(49, 53, "Cebu", 10.32, 123.75)), third.gold(), "in text order");
        assertEquals(10, corpus.goldCount());
        assertEquals(9, corpus.shifted());
        assertEquals(List.of(new GeoVirusReader.Repair("geovirus-mini-003", "Philippines", 30, 41, 30)),
                corpus.repairs(), "the fixture writes this one span without GeoVirus's shift");
        assertTrue(corpus.dropped().isEmpty());
        assertEquals("3 documents, 10 gold toponyms; offsets: 9 spans read at start-1 as GeoVirus requires, "
                + "1 repaired by searching the phrase nearby, 0 dropped", corpus.summary());
    }

    @Test
    void locationsThatCannotBePlacedAreDroppedAndReportedWhileTheRestIsKept() throws IOException {
        String text = "Rain fell on Oslo today." + " ".repeat(200) + "Bergen stayed dry.";
        Path file = write("""
                <articles>
                  <article>
                    <source>https://example.org/x</source>
                    <text>%s</text>
                    <locations>
                      %s
                      %s
                      %s
                      %s
                      %s
                    </locations>
                  </article>
                </articles>
                """.formatted(text,
                location("Oslo", 14, 18, "59.91", "10.75"),
                location("Bergen", 14, 20, "60.39", "5.32"), // 200+ characters away: not searched that far
                location("Tromso", 14, 20, "69.65", "18.96"), // not in the text at all
                location("Oslo", 14, 18, "north", "10.75"),
                "<location><name>Oslo</name><start>14</start></location>"));

        GeoVirusReader.Corpus corpus = GeoVirusReader.load(file);

        assertEquals(List.of(new GoldToponym(13, 17, "Oslo", 59.91, 10.75)), corpus.documents().get(0).gold());
        assertEquals(1, corpus.shifted());
        assertEquals(List.of("Bergen", "Tromso", "Oslo", "Oslo"),
                corpus.dropped().stream().map(GeoVirusReader.Dropped::phrase).toList());
        assertTrue(corpus.dropped().get(0).reason().contains("does not spell the name"), corpus.dropped().toString());
        assertTrue(corpus.dropped().get(2).reason().contains("<lat> or <lon>"), corpus.dropped().toString());
        assertTrue(corpus.dropped().get(3).reason().contains("<start> or <end>"), corpus.dropped().toString());
        assertTrue(corpus.dropped().get(0).line() > 1);
    }

    @Test
    void badFilesFailWithTheirName() throws IOException {
        Path broken = write("<articles><article><text>unclosed</article></articles>");
        IOException e = assertThrows(IOException.class, () -> GeoVirusReader.read(broken));
        assertTrue(e.getMessage().contains(broken.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());

        Path noText = write("<articles><article><source>s</source><locations/></article></articles>");
        IOException e2 = assertThrows(IOException.class, () -> GeoVirusReader.read(noText));
        assertTrue(e2.getMessage().contains("no <text>"), e2.getMessage());

        assertThrows(IOException.class, () -> GeoVirusReader.read(dir.resolve("nowhere.xml")));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path file = write("<?xml version=\"1.0\"?>\n<!DOCTYPE articles [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<articles><article><text>a &xxe; b</text><locations/></article></articles>");

        IOException e = assertThrows(IOException.class, () -> GeoVirusReader.read(file),
                "with DTDs off an entity the parser may not read is an error, not an empty string");
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void anEmptyCorpusHasNoDocuments() throws IOException {
        GeoVirusReader.Corpus corpus = GeoVirusReader.load(write("<articles>\n</articles>\n"));
        assertTrue(corpus.documents().isEmpty());
        assertEquals(0, corpus.goldCount());
    }

    private static String location(String name, int start, int end, String lat, String lon) {
        return "<location><name>" + name + "</name><start>" + start + "</start><end>" + end + "</end><lat>" + lat
                + "</lat><lon>" + lon + "</lon><page>https://en.wikipedia.org/wiki/" + name + "</page></location>";
    }

    private Path write(String xml) throws IOException {
        Path file = Files.createTempFile(dir, "geo", ".xml");
        return Files.writeString(file, xml, StandardCharsets.UTF_8);
    }
}
