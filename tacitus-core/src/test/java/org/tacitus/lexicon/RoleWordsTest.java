package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleWordsTest {

    private static final RoleWords ROLES = RoleWords.load();

    @Test
    void loadsOnce() {
        assertSame(ROLES, RoleWords.load());
        assertTrue(ROLES.phrasesLongestFirst().size() > 250, "phrases: " + ROLES.phrasesLongestFirst().size());
    }

    @ParameterizedTest
    @CsvSource({
        "foreign minister, GOV",
        "deputy foreign minister, GOV",
        "defense secretary, GOV",
        "president, GOV",
        "troops, MIL",
        "army, MIL",
        "rebels, REB",
        "militants, REB",
        "protesters, OPP",
        "judge, JUD",
        "supreme court, JUD",
        "lawmakers, LEG",
        "senator, LEG",
        "politicians, PTY",
        "journalists, MED",
        "civilians, CVL",
        "migrants, CVL",
        "refugees, REF",
        "asylum seekers, REF",
        "students, EDU",
        "doctors, HLH",
        "aid agencies, NGO",
        "intelligence, SPY",
        "police, COP",
        "security forces, COP",
        "oligarchs, ELI",
        "unions, LAB",
        "cartel, CRM",
        "mercenaries, UAF"})
    void givesTheSectorOfARole(String phrase, String sector) {
        assertEquals(Optional.of(sector), ROLES.sector(phrase));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foreign Minister", "FOREIGN MINISTER", "  foreign   minister ", "foreign\u00A0minister"})
    void ignoresCaseAndSpacing(String phrase) {
        assertEquals(Optional.of("GOV"), ROLES.sector(phrase));
    }

    @Test
    void knowsNothingElse() {
        assertEquals(Optional.empty(), ROLES.sector("banana"));
        assertEquals(Optional.empty(), ROLES.sector(""));
        assertEquals(Optional.empty(), ROLES.sector("deputies"));
        assertThrows(NullPointerException.class, () -> ROLES.sector(null));
    }

    @Test
    void everyPhraseIsLowerCaseWithAKnownSector() {
        for (String phrase : ROLES.phrasesLongestFirst()) {
            assertEquals(phrase.toLowerCase(Locale.ROOT), phrase);
            assertTrue(RoleWords.SECTORS.contains(ROLES.sector(phrase).orElseThrow()), phrase);
        }
    }

    @Test
    void ordersPhrasesLongestFirst() {
        List<String> phrases = ROLES.phrasesLongestFirst();
        for (int i = 1; i < phrases.size(); i++) {
            String before = phrases.get(i - 1);
            String after = phrases.get(i);
            int wordsBefore = before.split(" ").length;
            int wordsAfter = after.split(" ").length;
            assertTrue(wordsBefore > wordsAfter || wordsBefore == wordsAfter && before.length() >= after.length(),
                    before + " / " + after);
        }
        assertTrue(phrases.indexOf("deputy foreign minister") < phrases.indexOf("foreign minister"));
        assertTrue(phrases.indexOf("foreign minister") < phrases.indexOf("minister"));
        assertTrue(phrases.indexOf("security forces") < phrases.indexOf("forces"));
        assertThrows(UnsupportedOperationException.class, () -> phrases.add("x"));
    }

    @Test
    void parsesTheFormat() throws Exception {
        String tsv = "# comment\n" + RoleWords.HEADER + "\n\nrebels\tREB\n"
                + "foreign minister\tGOV\ta note\n";
        RoleWords words = RoleWords.parse(new StringReader(tsv), "t.tsv");
        assertEquals(List.of("foreign minister", "rebels"), words.phrasesLongestFirst());
        assertEquals(Optional.of("REB"), words.sector("Rebels"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "rebels",
        "rebels\tREB\tnote\textra",
        "Rebels\tREB\t",
        "rebels \tREB\t",
        "rebel  group\tREB\t",
        "\tREB\t",
        "rebels\treb\t",
        "rebels\tXYZ\t",
        "rebels\tREB\t\nrebels\tMIL\t"})
    void rejectsMalformedLinesNamingFileAndLine(String rows) {
        String tsv = RoleWords.HEADER + "\n" + rows + "\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RoleWords.parse(new StringReader(tsv), "bad.tsv"));
        assertTrue(e.getMessage().matches("bad\\.tsv line [23]: .+"), e.getMessage());
    }

    @Test
    void rejectsAFileWithoutItsHeader() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RoleWords.parse(new StringReader("rebels\tREB\t\n"), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv line 1: expected the header"), e.getMessage());
    }
}
