// A copy of tacitus-store's test fixture of the same name (Maven cannot share test classes across modules
// without installing a test jar): the Spark job's dedup is checked against the store on the same reports.
package org.tacitus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tacitus.model.Actor;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
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

/**
 * Hand-made extractions for the store's tests: five articles from three publishers about US–Russia talks in
 * Geneva (one real-world meeting reported four times, one later round), a Russian assault in Kyiv, and a planned
 * agreement signing.
 */
public final class Fixtures {

    public static final Actor USA = new Actor("USA", "USA", null, "United States");
    public static final Actor RUSGOV = new Actor("RUSGOV", "RUS", "GOV", "Russia");
    public static final Actor RUSMIL = new Actor("RUSMIL", "RUS", "MIL", "Russian armed forces");
    public static final Actor UKR = new Actor("UKR", "UKR", null, "Ukraine");
    public static final Actor ARM = new Actor("ARM", "ARM", null, "Armenia");
    public static final Actor AZE = new Actor("AZE", "AZE", null, "Azerbaijan");
    public static final Place GENEVA = new Place("Geneva", "CHE", 46.2022, 6.1457, 2660646L);
    public static final Place KYIV = new Place("Kyiv", "UKR", 50.4547, 30.5238, 703448L);
    public static final Place WASHINGTON = new Place("Washington", "USA", 38.8951, -77.0364, 4140963L);

    private Fixtures() {
    }

    /** Reuters, 2022-01-05: talks in Geneva on Jan. 10, with a quote by Lavrov; two mentions of the talks. */
    public static Extraction reutersTalks() {
        String text = "US and Russian diplomats will hold talks in Geneva on Jan. 10. "
                + "The talks are the first since the summit. "
                + "\"We will not back down,\" Lavrov said.";
        Article a = article("reuters-talks", "https://www.reuters.com/world/talks", LocalDate.of(2022, 1, 5), text);
        Event talks = event(text, "CONSULT", "040", List.of(p(text, "US", USA)), List.of(p(text, "Russian", RUSGOV)),
                timex(text, "Jan. 10", "2022-01-10"), place(text, "Geneva", GENEVA),
                mention(text, 0, "US and Russian diplomats will hold talks in Geneva on Jan. 10.", "hold talks"),
                mention(text, 1, "The talks are the first since the summit.", "talks"));
        Quote q = new Quote(span(text, "\"We will not back down,\""), true,
                new Speaker(span(text, "Lavrov"), "Sergei Lavrov", RUSGOV), span(text, "said"));
        return new Extraction(a, List.of(), List.of(entity(text, "Geneva", null, GENEVA),
                entity(text, "Lavrov", RUSGOV, null)), List.of(talks), List.of(q), List.of());
    }

    /** AP, 2022-01-06: the same talks, dated Jan. 10, no quote. */
    public static Extraction apTalks() {
        String text = "Washington and Moscow meet in Geneva on Monday, Jan. 10, to discuss security.";
        Article a = article("ap-talks", "https://apnews.com/article/talks", LocalDate.of(2022, 1, 6), text);
        Event talks = event(text, "CONSULT", "040", List.of(p(text, "Washington", USA)),
                List.of(p(text, "Moscow", RUSGOV)), timex(text, "Jan. 10", "2022-01-10"), place(text, "Geneva", GENEVA),
                mention(text, 0, text, "meet"));
        return new Extraction(a, List.of(), List.of(), List.of(talks), List.of(), List.of());
    }

    /** Reuters again, 2022-01-11: the talks "yesterday" dated Jan. 11 (a day off), no place. */
    public static Extraction reutersFollowUp() {
        String text = "Russia and the United States ended their talks on Jan. 11 without a deal.";
        Article a = article("reuters-followup", "https://www.reuters.com/world/followup", LocalDate.of(2022, 1, 11),
                text);
        Event talks = event(text, "CONSULT", "040", List.of(p(text, "the United States", USA)),
                List.of(p(text, "Russia", RUSGOV)), timex(text, "Jan. 11", "2022-01-11"), null,
                mention(text, 0, text, "talks"));
        return new Extraction(a, List.of(), List.of(), List.of(talks), List.of(), List.of());
    }

