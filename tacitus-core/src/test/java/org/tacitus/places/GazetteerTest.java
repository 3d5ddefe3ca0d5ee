package org.tacitus.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.lexicon.PlaceEntry;
import org.tacitus.lexicon.PlaceKind;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.builtIn();

    @Test
    void divisionsAreFoundByTheirNameWithoutStateOrProvince() {
        List<String> newYork = GAZETTEER.divisions("New York").stream().map(PlaceEntry::name).toList();
        assertEquals(List.of("New York State"), newYork);
        assertEquals(List.of("New York State"),
                GAZETTEER.divisions("New York state").stream().map(PlaceEntry::name).toList());
        assertTrue(GAZETTEER.divisions("Alabama").stream().allMatch(d -> d.kind() == PlaceKind.ADMIN1));
        assertTrue(GAZETTEER.divisions("Georgia").stream().anyMatch(d -> "USA".equals(d.country())),
                "the US state, never the country");
        assertTrue(GAZETTEER.divisions("Geneva").isEmpty() || GAZETTEER.divisions("Geneva").stream()
                .allMatch(d -> d.kind() == PlaceKind.ADMIN1));
    }

    @Test
    void bareNamesStillFindTheCity() {
        // the division forms without "State" are only for divisions(): the bare name stays the city's elsewhere
        assertTrue(GAZETTEER.admin1("New York").isEmpty());
        assertTrue(GAZETTEER.region("New York").isEmpty());
        assertEquals("USA", GAZETTEER.cities("New York").get(0).country());
    }

    @Test
    void anAbbreviationIsFoundWithoutItsFinalPeriod() {
        assertEquals("USA", GAZETTEER.country("U.S").orElseThrow().country());
        assertEquals("USA", GAZETTEER.country("the U.S").orElseThrow().country());
        assertTrue(GAZETTEER.country("U").isEmpty());
    }
}
