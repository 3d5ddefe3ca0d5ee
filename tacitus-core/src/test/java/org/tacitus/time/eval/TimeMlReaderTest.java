package org.tacitus.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.model.TimeExpression;
import org.tacitus.model.TimexType;

class TimeMlReaderTest {

    @TempDir
    Path dir;

    static Path fixtures() {
        try {
            return Path.of(TimeMlReaderTest.class.getResource("/timeml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void textHasTagsRemovedAndEntitiesDecodedAndGoldOffsetsIndexIt() throws IOException {
        TimeMlDocument doc = TimeMlReader.read(fixtures().resolve("wire-one.tml"));
        assertEquals("wire-one", doc.id());
        assertEquals(LocalDate.of(2021, 3, 4), doc.dct());
        String text = "\nTrade ministers from Ferro & Sons' home region met yesterday in Lom\u00e9 <Togo> and said"
                + " talks would resume next month.\n\n\"We have waited three years,\" one envoy said on Wednesday"
                + " evening.\n";
        assertEquals(text, doc.text());
        assertEquals(List.of(
                new TimeExpression(52, 61, "yesterday", TimexType.DATE, "2021-03-03"),
                new TimeExpression(105, 115, "next month", TimexType.DATE, "2021-04"),
                new TimeExpression(134, 145, "three years", TimexType.DURATION, "P3Y", "APPROX"),
                new TimeExpression(163, 183, "on Wednesday evening", TimexType.TIME, "2021-03-03TEV")),
                doc.gold());
        for (TimeExpression t : doc.gold()) {
            assertEquals(t.text(), doc.text().substring(t.start(), t.end()));
        }
    }

    @Test
    void innerTagsValuelessAndEmptyTimexesCdataAndADctWithATime() throws IOException {
        TimeMlDocument doc = TimeMlReader.read(fixtures().resolve("wire-two.tml"));
        assertEquals("wire-two", doc.id());
        assertEquals(LocalDate.of(1998, 8, 7), doc.dct(), "the date part of 1998-08-07T06:18:00");
        String text = "\nPORT AVEL (Wire) _ The council meets every week, but it met only twice in the past week,"
                + " aides said Friday.\nA vote is due some day 'soon' after <recess> ends.\n";
        assertEquals(text, doc.text());
        assertEquals(List.of(
                new TimeExpression(38, 48, "every week", TimexType.SET, "P1W"),
                new TimeExpression(75, 88, "the past week", TimexType.DURATION, "P1W"),
                new TimeExpression(101, 107, "Friday", TimexType.DATE, "1998-08-07")),
                doc.gold(), "'some day' has no value and the PRESENT_REF timex no text: both skipped");
        for (TimeExpression t : doc.gold()) {
            assertEquals(t.text(), doc.text().substring(t.start(), t.end()));
        }
    }

    @Test
    void aDocumentWithoutCreationTimeHasANullDct() throws IOException {
        Path file = Files.writeString(dir.resolve("bare.tml"),
                "<TimeML><TEXT>Talks end <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1999\">in 1999</TIMEX3>.</TEXT>"
                        + "</TimeML>");
        TimeMlDocument doc = TimeMlReader.read(file);
        assertNull(doc.dct());
        assertEquals("Talks end in 1999.", doc.text());
        assertEquals(List.of(new TimeExpression(10, 17, "in 1999", TimexType.DATE, "1999")), doc.gold());
    }

    @Test
    void unusableFilesFailWithTheirName() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.tml"), "<TimeML><TEXT>Talks <EVENT>end</TEXT>");
        Path noText = Files.writeString(dir.resolve("no-text.tml"), "<TimeML><DOCID>x</DOCID></TimeML>");
        Path badType = Files.writeString(dir.resolve("bad-type.tml"),
                "<TimeML><TEXT><TIMEX3 tid=\"t9\" type=\"ERA\" value=\"X\">then</TIMEX3></TEXT></TimeML>");
        Path badDct = Files.writeString(dir.resolve("bad-dct.tml"),
                "<TimeML><DCT><TIMEX3 type=\"DATE\" value=\"XXXX\">?</TIMEX3></DCT><TEXT>x</TEXT></TimeML>");
        for (Path p : List.of(broken, noText, badType, badDct)) {
            IOException e = assertThrows(IOException.class, () -> TimeMlReader.read(p));
            assertTrue(e.getMessage().contains(p.getFileName().toString()), e.getMessage());
        }
    }

    @Test
    void filesAreTheTmlFilesUnderDirectoriesAndTheFilesGivenSorted() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("b"));
        Files.writeString(sub.resolve("z.tml"), "<TimeML/>");
        Files.writeString(dir.resolve("a.TML"), "<TimeML/>");
        Files.writeString(dir.resolve("c.tml"), "<TimeML/>");
        Files.writeString(dir.resolve("notes.txt"), "not TimeML");
        Files.writeString(dir.resolve(".hidden.tml"), "<TimeML/>");
        Path single = Files.writeString(Files.createTempFile(dir, "single", ".xml"), "<TimeML/>");
        assertEquals(List.of(dir.resolve("a.TML"), sub.resolve("z.tml"), dir.resolve("c.tml")),
                TimeMlReader.files(List.of(dir.resolve("c.tml"), dir, sub)), "sorted, once each, .xml not walked");
        assertEquals(List.of(single), TimeMlReader.files(List.of(single)));
        assertThrows(NoSuchFileException.class, () -> TimeMlReader.files(List.of(dir.resolve("missing"))));
    }
}