    /** A JSONL brief without URL, 2022-01-12: a later round on Jan. 20 (not the same event) and a Kyiv assault. */
    public static Extraction briefLaterRound() {
        String text = "US officials will meet Russian envoys again on Jan. 20. "
                + "Russian forces shelled Kyiv on Jan. 12, Ukraine said.";
        Article a = article("brief-7", null, LocalDate.of(2022, 1, 12), text);
        Event round = event(text, "CONSULT", "040", List.of(p(text, "US officials", USA)),
                List.of(p(text, "Russian envoys", RUSGOV)), timex(text, "Jan. 20", "2022-01-20"), null,
                mention(text, 0, "US officials will meet Russian envoys again on Jan. 20.", "meet"));
        Event shelling = event(text, "ASSAULT", "190", List.of(p(text, "Russian forces", RUSMIL)),
                List.of(p(text, "Kyiv", UKR)), timex(text, "Jan. 12", "2022-01-12"), place(text, "Kyiv", KYIV),
                mention(text, 1, "Russian forces shelled Kyiv on Jan. 12, Ukraine said.", "shelled"));
        return new Extraction(a, List.of(), List.of(), List.of(round, shelling), List.of(), List.of());
    }

    /** Al Jazeera, 2022-01-13: Armenia and Azerbaijan will sign an agreement in Washington on Feb. 3. */
    public static Extraction signing() {
        String text = "Armenia and Azerbaijan will sign a peace agreement in Washington on Feb. 3.";
        Article a = article("aljazeera-signing", "https://www.aljazeera.com/news/signing", LocalDate.of(2022, 1, 13),
                text);
        Event sign = event(text, "AGREE", "057", List.of(p(text, "Armenia", ARM)), List.of(p(text, "Azerbaijan", AZE)),
                timex(text, "Feb. 3", "2022-02-03"), place(text, "Washington", WASHINGTON),
                mention(text, 0, text, "sign"));
        return new Extraction(a, List.of(), List.of(), List.of(sign), List.of(), List.of());
    }

    /** All five, in publication order. */
    public static List<Extraction> all() {
        return List.of(reutersTalks(), apTalks(), reutersFollowUp(), briefLaterRound(), signing());
    }

    // --- builders -------------------------------------------------------------------------------------------

    static Article article(String id, String url, LocalDate published, String text) {
        return new Article(id, text, text, null, url, published, List.of(), id + ".txt", SourceFormat.TEXT,
                List.of());
    }

    static TextSpan span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return new TextSpan(at, at + words.length(), words);
    }

    static Participant p(String text, String words, Actor actor) {
        return new Participant(span(text, words), actor);
    }

    static EventDate timex(String text, String words, String value) {
        return new EventDate(value, EventDate.Basis.TIMEX, EventDate.Relation.AFTER, span(text, words));
    }

    static PlaceMention place(String text, String words, Place place) {
        return new PlaceMention(span(text, words), place);
    }

    static EventMention mention(String text, int index, String sentence, String trigger) {
        TextSpan s = span(text, sentence);
        int t = sentence.indexOf(trigger);
        return new EventMention(index, s, new TextSpan(s.start() + t, s.start() + t + trigger.length(), trigger),
                List.of(), List.of());
    }

    static Entity entity(String text, String words, Actor actor, Place place) {
        TextSpan s = span(text, words);
        return new Entity(s.start(), s.end(), words, place != null ? "LOCATION" : "PERSON", actor, place);
    }

    static Event event(String text, String type, String cameo, List<Participant> source,
                                    List<Participant> target, EventDate date, PlaceMention place,
                                    EventMention... mentions) {
        List<EventMention> ms = new ArrayList<>();
        for (EventMention m : mentions) {
            ms.add(new EventMention(m.sentenceIndex(), m.sentence(), m.trigger(), source, target));
        }
        return new Event("e-" + type.toLowerCase(java.util.Locale.ROOT) + "-" + mentions[0].sentenceIndex(), type, null, cameo, source, target, date, place, List.of(), null, ms);
    }
}
