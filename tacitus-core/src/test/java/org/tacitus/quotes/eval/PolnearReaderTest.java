package org.tacitus.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.model.TextSpan;

class PolnearReaderTest {

    private static final String BLOG = "blog_2016-10-05_campaign-goes-online-with-new-ads";
    private static final String WIRE = "wire_2016-10-03_harbour-bridge-vote-set-for-nov";

    @TempDir
    Path dir;

    static Path fixture() {
        try {
            return Path.of(PolnearReaderTest.class.getResource("/polnear-mini").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(List<TextSpan> spans) {
        return spans.stream().map(TextSpan::text).toList();
    }

    @Test
    void theFirstAnnotatorsAttributionsAreReadWithTheirDirectFlagAndDate() throws IOException {
        PolnearReader.Corpus corpus = PolnearReader.load(fixture().resolve("dev"), fixture().resolve("metadata.tsv"));

        assertEquals(List.of(BLOG, WIRE), corpus.documents().stream().map(PolnearDocument::id).toList());
        assertEquals(9, corpus.goldCount());
        assertEquals(6, corpus.directCount());
        assertEquals(1, corpus.otherAnnotatorFiles(), "9f3c's file is kept apart");
        assertEquals(1, corpus.withoutContent());
        assertEquals(46, corpus.spansChecked(), "38 in the gold files, 8 in 9f3c's");

        PolnearDocument wire = corpus.documents().get(1);
        assertEquals(LocalDate.of(2016, 10, 3), wire.published());
        assertEquals(6, wire.gold().size(), "1a2b's six attributions, not 9f3c's two");
        assertEquals(1, wire.others().size(), "9f3c, the second annotator");
        assertEquals(List.of("the city would put the bridge to a vote", "It is a bridge to nowhere"),
                wire.others().get(0).stream().map(GoldAttribution::text).toList());
        assertEquals(List.of(false, false), wire.others().get(0).stream().map(GoldAttribution::direct).toList(),
                "9f3c left the quotation marks out");
        assertEquals("Ana Ruiz", wire.others().get(0).get(1).source().text());
        assertTrue(corpus.documents().get(0).others().isEmpty(), "the blog is annotated once");
        assertEquals(List.of(false, true, true, false, true, true),
                wire.gold().stream().map(GoldAttribution::direct).toList());
        GoldAttribution first = wire.gold().get(0);
        assertEquals(List.of("that the city would put the bridge to a vote in November"), texts(first.content()));
        assertEquals(new TextSpan(38, 54, "Mayor Ellen Park"), first.source());
        assertEquals("said", first.cue().text());

        GoldAttribution discontinuous = wire.gold().get(1);
        assertEquals(List.of(new TextSpan(129, 148, "“We will build it,”"),
                new TextSpan(170, 213, "“and we will pay for it without new taxes.”")), discontinuous.content());
        assertEquals("Park", discontinuous.source().text());
        assertEquals("told reporters", discontinuous.cue().text());
        assertEquals(129, discontinuous.start());
        assertEquals(213, discontinuous.end());

        assertEquals("he", wire.gold().get(2).source().text());
        GoldAttribution noSource = wire.gold().get(3);
        assertNull(noSource.source());
        assertEquals("It is feared", noSource.cue().text());

        GoldAttribution twoContents = wire.gold().get(4);
        assertEquals(List.of("“The bridge is late,”", "“It was promised in 2012.\n\n“Nobody believes the new date.”"),
                texts(twoContents.content()), "Content and Content2, the second over a paragraph break");
        assertEquals("''It is a bridge to nowhere,''", wire.gold().get(5).content().get(0).text());
        assertEquals("Ana Ruiz, a local shop owner", wire.gold().get(5).source().text());
    }

    @Test
    void codePointOffsetsAreConvertedAndABadSpanIsDroppedAndReported() throws IOException {
        PolnearReader.Corpus corpus = PolnearReader.load(fixture().resolve("dev"), fixture().resolve("metadata.tsv"));

        PolnearDocument blog = corpus.documents().get(0);
        assertNull(blog.published(), "the metadata says None");
        assertEquals(3, blog.gold().size(), "the attribution without content is left out");
        // The emoji in the title takes two UTF-16 units: the file's 55:81 is 56:82 in the Java string.
        assertEquals(new TextSpan(56, 82, "its ads would run all week"), blog.gold().get(0).content().get(0));
        assertEquals(new TextSpan(84, 110, "“We love the internet \uD83D\uDE00,”"),
                blog.gold().get(1).content().get(0), "file 83:108, a second emoji inside");
        GoldAttribution partial = blog.gold().get(2);
        assertTrue(partial.direct(), "ends with a quotation mark");
        assertEquals("Supporters “are thrilled”", partial.content().get(0).text());
        assertEquals("the blog", partial.source().text());
        assertNull(partial.cue(), "its cue's offsets are one too far");
        assertFalse(blog.gold().get(0).direct());

        assertEquals(2, corpus.dropped().size(), corpus.dropped().toString());
        PolnearReader.Dropped span = corpus.dropped().get(0);
        assertEquals(BLOG, span.doc());
        assertEquals(BLOG + "_5c7d.ann", span.file());
        assertEquals("T10", span.annotation());
        assertEquals(12, span.line());
        assertTrue(span.reason().contains("read 'laimed.', not 'claimed'"), span.reason());
        assertEquals("E3", corpus.dropped().get(1).annotation());
        assertTrue(corpus.summary().startsWith("2 documents (1 dated), 9 gold attributions, 6 of them direct quotes"),
                corpus.summary());
    }

    @Test
    void withoutMetadataEveryDateIsUnknownAndMissingPiecesAreReported() throws IOException {
        List<PolnearDocument> docs = PolnearReader.read(fixture().resolve("dev"), null);
        assertEquals(2, docs.size());
        assertTrue(docs.stream().allMatch(d -> d.published() == null));

        Path split = Files.createDirectories(dir.resolve("split"));
        assertThrows(IOException.class, () -> PolnearReader.read(split, null), "no text/ nor attributions/");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(split.resolve("text/lonely.txt"), "No one annotated this.", StandardCharsets.UTF_8);
        Files.writeString(split.resolve("attributions/gone_1a2b.ann"), "", StandardCharsets.UTF_8);
        PolnearReader.Corpus corpus = PolnearReader.load(split, null);
        assertEquals(List.of(), corpus.documents());
        assertEquals(List.of("lonely"), corpus.unannotated());
        assertEquals(List.of("gone"), corpus.orphans());

        Path badMeta = Files.writeString(dir.resolve("meta.tsv"), "name\tdate\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> PolnearReader.read(split, badMeta));
        assertTrue(e.getMessage().contains("publication_date"), e.getMessage());
        assertThrows(IOException.class, () -> PolnearReader.read(split, dir.resolve("nowhere.tsv")));
    }

    @Test
    void hostileStandoffIsReportedNotThrown() throws IOException {
        Path split = Files.createDirectories(dir.resolve("hostile"));
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        String text = "“Yes,” she said.";
        Files.writeString(split.resolve("text/a.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(split.resolve("attributions/a_x.ann"), String.join("\n",
                "T1\tContent 0 6\t“Yes,”",
                "T2\tSource 7 10\tshe",
                "T3\tCue 11 99\tsaid",
                "T4\tCue eleven fifteen\tsaid",
                "T5\tCue 15 11\tsaid",
                "T6\tSource 7",
                "E1\tAttribution:T9 Content:T1 Source:T2 Cue:T3",
                "E2\tAttribution:T9 Content:T7 Source:T2",
                "E3\t",
                "garbage that continues E3",
                "T8\tContent 11 15;0 6\tsaid “Yes,”",
                "E4\tAttribution:T9 Content:T8",
                ""), StandardCharsets.UTF_8);

        PolnearReader.Corpus corpus = PolnearReader.load(split, null);

        PolnearDocument a = corpus.documents().get(0);
        assertEquals(2, a.gold().size());
        assertEquals(List.of(new TextSpan(0, 6, "“Yes,”"), new TextSpan(11, 15, "said")), a.gold().get(1).content(),
                "fragments listed out of text order are checked in file order, then sorted");
        assertEquals("“Yes,”", a.gold().get(0).text());
        assertEquals("she", a.gold().get(0).source().text());
        assertNull(a.gold().get(0).cue());
        assertTrue(a.gold().get(0).direct());
        assertEquals(3, corpus.spansChecked());
        assertEquals(List.of("T3", "T4", "T5", "T6", "E3", "E1", "E2"),
                corpus.dropped().stream().map(PolnearReader.Dropped::annotation).toList(), corpus.dropped().toString());
    }

    @Test
    void directMeansTheContentBeginsOrEndsWithAQuotationMarkThatIsNoApostrophe() {
        for (String direct : List.of("“Yes”", "\"Yes\"", " “Yes, but", "and so.” ", "''Yes,''", "``Yes,''",
                "he was “fine”", "‘Yes’", "'Yes, sir", "Clinton ‘Not Fit To Serve.’", "a 'poison pill,'")) {
            assertTrue(GoldAttribution.isDirect(List.of(new TextSpan(0, direct.length(), direct))), direct);
        }
        for (String reported : List.of("that he would", "the Clintons’", "the Joneses'", "a “fine” day",
                "'90s music", "the party’s ‘values’ matter")) {
            assertFalse(GoldAttribution.isDirect(List.of(new TextSpan(0, reported.length(), reported))), reported);
        }
        assertTrue(GoldAttribution.isDirect(List.of(new TextSpan(0, 3, "and"), new TextSpan(10, 14, "so.”"))),
                "the last fragment ends with a mark");
    }
}
