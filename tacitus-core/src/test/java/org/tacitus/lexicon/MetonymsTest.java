package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetonymsTest {

    private static final List<ActorName> METONYMS = Metonyms.load();

    private static ActorName metonym(String phrase) {
        return METONYMS.stream().filter(n -> n.phrase().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no metonym " + phrase));
    }

    private static void assertCodes(String phrase, String country, String sector) {
        ActorName n = metonym(phrase);
        assertEquals(country, n.country(), phrase);
        assertEquals(sector, n.sector(), phrase);
        assertEquals(country + sector, n.code(), phrase);
        assertEquals(ActorKind.METONYM, n.kind(), phrase);
    }

    @Test
    void spotChecks() {
        assertCodes("the Kremlin", "RUS", "GOV");
        assertCodes("Kremlin", "RUS", "GOV");
        assertCodes("Moscow", "RUS", "GOV");
        assertCodes("Washington", "USA", "GOV");
        assertCodes("the White House", "USA", "GOV");
        assertCodes("the Pentagon", "USA", "MIL");
        assertCodes("Capitol Hill", "USA", "LEG");
        assertCodes("Langley", "USA", "SPY");
        assertCodes("Kyiv", "UKR", "GOV");
        assertCodes("Kiev", "UKR", "GOV");
        assertCodes("Downing Street", "GBR", "GOV");
        assertCodes("the Élysée", "FRA", "GOV");
        assertCodes("the Bundestag", "DEU", "LEG");
        assertCodes("Jerusalem", "ISR", "GOV");
        assertCodes("the Knesset", "ISR", "LEG");
        assertCodes("the Vatican", "VAT", "GOV");
        assertCodes("the Holy See", "VAT", "GOV");
        assertCodes("the Lubyanka", "RUS", "SPY");
        assertEquals("Russia (the Kremlin)", metonym("the Kremlin").name());
    }

    @Test
    void ambiguousCapitalsAreLeftOut() {
        Set<String> phrases = new HashSet<>();
        METONYMS.forEach(n -> phrases.add(n.phrase()));
        for (String left : List.of("Brussels", "Victoria", "Kingston", "Georgetown", "Male", "Singapore",
                "the Senate")) {
            assertTrue(!phrases.contains(left), left);
        }
    }

    @Test
    void noPhraseMapsToTwoCountries() {
        Map<String, String> owners = new HashMap<>();
        for (ActorName n : METONYMS) {
            String key = n.phrase().toLowerCase(Locale.ROOT);
            String owner = owners.putIfAbsent(key, n.country());
            assertTrue(owner == null || owner.equals(n.country()),
                    n.phrase() + " maps to " + owner + " and " + n.country());
        }
    }

    @Test
    void everyEntryIsACountrySeat() {
        CountryTable countries = CountryTable.load();
        Set<String> countryPhrases = new HashSet<>();
        countries.actorNames().forEach(n -> countryPhrases.add(n.phrase()));
        for (ActorName n : METONYMS) {
            assertTrue(countries.byIso3(n.country()).isPresent(), n.phrase());
            assertTrue(n.sector().matches("[A-Z]{3}"), n.phrase());
            assertTrue(!countryPhrases.contains(n.phrase()), n.phrase() + " is also a country name or demonym");
        }
    }

    /** A capital that is a metonym stands for its own country, never another. */
    @Test
    void capitalsStandForTheirOwnCountry() {
        Map<String, String> byPhrase = new HashMap<>();
        METONYMS.forEach(n -> byPhrase.put(n.phrase(), n.country()));
        int withCapital = 0;
        for (Country c : CountryTable.load().all()) {
            boolean any = false;
            for (String capital : c.capitals()) {
                String owner = byPhrase.get(capital);
                assertTrue(owner == null || owner.equals(c.iso3()), capital + " maps to " + owner);
                any |= owner != null;
            }
            withCapital += any ? 1 : 0;
        }
        assertTrue(withCapital >= 185, "countries with a capital metonym: " + withCapital);
    }

    @Test
    void loadsOncePerJvm() {
        assertSame(METONYMS, Metonyms.load());
    }

    @Test
    void malformedLinesFailNamingFileAndLine() {
        CountryTable countries = CountryTable.load();
        String header = Metonyms.HEADER + "\n";
        assertFails("metonyms.tsv:2: unknown country XYZ", header + "Nowhere\tXYZ\tGOV\tnote", countries);
        assertFails("metonyms.tsv:2:", header + "the Kremlin\tRUS\tgov\tnote", countries);
        assertFails("metonyms.tsv:2:", header + "the Kremlin\tRUS\tGOV", countries);
        assertFails("metonyms.tsv:3: 'Moscow' already on line 2",
                header + "Moscow\tRUS\tGOV\t\nMoscow\tRUS\tGOV\t", countries);
    }

    private static void assertFails(String messageStart, String text, CountryTable countries) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Metonyms.parse("metonyms.tsv", new StringReader(text), countries));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    }
}
