package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionsTest {

    private static final List<PlaceEntry> REGIONS = Regions.load();

    /** The entry that has the phrase as its name or one of its names. */
    private static PlaceEntry named(String phrase) {
        return REGIONS.stream()
                .filter(p -> p.name().equals(phrase) || p.alternateNames().contains(phrase))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no region " + phrase));
    }

    @Test
    void spotChecks() {
        assertEquals(PlaceKind.SEA, named("the Mediterranean").kind());
        assertEquals(PlaceKind.SEA, named("Mediterranean Sea").kind());
        assertNull(named("the Mediterranean").country());
        assertEquals("UKR", named("Crimea").country());
        assertEquals("UKR", named("the Crimean peninsula").country());
        assertEquals("UKR", named("the Donbas").country());
        assertEquals(PlaceKind.ADMIN1, named("Crimea").kind());
        assertEquals("PSE", named("the Gaza Strip").country());
        assertEquals("PSE", named("the West Bank").country());
        assertEquals("SYR", named("the Golan Heights").country());
        assertEquals("CHN", named("Xinjiang").country());
        assertEquals("GEO", named("Abkhazia").country());
        assertEquals(PlaceKind.REGION, named("the Middle East").kind());
        assertNull(named("the Middle East").country());
        assertEquals(PlaceKind.SEA, named("the Strait of Hormuz").kind());
        assertEquals(PlaceKind.SEA, named("the Black Sea").kind());
        assertEquals(PlaceKind.SEA, named("the Suez Canal").kind());
        PlaceEntry sahel = named("the Sahel");
        assertTrue(sahel.lat() > 10 && sahel.lat() < 20, "Sahel latitude " + sahel.lat());
    }

    @Test
    void everyEntryIsWellFormed() {
        CountryTable countries = CountryTable.load();
        Set<String> forms = new HashSet<>();
        for (PlaceEntry p : REGIONS) {
            assertTrue(Set.of(PlaceKind.SEA, PlaceKind.REGION, PlaceKind.ADMIN1).contains(p.kind()), p.name());
            assertTrue(p.country() == null || countries.byIso3(p.country()).isPresent(), p.name());
            assertTrue(Math.abs(p.lat()) <= 90 && Math.abs(p.lon()) <= 180, p.name());
            List<String> all = new ArrayList<>(p.alternateNames());
            all.add(p.name());
            for (String form : all) {
                assertTrue(forms.add(form), "surface form for two entries: " + form);
            }
        }
        assertTrue(REGIONS.size() >= 180, "entries: " + REGIONS.size());
    }

    @Test
    void noRegionIsNamedLikeACountry() {
        Set<String> countryPhrases = new HashSet<>();
        CountryTable.load().actorNames().forEach(n -> countryPhrases.add(n.phrase()));
        for (PlaceEntry p : REGIONS) {
            assertTrue(!countryPhrases.contains(p.name()), p.name());
            p.alternateNames().forEach(form -> assertTrue(!countryPhrases.contains(form), form));
        }
    }

    @Test
    void loadsOncePerJvm() {
        assertSame(REGIONS, Regions.load());
    }

    @Test
    void malformedLinesFailNamingFileAndLine() {
        CountryTable countries = CountryTable.load();
        String header = Regions.HEADER + "\n";
        assertFails("regions.tsv:2:", header + "Atlantis\t\tISLAND\t\t10.0\t10.0", countries);
        assertFails("regions.tsv:2:", header + "Atlantis\t\tREGION\tATL\t10.0\t10.0", countries);
        assertFails("regions.tsv:2:", header + "Atlantis\t\tREGION\t\t100.0\t10.0", countries);
        assertFails("regions.tsv:2:", header + "Atlantis\t\tREGION\t\t10.0", countries);
        assertFails("regions.tsv:3: 'Atlantis' already on line 2",
                header + "Atlantis\t\tREGION\t\t10.0\t10.0\nLost land\tAtlantis\tREGION\t\t11.0\t11.0", countries);
        assertEquals(1, Regions.parse("regions.tsv", new StringReader(header + "Atlantis\tthe Lost City\tREGION\t\t10\t10"),
                countries).size());
    }

    private static void assertFails(String messageStart, String text, CountryTable countries) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Regions.parse("regions.tsv", new StringReader(text), countries));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    }
}
