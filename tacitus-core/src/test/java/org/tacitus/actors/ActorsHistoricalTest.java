package org.tacitus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.SourceFormat;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;

/** Office holders of past decades on stories of our own, through the whole pipeline (shared NLP models). */
class ActorsHistoricalTest {

    private static List<Entity> extract(String text, LocalDate date) {
        Article a = new Article("story", text, text, null, null, date, List.of(), "test", SourceFormat.TEXT,
                List.of());
        ExtractionPipeline pipeline = new ExtractionPipeline(PipelineConfig.defaults(), CoreNlpAnalyzer.shared());
        return ((DocumentResult.Extracted) pipeline.process(a)).extraction().entities();
    }

    private static Entity entity(List<Entity> entities, String text) {
        return entities.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(
                "no entity '" + text + "' in " + entities.stream().map(e -> e.text() + "/" + e.type() + "/"
                        + (e.actor() == null ? "-" : e.actor().code())).collect(Collectors.joining(", "))));
    }

    private static void actor(List<Entity> entities, String text, String country, String sector) {
        Entity e = entity(entities, text);
        assertNotNull(e.actor(), text + " has an actor");
        assertEquals(country, e.actor().country(), text + " country");
        assertEquals(sector, e.actor().sector(), text + " sector");
    }

    @Test
    void leadersOfTheNinetiesCodeTheirGovernments() {
        List<Entity> entities = extract(String.join(" ",
                "President Mugabe said on Wednesday that his troops would stay in the Congo until the rebels withdrew.",
                "Yeltsin telephoned Kohl to discuss the crisis.",
                "Habyarimana and Museveni met in Arusha."), LocalDate.of(1993, 8, 4));
        actor(entities, "Mugabe", "ZWE", "GOV");
        assertEquals("Robert Mugabe", entity(entities, "Mugabe").actor().name());
        actor(entities, "Yeltsin", "RUS", "GOV");
        actor(entities, "Kohl", "DEU", "GOV");
        actor(entities, "Habyarimana", "RWA", "GOV");
        actor(entities, "Museveni", "UGA", "GOV");
    }

    @Test
    void theHolderIsTheOneInOfficeOnTheArticleDate() {
        String text = "Bush said the coalition would not wait. Clinton urged restraint.";
        List<Entity> in1991 = extract(text, LocalDate.of(1991, 1, 15));
        assertEquals("George H. W. Bush", entity(in1991, "Bush").actor().name());
        assertTrue(entity(in1991, "Clinton").actor() == null || entity(in1991, "Clinton").actor().country() == null,
                "Clinton held no recorded office in 1991");
        List<Entity> in2003 = extract(text, LocalDate.of(2003, 3, 18));
        assertEquals("George W. Bush", entity(in2003, "Bush").actor().name());
    }
}
