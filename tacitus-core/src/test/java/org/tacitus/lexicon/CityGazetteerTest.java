package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CityGazetteerTest {

    /** Deliberately partial: cities elsewhere (Japan, say) must come back with a null country. */
    private static final Map<String, String> ISO3 = Map.of("CH", "CHE", "FR", "FRA", "RU", "RUS", "US", "USA",
            "UA", "UKR", "GB", "GBR", "DE", "DEU", "CA", "CAN");

    private static CityGazetteer cities;

    @BeforeAll
    static void load() {
        cities = CityGazetteer.load(ISO3::get);
    }

    private static PlaceEntry top(String name) {
        List<PlaceEntry> found = cities.byName(name);
        assertTrue(!found.isEmpty(), "no city called " + name);
        return found.get(0);
    }

    @Test
    void genevaIsTheSwissCityThroughItsEnglishName() {
        PlaceEntry geneva = top("Geneva");
        assertEquals(2660646L, geneva.geonamesId());
        assertEquals("CHE", geneva.country());
        assertEquals(PlaceKind.CITY, geneva.kind());
        assertEquals("Genève", geneva.name(), "GeoNames' own name");
        assertEquals(List.of("Geneve", "Geneva"), geneva.alternateNames());
        assertEquals(46.20, geneva.lat(), 0.01);
        assertEquals(6.14, geneva.lon(), 0.01);
        assertTrue(geneva.population() > 150_000, "population " + geneva.population());
        assertTrue(cities.byName("Geneva").size() > 5, "the American Genevas follow");
    }

    @Test
    void matchingIgnoresCaseAndTheAsciiSpellingWorks() {
        for (String spelling : List.of("Genève", "GENÈVE", "genève", "Geneve", "geneve", "GENEVA")) {
            assertEquals(2660646L, top(spelling).geonamesId(), spelling);
        }
        assertEquals("Łódź", top("lodz").name(), "by its ASCII spelling");
    }

    @Test
    void aFinalApostropheOfTransliterationMayBeLeftOut() {
        assertEquals("RUS", top("Ryazan").country(), "Ryazan' in GeoNames");
        assertEquals("RUS", top("Stavropol").country(), "Stavropol' in GeoNames");
        assertEquals(top("Ryazan'").geonamesId(), top("Ryazan").geonamesId());
    }

    @Test
    void bareCapitalsAreTheMostPopulousCities() {
        assertEquals("FRA", top("Paris").country());
        assertEquals("RUS", top("Moscow").country());
        assertTrue(cities.byName("Paris").size() > 5, "Paris, Texas and the others follow");
    }

    @Test
    void springfieldsComeMostPopulousFirst() {
        List<PlaceEntry> springfields = cities.byName("Springfield");
        assertTrue(springfields.size() > 5, springfields.size() + " Springfields");
        for (int i = 1; i < springfields.size(); i++) {
            assertTrue(springfields.get(i - 1).population() >= springfields.get(i).population(),
                    "sorted by population at " + i);
        }
        assertEquals("USA", springfields.get(0).country());
        assertTrue(springfields.stream().allMatch(p -> "Springfield".equals(p.name())));
    }

    @Test
    void kyivIsFoundUnderItsNameAndUnderKiev() {
        PlaceEntry kyiv = top("Kyiv");
        assertEquals("Kyiv", kyiv.name(), "GeoNames uses the Ukrainian transliteration");
        assertEquals("UKR", kyiv.country());
        assertEquals(703448L, kyiv.geonamesId());
        assertEquals(kyiv, top("Kiev"));
        assertEquals(kyiv, top("kyiv"));
    }

    @Test
    void countriesTheMappingDoesNotKnowAreNull() {
        PlaceEntry tokyo = top("Tokyo");
        assertNull(tokyo.country());
        assertEquals(35.69, tokyo.lat(), 0.05);
    }

    @Test
    void unknownNamesGiveEmptyLists() {
        assertEquals(List.of(), cities.byName("Xyzzyville"));
        assertEquals(List.of(), cities.byName(""));
        assertEquals(List.of(), cities.byName("Gen"), "no prefix matching");
    }

    @Test
    void hostileNamesFindNothingAndThrowNothing() {
        for (String name : List.of("\u0000", "\t", "|", "Geneva|Geneve", "\uD835\uDD0A", "\uD800", " Geneva",
                "x".repeat(1_000_000))) {
            assertEquals(List.of(), cities.byName(name), name.length() > 20 ? "a long name" : name);
        }
    }

    @Test
    void holdsEveryCityOfAThousandOrMore() {
        assertTrue(cities.size() > 100_000 && cities.size() < 140_000, cities.size() + " cities");
    }

    @Test
    void badMappingsAndNullsFailFast() {
        assertThrows(IllegalArgumentException.class, () -> CityGazetteer.load(iso2 -> iso2.toLowerCase() + "x"));
        assertThrows(NullPointerException.class, () -> CityGazetteer.load(null));
        assertThrows(NullPointerException.class, () -> cities.byName(null));
    }

    @Test
    void resultsAreImmutable() {
        List<PlaceEntry> paris = cities.byName("Paris");
        assertThrows(UnsupportedOperationException.class, () -> paris.remove(0));
        assertEquals(paris, cities.byName("Paris"), "equal on every call");
    }
}
