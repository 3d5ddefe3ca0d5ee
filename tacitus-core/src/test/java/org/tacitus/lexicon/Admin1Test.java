package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Admin1Test {

    private static final List<PlaceEntry> ADMIN1 = Admin1.load();
    private static final CountryTable COUNTRIES = CountryTable.load();

    /**
     * Divisions far from both their country's capital and its reference point: overseas regions and the Russian
     * Far East. Every other point lies within 2,500 km of one of the two, which catches a swapped sign or swapped
     * latitude and longitude.
     */
    private static final Set<String> FAR = Set.of("Guadeloupe", "Martinique", "French Guiana", "Réunion", "Mayotte",
            "Magadan Oblast", "Sakhalin Oblast", "Primorsky Krai", "Kamchatka Krai", "Chukotka",
            "Jewish Autonomous Oblast", "Khabarovsk Krai"); // Russia's reference point is at 90 E (countries.tsv)

    /** The entry of that country that has the phrase as its name or one of its names. */
    private static PlaceEntry named(String phrase, String iso3) {
        return ADMIN1.stream()
                .filter(p -> iso3.equals(p.country()))
                .filter(p -> p.name().equals(phrase) || p.alternateNames().contains(phrase))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no division " + phrase + " in " + iso3));
    }

    private static List<String> forms(PlaceEntry p) {
        List<String> all = new ArrayList<>();
        all.add(p.name());
        all.addAll(p.alternateNames());
        return all;
    }

    /** How the gazetteer compares names: case ignored, a leading "the" dropped, runs of spaces folded. */
    private static String key(String form) {
        String s = form.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4).strip();
        }
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    @Test
    void spotChecks() {
        assertEquals("AUS", named("Queensland", "AUS").country());
        assertSame(named("New South Wales", "AUS"), named("NSW", "AUS"));
        PlaceEntry alabama = named("Alabama", "USA");
        assertEquals(32.8, alabama.lat(), 0.5);
        assertEquals(-86.8, alabama.lon(), 0.5);
        assertEquals("GBR", named("Surrey", "GBR").country());
        assertEquals("CHN", named("Anhui", "CHN").country());
        assertEquals("IND", named("Uttar Pradesh", "IND").country());
        assertEquals("HTI", named("Artibonite", "HTI").country());
        assertEquals("KEN", named("Nyanza", "KEN").country());
        PlaceEntry georgia = named("Georgia", "USA");
        assertTrue(georgia.alternateNames().contains("Georgia (U.S. state)"));
        assertTrue(georgia.lat() > 30 && georgia.lat() < 35 && georgia.lon() < -80, "Georgia is the US state");
        assertSame(named("Moscow Oblast", "RUS"), named("the Moscow region", "RUS"));
        assertSame(named("Lviv Oblast", "UKR"), named("the Lviv region", "UKR"));
    }

    @Test
    void everyEntryIsAnAdmin1OfAKnownCountry() {
        for (PlaceEntry p : ADMIN1) {
            assertEquals(PlaceKind.ADMIN1, p.kind(), p.name());
            assertTrue(p.country() != null && p.country().matches("[A-Z]{3}"), p.name() + ": " + p.country());
            assertTrue(COUNTRIES.byIso3(p.country()).isPresent(), p.name() + ": unknown " + p.country());
            assertNull(p.geonamesId(), p.name());
            assertEquals(0, p.population(), p.name());
        }
        assertTrue(ADMIN1.size() >= 650, "entries: " + ADMIN1.size());
    }

    @Test
    void everyPointIsInRangeAndNearItsCountry() {
        Set<String> farSeen = new HashSet<>();
        for (PlaceEntry p : ADMIN1) {
            assertTrue(Math.abs(p.lat()) <= 90 && Math.abs(p.lon()) <= 180, p.name());
            Country c = COUNTRIES.byIso3(p.country()).orElseThrow();
            double km = Math.min(kilometres(p.lat(), p.lon(), c.capitalLat(), c.capitalLon()),
                    kilometres(p.lat(), p.lon(), c.lat(), c.lon()));
            if (FAR.contains(p.name())) {
                farSeen.add(p.name());
            } else {
                assertTrue(km < 2500, p.name() + " (" + p.country() + ") is " + Math.round(km)
                        + " km from its country's capital and reference point");
            }
        }
        assertEquals(FAR, farSeen, "every far territory listed in the test is in the file");
    }

    @Test
    void noDuplicateNameAndNoFormTwiceInOneCountry() {
        Set<String> names = new HashSet<>();
        Map<String, String> owners = new HashMap<>();
        for (PlaceEntry p : ADMIN1) {
            assertTrue(names.add(p.name() + "\t" + p.country()), "repeated " + p.name() + " " + p.country());
            for (String form : new HashSet<>(forms(p))) {
                String owner = owners.putIfAbsent(p.country() + "\t" + key(form), p.name());
                assertTrue(owner == null || owner.equals(p.name()),
                        "'" + form + "' names both " + owner + " and " + p.name() + " in " + p.country());
            }
        }
    }

    @Test
    void noFormRepeatsARegionOrNamesACountry() {
        Set<String> regionForms = new HashSet<>();
        Regions.load().forEach(r -> forms(r).forEach(f -> regionForms.add(key(f))));
        Set<String> countryForms = new HashSet<>();
        COUNTRIES.actorNames().forEach(n -> countryForms.add(key(n.phrase())));
        for (PlaceEntry p : ADMIN1) {
            for (String form : forms(p)) {
                assertTrue(!regionForms.contains(key(form)), form + " is already in regions.tsv");
                boolean georgia = p.name().equals("Georgia") && "USA".equals(p.country());
                assertTrue(georgia || !countryForms.contains(key(form)), form + " names a country");
            }
        }
    }

    /** Bare codes of one or two letters ("WA", "SA", "NT") are words or other things; "Ky." and "N.H." may stay. */
    @Test
    void noBareTwoLetterAbbreviations() {
        for (PlaceEntry p : ADMIN1) {
            for (String form : forms(p)) {
                assertTrue(!form.matches("\\p{L}{1,2}"), p.name() + ": " + form);
            }
        }
    }

    @Test
    void loadsOncePerJvm() {
        assertSame(ADMIN1, Admin1.load());
    }

    @Test
    void malformedLinesFailNamingFileAndLine() {
        String header = Admin1.HEADER + "\n";
        assertFails("admin1.tsv:2:", header + "Atlantis\t\tATL\t10.0\t10.0");
        assertFails("admin1.tsv:2:", header + "Atlantis\t\t\t10.0\t10.0");
        assertFails("admin1.tsv:2:", header + "Atlantis\t\tGRC\t100.0\t10.0");
        assertFails("admin1.tsv:2:", header + "Atlantis\t\tGRC\tnorth\t10.0");
        assertFails("admin1.tsv:2:", header + "Atlantis\t\tGRC\t10.0");
        assertFails("admin1.tsv:1:", "name\tiso3\tlat\tlon\nAtlantis\tGRC\t10.0\t10.0");
        assertFails("admin1.tsv:4: 'Atlantis' (GRC) already on line 3", "# comment\n" + header
                + "Atlantis\t\tGRC\t10.0\t10.0\nLost land\tAtlantis\tGRC\t11.0\t11.0");
        List<PlaceEntry> two = Admin1.parse("admin1.tsv", new StringReader(header
                + "Atlantis\tthe Lost Land\tGRC\t37.5\t23.0\nAtlantis\tthe Lost Land\tCYP\t35.0\t33.0"), COUNTRIES);
        assertEquals(2, two.size(), "one form may name divisions of two countries");
        assertEquals(List.of("the Lost Land"), two.get(0).alternateNames());
    }

    private static void assertFails(String messageStart, String text) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Admin1.parse("admin1.tsv", new StringReader(text), COUNTRIES));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    }

    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
