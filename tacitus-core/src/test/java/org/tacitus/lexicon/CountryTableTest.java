package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryTableTest {

    private static final CountryTable TABLE = CountryTable.load();

    private static Country country(String iso3) {
        return TABLE.byIso3(iso3).orElseThrow(() -> new AssertionError("no " + iso3));
    }

    @Test
    void holdsEveryUnMemberAndTheSixOthers() {
        assertEquals(193 + 6, TABLE.all().size());
        for (String iso3 : List.of("TWN", "XKX", "PSE", "VAT", "HKG", "ESH", "SSD", "MNE", "TLS", "ERI")) {
            assertTrue(TABLE.byIso3(iso3).isPresent(), iso3);
        }
    }

    @Test
    void everyIso3IsThreeUpperCaseLettersAndUnique() {
        Set<String> iso3 = new HashSet<>();
        Set<String> iso2 = new HashSet<>();
        for (Country c : TABLE.all()) {
            assertTrue(c.iso3().matches("[A-Z]{3}"), c.iso3());
            assertTrue(c.iso2().matches("[A-Z]{2}"), c.iso2());
            assertTrue(iso3.add(c.iso3()), "repeated " + c.iso3());
            assertTrue(iso2.add(c.iso2()), "repeated " + c.iso2());
        }
    }

    @Test
    void everyCoordinateIsInRange() {
        for (Country c : TABLE.all()) {
            assertTrue(Math.abs(c.lat()) <= 90 && Math.abs(c.lon()) <= 180, c.iso3());
            assertTrue(Math.abs(c.capitalLat()) <= 90 && Math.abs(c.capitalLon()) <= 180, c.iso3());
        }
    }

    /** Catches a swapped sign or swapped lat/lon: every capital lies within 4,500 km of its country's centre. */
    @Test
    void everyCapitalLiesNearItsCountry() {
        for (Country c : TABLE.all()) {
            double km = kilometres(c.lat(), c.lon(), c.capitalLat(), c.capitalLon());
            assertTrue(km < 4500, c.iso3() + " capital " + c.capital() + " is " + Math.round(km) + " km away");
        }
    }

    @Test
    void spotChecks() {
        Country usa = country("USA");
        assertEquals("United States", usa.name());
        assertTrue(usa.names().containsAll(List.of("U.S.", "the United States", "US", "America")));
        assertTrue(country("RUS").demonyms().contains("Russian"));
        assertTrue(country("GBR").demonyms().containsAll(List.of("British", "Briton", "Britons")));
        assertTrue(country("UKR").capitals().containsAll(List.of("Kyiv", "Kiev")));
        assertEquals("Kyiv", country("UKR").capital());
        Country che = country("CHE");
        assertEquals("Bern", che.capital());
        assertEquals(46.95, che.capitalLat(), 0.05);
        assertEquals(7.45, che.capitalLon(), 0.05);
        assertTrue(country("MMR").names().contains("Burma"));
        assertTrue(country("SWZ").names().contains("Swaziland"));
        assertTrue(country("TUR").names().contains("Türkiye"));
        assertTrue(country("CZE").names().contains("Czech Republic"));
        assertTrue(country("COD").names().contains("Congo-Kinshasa"));
        assertTrue(country("COG").names().contains("Congo-Brazzaville"));
        assertEquals("Czechia", country("CZE").name());
        assertEquals("South Korea", country("KOR").name());
    }

    @Test
    void knownGeonamesIds() {
        Map<String, Long> ids = Map.of("RUS", 2017370L, "USA", 6252001L, "UKR", 690791L, "CHE", 2658434L,
                "POL", 798544L, "CHN", 1814991L, "FRA", 3017382L, "DEU", 2921044L, "GBR", 2635167L);
        ids.forEach((iso3, id) -> assertEquals(id, country(iso3).geonamesId(), iso3));
    }

    @Test
    void lookupsByCodeIgnoreCase() {
        assertEquals("GBR", TABLE.byIso2("GB").orElseThrow().iso3());
        assertEquals("RUS", TABLE.byIso3("rus").orElseThrow().iso3());
        assertTrue(TABLE.byIso3("XXX").isEmpty());
        assertTrue(TABLE.byIso2("UK").isEmpty());
    }

    @Test
    void noNameIsAStopWordOrAnEnglishWordCode() {
        Set<String> banned = Set.of("in", "it", "me", "no", "us", "am", "be", "is", "to", "so", "or", "a", "an",
                "the", "of", "on", "at", "as", "by", "we", "he", "do", "go", "up", "if", "my",
                "IN", "IT", "ME", "NO", "AM", "BE", "IS", "TO", "SO", "OR", "AS", "AT", "BY", "DO", "GO", "MY");
        for (Country c : TABLE.all()) {
            for (String form : c.names()) {
                assertFalse(banned.contains(form), c.iso3() + " name " + form);
            }
            for (String form : c.demonyms()) {
                assertFalse(banned.contains(form), c.iso3() + " demonym " + form);
            }
        }
    }

    @Test
    void actorNamesCarryTheCountryCode() {
        List<ActorName> names = TABLE.actorNames();
        ActorName us = names.stream().filter(n -> n.phrase().equals("U.S.")).findFirst().orElseThrow();
        assertEquals(ActorKind.COUNTRY, us.kind());
        assertEquals("USA", us.code());
        assertEquals("USA", us.country());
        assertEquals("United States", us.name());
        assertEquals(null, us.sector());
        ActorName ukrainians = names.stream().filter(n -> n.phrase().equals("Ukrainians")).findFirst().orElseThrow();
        assertEquals(ActorKind.DEMONYM, ukrainians.kind());
        assertEquals("UKR", ukrainians.code());
        Set<String> phrases = new HashSet<>();
        for (ActorName n : names) {
            assertTrue(phrases.add(n.phrase()), "phrase for two entries: " + n.phrase());
        }
    }

    @Test
    void onePlacePerCountry() {
        List<PlaceEntry> places = TABLE.places();
        assertEquals(TABLE.all().size(), places.size());
        PlaceEntry ukraine = places.stream().filter(p -> "UKR".equals(p.country())).findFirst().orElseThrow();
        assertEquals(PlaceKind.COUNTRY, ukraine.kind());
        assertEquals("Ukraine", ukraine.name());
        assertEquals(690791L, ukraine.geonamesId());
        assertTrue(places.stream().allMatch(p -> p.kind() == PlaceKind.COUNTRY));
    }

    @Test
    void loadsOncePerJvm() {
        assertSame(TABLE, CountryTable.load());
    }

    @Test
    void malformedLinesFailNamingFileAndLine() {
        String row = "RUS\tRU\tRussia\tRussia\tRussian\tMoscow\t55.7558\t37.6173\t61.5240\t105.3188\t2017370";
        assertFails("countries.tsv:3:", "# comment\n" + CountryTable.HEADER + "\n" + row.replace("\t2017370", ""));
        assertFails("countries.tsv:2:", CountryTable.HEADER + "\n" + row.replace("55.7558", "north"));
        assertFails("countries.tsv:2:", CountryTable.HEADER + "\n" + row.replace("RUS\tRU", "Rus\tRU"));
        assertFails("countries.tsv:3:", CountryTable.HEADER + "\n" + row + "\n" + row.replace("RU\t", "RX\t"));
        assertFails("countries.tsv:1:", "iso3\tname\n" + row);
        List<String> repeated = new ArrayList<>(List.of(CountryTable.HEADER, row,
                "BLR\tBY\tBelarus\tBelarus\tRussian\tMinsk\t53.9\t27.56\t53.7\t27.95\t"));
        assertFails("countries.tsv:3: 'Russian' already names RUS", String.join("\n", repeated));
        assertEquals(1, CountryTable.parse("countries.tsv", new StringReader(CountryTable.HEADER + "\n" + row))
                .all().size());
    }

    private static void assertFails(String messageStart, String text) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CountryTable.parse("countries.tsv", new StringReader(text)));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    }

    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
