package org.tacitus.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tacitus.lexicon.PlaceEntry;
import org.tacitus.lexicon.PlaceKind;
import org.tacitus.model.Actor;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.Place;
import org.tacitus.model.Sentence;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.Token;

/**
 * The place stage on sentences of our own, without CoreNLP: the test names the location entities NER would give,
 * in text order, and checks the place each gets. Distances are checked loosely (within {@value #NEAR_KM} km),
 * as geocoding is scored.
 */
class PlaceStageTest {

    private static final double NEAR_KM = 161;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’.-]+|\\S");
    private static final PlaceStage STAGE = new PlaceStage(Gazetteer.builtIn());
    private static final Actor US_GOVERNMENT = new Actor("USAGOV", "USA", "GOV", "United States (Washington)");

    /** Runs the stage on {@code text} with a LOCATION entity for each name, found in order. */
    private static List<Entity> locate(String text, String... names) {
        List<Entity> entities = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int start = text.indexOf(name, from);
            assertTrue(start >= 0, "'" + name + "' not in the text after " + from);
            entities.add(new Entity(start, start + name.length(), name, "LOCATION", null, null));
            from = start + name.length();
        }
        return locate(text, entities);
    }

    private static List<Entity> locate(String text, List<Entity> entities) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(tokens.size(), m.start(), m.end(), m.group(), "NNP", m.group(), "O"));
        }
        AnalyzedText analyzed = new AnalyzedText(
                List.of(new Sentence(0, 0, text.length(), tokens, List.of(), true, false)), List.of(), List.of());
        Article article = new Article("test", text, text, null, null, null, List.of(), "test", SourceFormat.TEXT,
                List.of());
        return STAGE.locate(article, analyzed, entities);
    }

    private static Place place(List<Entity> entities, String text) {
        Entity e = entities.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
        assertNotNull(e.place(), "no place for " + text);
        return e.place();
    }

    private static void assertNear(double lat, double lon, Place p) {
        double km = PlaceStage.distanceKm(
                new PlaceEntry("a", List.of(), PlaceKind.CITY, null, lat,
                        lon, null, 0),
                new PlaceEntry("b", List.of(), PlaceKind.CITY, null, p.lat(),
                        p.lon(), null, 0));
        assertTrue(km <= NEAR_KM, p.name() + " (" + p.lat() + ", " + p.lon() + ") is " + Math.round(km)
                + " km from " + lat + ", " + lon);
    }

    @Test
    void countriesAndContinentsTakeTheirWikipediaPoint() {
        List<Entity> found = locate("Officials from the United States, China, Russia and Australia met in Europe "
                + "to discuss aid to Africa and Asia.", "United States", "China", "Russia", "Australia", "Europe",
                "Africa", "Asia");
        assertNear(40, -100, place(found, "United States"));
        assertNear(35, 103, place(found, "China"));
        assertNear(60, 90, place(found, "Russia"));
        assertNear(-25, 133, place(found, "Australia"));
        assertNear(51, 17.5, place(found, "Europe"));
        assertNear(7.19, 21.09, place(found, "Africa"));
        assertNear(29.84, 89.3, place(found, "Asia"));
    }

    @Test
    void aStateOrProvinceCueMakesTheNameADivision() {
        Place cue = place(locate("Farmers in the state of Washington were told to keep their herds indoors.",
                "Washington"), "Washington");
        assertEquals("USA", cue.country());
        assertNear(47.5, -120.5, cue);
        // NER and the actors stage see the seat of government ("Washington" = the US government) in front of "state"
        String text = "A cow from a Washington state farm tested positive.";
        int start = text.indexOf("Washington");
        List<Entity> coded = locate(text, List.of(new Entity(start, start + 10, "Washington", "LOCATION",
                US_GOVERNMENT, null)));
        assertNear(47.5, -120.5, place(coded, "Washington"));
        // without the cue, the capital
        assertNear(38.9, -77.04, place(locate("Talks in Washington ended on Friday.", "Washington"), "Washington"));
    }

    @Test
    void aQualifierSaysWhichTownItIs() {
        assertNear(33.52, -86.81, place(locate("A plant near Birmingham, Alabama, was evacuated.", "Birmingham",
                "Alabama"), "Birmingham"));
        assertEquals("GBR", place(locate("Fans in Birmingham cheered the team.", "Birmingham"), "Birmingham")
                .country(), "without a qualifier the bigger city");
        // the nearer of two towns of one name to the division's centre (Blakely, Georgia vs Blakely, Pennsylvania)
        assertNear(31.38, -84.93, place(locate("The plant in Blakely, Georgia was closed.", "Blakely", "Georgia"),
                "Blakely"));
        // a country after the division still qualifies the pair
        assertNear(43.62, -84.25, place(locate("A Midland, Michigan, USA newspaper closed its office.", "Midland",
                "Michigan", "USA"), "Midland"));
    }

    @Test
    void theQualifierTakesTheReadingThatContainsTheTown() {
        List<Entity> atlanta = locate("She flew from Atlanta, Georgia to Wichita.", "Atlanta", "Georgia", "Wichita");
        assertEquals("USA", place(atlanta, "Georgia").country(), "Atlanta lies in the US state");
        List<Entity> tbilisi = locate("Crowds gathered in Tbilisi, Georgia on Sunday.", "Tbilisi", "Georgia");
        assertEquals("GEO", place(tbilisi, "Georgia").country(), "Tbilisi lies in the country");
        assertNear(43, -75, place(locate("A girl from Buffalo, New York died of the flu.", "Buffalo", "New York"),
                "New York"));
        Place borough = place(locate("Pupils at a school in Queens, New York fell ill.", "Queens", "New York"),
                "New York");
        assertNear(40.71, -74.01, borough); // a borough of the city, not a town of the state
    }

    @Test
    void aNameInAListOfDivisionsIsADivision() {
        List<Entity> states = locate("Cases were confirmed in Utah, Washington and Wisconsin.", "Utah",
                "Washington", "Wisconsin");
        assertNear(47.5, -120.5, place(states, "Washington"));
        List<Entity> more = locate("Illnesses were reported in Ohio, New York and Utah.", "Ohio", "New York",
                "Utah");
        assertNear(43, -75, place(more, "New York"));
        List<Entity> cities = locate("Envoys flew to Paris, Washington and Tokyo.", "Paris", "Washington", "Tokyo");
        assertNear(38.9, -77.04, place(cities, "Washington"));
        assertEquals("FRA", place(cities, "Paris").country(), "a list of cities is not a qualified pair");
    }

    @Test
    void aDivisionNameSharedByTwoCountriesFollowsTheArticleAndItsNeighbours() {
        List<Entity> zimbabwe = locate("Rains failed in Mashonaland West and Midlands, Zimbabwe's farmers' union said.",
                "Mashonaland West", "Midlands", "Zimbabwe");
        assertEquals("ZWE", place(zimbabwe, "Midlands").country());
        assertEquals("ZWE", place(zimbabwe, "Mashonaland West").country());
        List<Entity> england = locate("Factories in the Midlands closed, Britain's statistics office said.",
                "Midlands", "Britain");
        assertEquals("GBR", place(england, "Midlands").country());
    }
}
