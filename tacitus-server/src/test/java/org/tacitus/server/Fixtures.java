package org.tacitus.server;

import java.time.LocalDate;
import java.util.List;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.Actor;
import org.tacitus.model.Article;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;
import org.tacitus.model.EventMention;
import org.tacitus.model.Extraction;
import org.tacitus.model.Participant;
import org.tacitus.model.Place;
import org.tacitus.model.PlaceMention;
import org.tacitus.model.Quote;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.Speaker;
import org.tacitus.model.TextSpan;
import org.tacitus.pipeline.DocumentResult;

/**
 * Two articles with hand-made events, for the server's tests: US–Russia talks scheduled in Geneva on
 * 2022-01-10 (CONSULT, announced on 2021-12-29, with Russia's accusation against NATO in the same article and a
 * quote by Lavrov), and Ukraine and Turkey to sign a grain deal in Istanbul on 2022-07-22 (AGREE, announced two days ahead).
 */
final class Fixtures {

    static final Actor USA = new Actor("USA", "USA", null, "United States");
    static final Actor RUS = new Actor("RUS", "RUS", null, "Russia");
    static final Actor RUSGOV = new Actor("RUSGOV", "RUS", "GOV", "Sergei Lavrov");
    static final Actor NATO = new Actor("IGONAT", null, null, "NATO");
    static final Actor UKR = new Actor("UKR", "UKR", null, "Ukraine");
    static final Actor TUR = new Actor("TUR", "TUR", null, "Turkey");
    static final Place GENEVA = new Place("Geneva", "CHE", 46.20222, 6.14569, 2660646L);
    static final Place ISTANBUL = new Place("Istanbul", "TUR", 41.01384, 28.94966, 745044L);

    static final String GENEVA_TEXT = "US and Russian officials will hold security talks in Geneva on Jan. 10, "
            + "the State Department said. Moscow accused NATO of provocations near its borders. "
            + "\"We will not back down,\" Lavrov said.";
    static final String GRAIN_TEXT = "Ukraine and Turkey will sign a grain export deal in Istanbul on July 22. "
            + "The agreement reopens three Black Sea ports.";

    private Fixtures() {
    }

    static List<Extraction> extractions() {
        return List.of(geneva(), grain());
    }

    static Extraction geneva() {
        String t = GENEVA_TEXT;
        Article a = article("geneva-talks", t, "US and Russia set Geneva security talks",
                "https://news.example.org/2021/12/29/geneva-talks", LocalDate.of(2021, 12, 29));
        TextSpan s1 = span(t, "US and Russian officials will hold security talks in Geneva on Jan. 10, the State Department said.");
        Participant us = new Participant(span(t, "US"), USA);
        Participant ru = new Participant(span(t, "Russian officials"), RUS);
        Event talks = new Event("e1", "CONSULT", null, "043", List.of(us), List.of(ru),
                new EventDate("2022-01-10", EventDate.Basis.TIMEX, EventDate.Relation.AFTER, span(t, "Jan. 10")),
                new PlaceMention(span(t, "Geneva"), GENEVA), List.of("future", "diplomatic"), null,
                List.of(new EventMention(0, s1, span(t, "hold security talks"), List.of(us), List.of(ru))));
        TextSpan s2 = span(t, "Moscow accused NATO of provocations near its borders.");
        Participant moscow = new Participant(span(t, "Moscow"), RUSGOV);
        Participant nato = new Participant(span(t, "NATO"), NATO);
        Event accuse = new Event("e2", "ACCUSE", null, "112", List.of(moscow), List.of(nato),
                new EventDate("2021-12-29", EventDate.Basis.TENSE, EventDate.Relation.BEFORE, null), null,
                List.of("diplomatic"), null,
                List.of(new EventMention(1, s2, span(t, "accused"), List.of(moscow), List.of(nato))));
        Quote quote = new Quote(span(t, "\"We will not back down,\""), true,
                new Speaker(span(t, "Lavrov"), "Sergei Lavrov", RUSGOV), span(t, "said."));
        return new Extraction(a, List.of(), List.of(), List.of(talks, accuse), List.of(quote), List.of());
    }

    static Extraction grain() {
        String t = GRAIN_TEXT;
        Article a = article("grain-deal", t, "Ukraine and Turkey sign grain deal",
                "https://wire.example.com/grain-deal", LocalDate.of(2022, 7, 20));
        Participant ua = new Participant(span(t, "Ukraine"), UKR);
        Participant tr = new Participant(span(t, "Turkey"), TUR);
        Event deal = new Event("e1", "AGREE", null, "057", List.of(ua), List.of(tr),
                new EventDate("2022-07-22", EventDate.Basis.TIMEX, EventDate.Relation.AFTER, span(t, "July 22")),
                new PlaceMention(span(t, "Istanbul"), ISTANBUL), List.of("diplomatic"), null,
                List.of(new EventMention(0, span(t, "Ukraine and Turkey will sign a grain export deal in Istanbul on July 22."), span(t, "sign"), List.of(ua), List.of(tr))));
        return new Extraction(a, List.of(), List.of(), List.of(deal), List.of(), List.of());
    }

    /** Stands in for the NLP pipeline on posted articles: the article, no events. */
    static DocumentResult extractNothing(ReadResult r) {
        if (r instanceof ReadResult.Failed f) {
            return new DocumentResult.Failed(f.id(), f.problem());
        }
        Article a = ((ReadResult.Read) r).article();
        return new DocumentResult.Extracted(new Extraction(a, List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    static Article article(String id, String text, String title, String url, LocalDate published) {
        return new Article(id, text, text, title, url, published, List.of("A. Reporter"), id + ".txt",
                SourceFormat.TEXT, List.of());
    }

    /** The first occurrence of {@code words} in {@code text}. */
    static TextSpan span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return new TextSpan(at, at + words.length(), words);
    }
}
