package org.tacitus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.SourceFormat;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;

/** Actors and places on a story of our own, through the whole pipeline (shared NLP models). */
class ActorsAndPlacesTest {

    private static final String TEXT = String.join(" ",
            "Russian Deputy Foreign Minister Sergei Ryabkov said on Tuesday that the talks would be held in Geneva.",
            "Ryabkov added that Moscow wanted firm guarantees.",
            "Foreign Minister Zbigniew Rau of Poland will chair the meeting.",
            "Lavrov said the Kremlin would not back down.",
            "Washington accused Moscow of massing troops near the border.",
            "A US official said Defense Secretary Lloyd Austin kept the carrier group in the Mediterranean.",
            "Russia's deputy envoy to the United Nations, Dmitry Polyanskiy, said the proposals were fair.",
            "Russia seized the Crimean peninsula in 2014.",
            "Ukrainian troops and separatist rebels exchanged fire overnight.",
            "A spokesperson for the U.S. National Security Council said the West was united.",
            "The United States and its European partners threatened sanctions.",
            "The National Security Council spokesperson said the door stayed open.",
            "Bosnian Serbs and Iraqi Kurds sent delegations.");

    private static List<Entity> entities;

    @BeforeAll
    static void extract() {
        Article a = new Article("story", TEXT, TEXT, null, null, LocalDate.of(2021, 12, 28), List.of(), "test",
                SourceFormat.TEXT, List.of());
        ExtractionPipeline pipeline = new ExtractionPipeline(PipelineConfig.defaults(), CoreNlpAnalyzer.shared());
        entities = ((DocumentResult.Extracted) pipeline.process(a)).extraction().entities();
    }

    @Test
    void unlistedAssociationsAreNgosButBodiesOfGovernmentsAreNot() {
        String text = "The Association of Andean Lawyers wrote to the Committee of Ministers on Monday. "
                + "Iran expelled foreign journalists.";
        Article a = new Article("bodies", text, text, null, null, LocalDate.of(2021, 12, 28), List.of(), "test",
                SourceFormat.TEXT, List.of());
        List<Entity> found = ((DocumentResult.Extracted) new ExtractionPipeline(PipelineConfig.defaults(),
                CoreNlpAnalyzer.shared()).process(a)).extraction().entities();
        String codes = found.stream().map(e -> e.text() + "/" + (e.actor() == null ? "-" : e.actor().code()))
                .collect(Collectors.joining(", "));
        assertTrue(found.stream().anyMatch(e -> e.text().contains("Association of Andean Lawyers")
                && e.actor() != null && "NGO".equals(e.actor().code())), codes);
        assertTrue(found.stream().noneMatch(e -> e.text().contains("Committee of Ministers")
                && e.actor() != null && "NGO".equals(e.actor().code())), codes);
        assertTrue(found.stream().noneMatch(e -> e.text().contains("journalists") && e.actor() != null), codes);
    }

    private static Entity entity(String text, int occurrence) {
        List<Entity> found = entities.stream().filter(e -> e.text().equals(text)).collect(Collectors.toList());
        assertTrue(found.size() > occurrence, "no entity '" + text + "' #" + occurrence + " in " + summary());
        return found.get(occurrence);
    }

    private static String summary() {
        return entities.stream().map(e -> e.text() + "/" + e.type() + "/" + (e.actor() == null ? "-"
                : e.actor().code()) + "/" + (e.place() == null ? "-" : e.place().country()))
                .collect(Collectors.joining(", "));
    }

    private static void actor(String text, int occurrence, String country, String sector) {
        Entity e = entity(text, occurrence);
        assertNotNull(e.actor(), text + " has an actor: " + summary());
        assertEquals(country, e.actor().country(), text + " country");
        assertEquals(sector, e.actor().sector(), text + " sector");
    }

    @Test
    void peopleGetTheirRoleFromTitlesAppositionsOfficeHoldersAndEarlierMentions() {
        actor("Sergei Ryabkov", 0, "RUS", "GOV");
        actor("Ryabkov", 0, "RUS", "GOV");
        actor("Zbigniew Rau", 0, "POL", "GOV");
        actor("Lavrov", 0, "RUS", "GOV");
        actor("Dmitry Polyanskiy", 0, "RUS", "GOV");
        assertEquals("USA", entity("Lloyd Austin", 0).actor().country());
        assertEquals("Sergei Lavrov", entity("Lavrov", 0).actor().name(), "linked to the full name");
    }

    @Test
    void capitalsAndSeatsAreGovernmentsButAPlaceAfterIn() {
        actor("Washington", 0, "USA", "GOV");
        actor("Moscow", 1, "RUS", "GOV");
        actor("Kremlin", 0, "RUS", "GOV");
        Entity geneva = entity("Geneva", 0);
        assertNull(geneva.actor(), "talks held in Geneva: a place, not an actor");
        assertEquals("CHE", geneva.place().country());
        assertEquals(46.2, geneva.place().lat(), 0.1);
        assertEquals(6.1, geneva.place().lon(), 0.1);
        Entity washington = entity("Washington", 0);
        assertEquals(38.9, washington.place().lat(), 0.2, "Washington, D.C., not the state");
        assertEquals("RUS", entity("Moscow", 1).place().country(), "a metonym is an actor and a place");
    }

    @Test
    void collectivesCompoundsAndOrganisationsMetAgain() {
        assertEquals("WST", entity("West", 0).actor().code());
        assertEquals("EUR", entity("European partners", 0).actor().code(), "one collective, not the demonym");
        assertEquals("USA", entity("United States", 0).actor().country(), "a compound gives each of its actors");
        assertEquals("USAGOV", entity("U.S. National Security Council", 0).actor().code());
        Entity again = entities.stream().filter(e -> e.text().endsWith("National Security Council")
                && !e.text().startsWith("U.S.")).findFirst().orElseThrow();
        assertEquals("USAGOV", again.actor().code(), "an organisation met again keeps its country");
        actor("spokesperson", 0, "USA", "GOV");
        actor("spokesperson", 1, "USA", "GOV");
    }

    @Test
    void nominalsDemonymsSeasAndRegions() {
        actor("official", 0, "USA", "GOV");
        actor("troops", 1, "UKR", "MIL");
        assertEquals("REB", entity("rebels", 0).actor().sector());
        assertEquals("RUS", entity("Russian", 0).actor().country());
        assertEquals("RUS", entity("Russian", 0).place().country(), "a demonym refers to its country too");
        Entity sea = entities.stream().filter(e -> e.text().contains("Mediterranean")).findFirst().orElseThrow();
        assertNotNull(sea.place(), summary());
        assertNull(sea.place().country(), "a sea belongs to no country");
        actor("Bosnian Serbs", 0, "BIH", null); // a people of the country first named
        actor("Iraqi Kurds", 0, "IRQ", null);
        Entity crimea = entities.stream().filter(e -> e.text().contains("Crimean")).findFirst().orElseThrow();
        assertEquals("UKR", crimea.place().country(), summary());
    }
}
