package org.tacitus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tacitus.model.Actor;
import org.tacitus.model.Article;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;
import org.tacitus.model.EventMention;
import org.tacitus.model.Extraction;
import org.tacitus.model.Participant;
import org.tacitus.model.PlaceMention;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.TextSpan;

/** Seeded random extractions: few types, actors, days and places, so that many reports fall into one cluster. */
public final class RandomExtractions {

    private static final String[] TYPES = {"CONSULT", "AGREE", "ASSAULT"};
    private static final Actor[] ACTORS = {Fixtures.USA, Fixtures.RUSGOV, Fixtures.UKR, Fixtures.ARM};
    private static final String[] SITES = {"https://www.reuters.com/", "https://apnews.com/", "https://bbc.co.uk/",
        null};

    private RandomExtractions() {
    }

    public static List<Extraction> make(long seed, int documents) {
        Random r = new Random(seed);
        List<Extraction> out = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            List<Event> events = new ArrayList<>();
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                String sentence = "Sentence " + k + " of document " + d + " on day " + r.nextInt(1000) + ".";
                int at = text.length();
                text.append(sentence).append(' ');
                TextSpan s = new TextSpan(at, at + sentence.length(), sentence);
                TextSpan word = new TextSpan(at, at + 8, "Sentence");
                List<Participant> src = side(r, word);
                List<Participant> tgt = side(r, word);
                LocalDate day = LocalDate.of(2024, 5, 1).plusDays(r.nextInt(6));
                EventDate date = switch (r.nextInt(4)) {
                    case 0 -> new EventDate(day.toString(), EventDate.Basis.TENSE, EventDate.Relation.BEFORE, null);
                    case 1 -> null;
                    default -> new EventDate(day.toString(), EventDate.Basis.TIMEX, EventDate.Relation.BEFORE, word);
                };
                PlaceMention place = switch (r.nextInt(3)) {
                    case 0 -> new PlaceMention(word, Fixtures.GENEVA);
                    case 1 -> new PlaceMention(word, Fixtures.KYIV);
                    default -> null;
                };
                List<EventMention> mentions = new ArrayList<>();
                for (int m = 0; m <= r.nextInt(2); m++) {
                    mentions.add(new EventMention(k, s, word, src, tgt));
                }
                events.add(new Event("e" + k, TYPES[r.nextInt(TYPES.length)], null, "040", src, tgt, date, place,
                        List.of(), null, mentions));
            }
            String site = SITES[r.nextInt(SITES.length)];
            String body = text.toString();
            Article a = new Article("doc-" + d, body, body, null, site == null ? null : site + "story/" + d,
                    LocalDate.of(2024, 5, 7), List.of(), "random", SourceFormat.JSONL, List.of());
            out.add(new Extraction(a, List.of(), List.of(), events, List.of(), List.of()));
        }
        return out;
    }

    private static List<Participant> side(Random r, TextSpan word) {
        List<Participant> side = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            side.add(new Participant(word, ACTORS[r.nextInt(ACTORS.length)]));
        }
        return side;
    }
}
