package org.tacitus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tacitus.model.Article;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;
import org.tacitus.model.EventMention;
import org.tacitus.model.Participant;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.TextSpan;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;

/** Events on sentences and stories of our own, through the whole pipeline (shared NLP models). */
class EventStageTest {

    private static final ExtractionPipeline PIPELINE =
            new ExtractionPipeline(PipelineConfig.defaults(), CoreNlpAnalyzer.shared());
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 1);

    static List<Event> events(String text) {
        Article a = new Article("e", text, text, null, null, PUBLISHED, List.of(), "test", SourceFormat.TEXT,
                List.of());
        List<Event> found = ((DocumentResult.Extracted) PIPELINE.process(a)).extraction().events();
        for (Event e : found) { // evidence lines up with the text
            for (EventMention m : e.mentions()) {
                spanOf(text, m.trigger());
                assertTrue(m.sentence().start() <= m.trigger().start() && m.trigger().end() <= m.sentence().end());
                m.source().forEach(p -> spanOf(text, p.span()));
                m.target().forEach(p -> spanOf(text, p.span()));
            }
        }
        return found;
    }

    private static void spanOf(String text, TextSpan span) {
        assertEquals(text.substring(span.start(), span.end()), span.text());
    }

    static Set<String> codes(List<Participant> side) {
        return side.stream().map(p -> p.actor().code().substring(0, 3)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expected(String field) {
        return field.equals("-") ? Set.of() : new TreeSet<>(List.of(field.split(",")));
    }

    static Stream<Arguments> typeSentences() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EventStageTest.class.getResourceAsStream("type-sentences.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.startsWith("type\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(Arguments.of(f[0], f[1], f[2], f[3]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("typeSentences")
    void everyTypeFromSentencesOfOurOwn(String type, String source, String target, String sentence) {
        List<Event> found = events(sentence);
        Event e = EventStage.principal(found).orElseThrow(() -> new AssertionError("no event in: " + sentence));
        assertEquals(type, e.type(), sentence);
        assertEquals(expected(source), codes(e.source()), "source of " + sentence);
        assertEquals(expected(target), codes(e.target()), "target of " + sentence);
        assertTrue(e.cameo().matches("\\d{2,4}"));
    }

    private static Event only(List<Event> events, String type) {
        List<Event> of = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, of.size(), "one " + type + " in " + events);
        return of.get(0);
    }

    @Test
    void aPronounThatSpeaksAQuoteIsItsSpeaker() {
        // the latest subject before is the envoy; "he" who told television is the negotiator the quote stage found
        List<Event> found = events("The UN envoy, Karl Lindqvist, met the two negotiators in Geneva. \"Nobody expects "
                + "miracles,\" Lindqvist said. Tbilisi has accused Moscow of arming the separatists. Georgia's chief "
                + "negotiator, Levan Beridze, said the plan was unfair. \"Moscow must withdraw its troops,\" he told "
                + "state television.");
        Event demand = only(found, "REQUEST");
        assertEquals(Set.of("GEO"), codes(demand.source()));
        assertEquals(Set.of("RUS"), codes(demand.target()));
    }

    @Test
    void aVisitorIsNotOfTheCountryHeTravelsTo() {
        List<Event> found = events("The foreign minister, who flew to Kyiv on Tuesday, condemned the missile strikes "
                + "on civilians.");
        assertTrue(found.stream().allMatch(e -> !codes(e.source()).contains("UKR")), found.toString());
    }

    @Test
    void aDenialIsNoAttack() {
        List<Event> found = events("Russia denies planning to invade Georgia.");
        Event attack = only(found, "ASSAULT");
        assertTrue(attack.contexts().contains("negated"), attack.contexts().toString());
        assertFalse(attack.factual());
        assertEquals(Set.of("RUS"), codes(attack.source()));
    }

    @Test
    void aThreatOfSanctionsIsOneThreatAndTheConditionIsHypothetical() {
        List<Event> found = events("Britain and France threatened to impose sanctions on Serbia if it attacks Kosovo.");
        Event threat = only(found, "THREATEN");
        assertEquals("1312", threat.cameo());
        assertEquals("restrict", threat.mode());
        assertEquals(Set.of("GBR", "FRA"), codes(threat.source()));
        assertEquals(Set.of("SRB"), codes(threat.target()));
        assertTrue(found.stream().noneMatch(e -> e.type().equals("SANCTION")), "the sanctions fold into the threat");
        Event attack = only(found, "ASSAULT");
        assertTrue(attack.contexts().containsAll(List.of("hypothetical", "conditional")), attack.contexts().toString());
        assertEquals(Set.of("SRB"), codes(attack.source()));
        assertEquals(Set.of("XKX"), codes(attack.target()));
    }

    @Test
    void anAccusationReportsTheEventItAlleges() {
        List<Event> found = events("Washington accused Moscow of massing troops near the border.");
        Event accuse = only(found, "ACCUSE");
        assertEquals(Set.of("USA"), codes(accuse.source()));
        assertEquals(Set.of("RUS"), codes(accuse.target()));
        Event massing = only(found, "MOBILIZE");
        assertEquals(Set.of("RUS"), codes(massing.source()));
        assertTrue(massing.contexts().contains("reported"));
        assertNotNull(massing.attribution());
        assertEquals("USAGOV", massing.attribution().by().actor().code());
        assertEquals("accused", massing.attribution().cue().text());
    }

    @Test
    void aScheduledMeetingHasItsOwnDateAndPlace() {
        List<Event> found = events("Serbia and Kosovo will hold talks in Brussels on March 10.");
        Event talks = only(found, "CONSULT");
        assertEquals(Set.of("SRB", "XKX"), codes(talks.source()));
        assertEquals("2022-03-10", talks.date().value());
        assertEquals(EventDate.Basis.TIMEX, talks.date().basis());
        assertEquals(EventDate.Relation.AFTER, talks.date().relation());
        assertEquals("on March 10", "on " + talks.date().evidence().text());
        assertTrue(talks.contexts().contains("future"));
        assertNotNull(talks.place());
        assertEquals("BEL", talks.place().place().country());
    }

    @Test
    void summoningADiplomatToProtestIsAnOfficialComplaint() {
        List<Event> found = events("Vietnam summoned a Chinese diplomat to protest.");
        assertTrue(found.stream().noneMatch(e -> e.type().equals("PROTEST")), found.toString());
        Event complaint = only(found, "ACCUSE");
        assertEquals(Set.of("VNM"), codes(complaint.source()));
        assertEquals(Set.of("CHN"), codes(complaint.target()));
        assertEquals("114", complaint.cameo());
    }

    @Test
    void aNominalWithAPossessivePronounIsPlacedWithoutFailing() {
        // "their": a modifier with no case marker beside a people nominal (once a NullPointerException)
        List<Event> found = events("The council acts against countries that violate the rights of their citizens.");
        assertTrue(found.stream().noneMatch(e -> e.type().equals("ASSAULT")), found.toString());
    }

    @Test
    void theAudienceOfWhatIsSaidIsNoSide() {
        List<Event> found = events("Lavrov told reporters after meeting Blinken in Geneva that the talks were useful.");
        assertTrue(found.stream().flatMap(e -> java.util.stream.Stream.concat(e.source().stream(),
                e.target().stream())).noneMatch(p -> "MED".equals(p.actor().sector())), found.toString());
    }

    @Test
    void aCountryInSomeonesReportedWordsIsNotTheSayersOwn() {
        List<Event> found = events("The security minister wrote on social media, warning that Hamas would use "
                + "the pause to regroup.");
        assertTrue(found.stream().flatMap(e -> e.source().stream())
                .noneMatch(p -> "PSE".equals(p.actor().country())), found.toString());
    }

    @Test
    void aNamedPersonOfNoKnownCountryIsNotOfTheCountryHeVisits() {
        List<Event> found = events("Deputy Minister Okafor will travel to Singapore next week.");
        assertTrue(found.stream().flatMap(e -> e.source().stream())
                .noneMatch(p -> "SGP".equals(p.actor().country())), found.toString());
    }

    @Test
    void aFutureMeetingInThePresentYearStaysFuture() {
        Event later = only(events("France and Germany will hold talks later this year."), "CONSULT");
        assertEquals("2022", later.date().value());
        assertEquals(EventDate.Relation.AFTER, later.date().relation());
        assertTrue(later.contexts().contains("future"));
        Event earlier = only(events("France and Germany held talks earlier this year."), "CONSULT");
        assertEquals(EventDate.Relation.ON, earlier.date().relation());
        assertFalse(earlier.contexts().contains("future"));
    }

    @Test
    void withoutATimeExpressionTheTenseDates() {
        Event e = only(events("Egypt expelled the Turkish ambassador."), "SANCTION");
        assertEquals(EventDate.Basis.TENSE, e.date().basis());
        assertEquals(EventDate.Relation.BEFORE, e.date().relation());
        assertEquals("2022-03-01", e.date().value());
        assertNull(e.date().evidence());
    }

    @Test
    void anOldMeetingIsHistorical() {
        Event met = only(events("Biden and Putin met in Geneva in June 2021."), "CONSULT");
        assertEquals("2021-06", met.date().value());
        assertTrue(met.contexts().contains("historical"));
        assertEquals(Set.of("USA", "RUS"), codes(met.source()));
    }

    @Test
    void mentionsOfOneMeetingMerge() {
        String text = String.join("\n\n",
                "Armenia and Azerbaijan will hold talks in Prague on March 14.",
                "The talks with Azerbaijan will take place at the castle, an Armenian official said.",
                "Separately, Georgia and Turkey signed a trade agreement.",
                "The talks are the first since the ceasefire.");
        List<Event> found = events(text);
        List<Event> talks = found.stream().filter(e -> e.type().equals("CONSULT")).toList();
        assertEquals(1, talks.size(), found.toString());
        assertEquals(3, talks.get(0).mentions().size());
        assertEquals("2022-03-14", talks.get(0).date().value());
        assertEquals(Set.of("ARM", "AZE"), codes(talks.get(0).source()));
    }

    @Test
    void aTriggerNounThatNamesAUnitOrAWeaponIsNoEvent() {
        List<Event> group = events("Norway ordered its carrier strike group to stay in the North Sea, officials said.");
        assertTrue(group.stream().noneMatch(e -> e.type().equals("PROTEST")), "a strike group strikes no work: "
                + group);
        List<Event> strike = events("Dock workers in Greece went on strike on Monday over unpaid wages.");
        assertTrue(strike.stream().anyMatch(e -> e.type().equals("PROTEST")), strike.toString());
    }

    @Test
    void whatWasDoneIsNotWhatIsPlannedNorAPromiseToMeetTheDeal() {
        List<Event> talks = events(String.join("\n\n",
                "Chile and Peru held talks in Lima.",
                "Chile and Peru will meet again on March 20, officials said.")).stream()
                .filter(e -> e.type().equals("CONSULT")).toList();
        assertEquals(2, talks.size(), "the talks held are not the talks planned for March 20: " + talks);
        List<Event> agree = events(String.join("\n\n",
                "Under the fishing deal between Chile and Peru, Chilean boats stay south of the line.",
                "Chile said it would meet Peru in Lima in April to review progress.")).stream()
                .filter(e -> e.type().equals("AGREE")).toList();
        assertEquals(2, agree.size(), "a promise to meet is not the deal: " + agree);
        assertTrue(agree.stream().anyMatch(e -> e.cameo().equals("036") && e.date().value().equals("2022-04")));
    }

    @Test
    void declaredIntentionsAreCodedAsPloverDoes() {
        Event aid = EventStage.principal(events("Japan said it will provide food aid to Haiti.")).orElseThrow();
        assertEquals("AGREE", aid.type());
        assertEquals("033", aid.cameo());
        Event refuse = EventStage.principal(events("Hungary said it would not accept the migrants.")).orElseThrow();
        assertEquals("REJECT", refuse.type());
        Event demand = EventStage.principal(events("Germany said Iran must release the detained sailors."))
                .orElseThrow();
        assertEquals("REQUEST", demand.type());
        assertEquals(Set.of("DEU"), codes(demand.source()));
        assertEquals(Set.of("IRN"), codes(demand.target()));
    }

    @Test
    void pronounsTakeTheActorTheyStandFor() {
        List<Event> found = events("Chile recalled its ambassador from Peru on Monday. On Tuesday it expelled two "
                + "Peruvian diplomats.");
        Event expel = found.stream().filter(e -> e.first().trigger().text().equals("expelled")).findFirst()
                .orElseThrow();
        assertEquals(Set.of("CHL"), codes(expel.source()));
        assertEquals("it", expel.source().get(0).span().text());
    }

    @Test
    void mobilizingVotersOrInspectorsIsNoMobilization() {
        assertTrue(events("Brazil's ruling party mobilized thousands of volunteers before the vote.").stream()
                .noneMatch(e -> e.type().equals("MOBILIZE")));
        assertTrue(events("The IAEA dispatched inspectors to Iran on Monday.").stream()
                .noneMatch(e -> e.type().equals("MOBILIZE")));
    }

    @Test
    void anEthnicGroupIsNoState() {
        Event attack = only(events("Police killed two ethnic Uzbeks in southern Kyrgyzstan on Friday."), "ASSAULT");
        assertTrue(attack.target().stream().noneMatch(p -> "UZB".equals(p.actor().country())), attack.toString());
        Event rally = only(events("Ethnic Russians rallied in Riga on Sunday."), "PROTEST"); // one NER span
        assertEquals(Set.of("LVA"), codes(rally.source()), rally.toString());
    }

    @Test
    void noEventsWithoutTriggersOrActors() {
        assertEquals(List.of(), events("The weather in Geneva was cold and the lake was calm."));
        assertEquals(List.of(), events(""));
    }
}
