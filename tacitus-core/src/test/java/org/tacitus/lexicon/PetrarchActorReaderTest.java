package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PetrarchActorReaderTest {

    static Path fixture(String name) {
        try {
            return Path.of(PetrarchActorReaderTest.class.getResource("/dictionaries/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ActorName name(String phrase, String code, String country, String sector, String name,
                                  ActorKind kind, String from, String to) {
        return new ActorName(phrase, code, country, sector, name, kind, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    private static DictionaryLoad<ActorName> read(String text) {
        return PetrarchActorReader.read(new StringReader(text), "test.actors.txt");
    }

    @Test
    void fixtureGivesOneNamePerPhraseAndCodeAndReportsBadLinesByNumber() {
        DictionaryLoad<ActorName> load = PetrarchActorReader.read(fixture("sample.actors.txt"));
        ActorKind c = ActorKind.COUNTRY;
        ActorKind o = ActorKind.ORGANIZATION;
        ActorKind p = ActorKind.PERSON;
        assertEquals(List.of(
                name("FRANCE", "FRA", "FRA", null, "FRANCE", c, null, null),
                name("FRENCH", "FRA", "FRA", null, "FRANCE", c, null, null),
                // dated codes first (file order), then the undated default
                name("TOMAS KELDAR", "FRAELI", "FRA", "ELI", "TOMAS KELDAR", p, "1995-01-01", "2003-06-01"),
                name("TOMAS KELDAR", "FRAGOV", "FRA", "GOV", "TOMAS KELDAR", p, "2003-06-01", null),
                name("TOMAS KELDAR", "FRAELI", "FRA", "ELI", "TOMAS KELDAR", p, null, null),
                name("MINISTER KELDAR", "FRAELI", "FRA", "ELI", "TOMAS KELDAR", p, "1995-01-01", "2003-06-01"),
                name("MINISTER KELDAR", "FRAGOV", "FRA", "GOV", "TOMAS KELDAR", p, "2003-06-01", null),
                name("MINISTER KELDAR", "FRAELI", "FRA", "ELI", "TOMAS KELDAR", p, null, null),
                name("ORVAL TIDE FRONT", "FRAREB", "FRA", "REB", "ORVAL TIDE FRONT", o, null, null),
                name("NORTHERN WATCH", "IGOUNO", null, "IGO", "NORTHERN WATCH", o, null, null),
                name("PRESIDENT ANA VOSS", "USAGOV", "USA", "GOV", "PRESIDENT ANA VOSS", p, null, null),
                name("AURELIA BRANT", "USAGOV", "USA", "GOV", "AURELIA BRANT", p, null, "1999-01-01"),
                name("AURELIA BRANT", "NGOUSA", null, "NGO", "AURELIA BRANT", p, "1999-01-01", "2009-01-19"),
                name("TWIN ONE", "DNKGOV", "DNK", "GOV", "TWIN ONE", o, null, null),
                name("TWIN TWO", "DNKGOV", "DNK", "GOV", "TWIN TWO", o, null, null),
                name("TWIN ALIAS", "DNKGOV", "DNK", "GOV", "TWIN TWO", o, null, null),
                name("B+H SHIPPING", "MNCFRA", null, "MNC", "B+H SHIPPING", o, null, null),
                name("B+H SHIPPING", "IGOFRA", null, "IGO", "B+H SHIPPING", o, null, null)), load.entries());
        assertEquals(List.of(
                "sample.actors.txt:8: '+' inside a phrase (two synonyms on one line?); line skipped",
                "sample.actors.txt:23: date range 120101-100101 ends before it starts; code skipped",
                "sample.actors.txt:24: bad date '20121304' (YYMMDD or YYYYMMDD); code skipped",
                "sample.actors.txt:25: date restriction '20120101' is not <DATE, >DATE or DATE-DATE; code skipped",
                "sample.actors.txt:26: invalid code '+++'; code skipped",
                "sample.actors.txt:27: unbalanced bracket; entry skipped",
                "sample.actors.txt:30: 'TWIN ONE' has no code of its own; given the codes of line 31",
                "sample.actors.txt:34: text after the code ignored: 'Shipping $4,000,000'",
                "sample.actors.txt:36: no code; entry skipped"), load.problems());
    }

    @Test
    void missingFileIsOneProblem() {
        DictionaryLoad<ActorName> load = PetrarchActorReader.read(Path.of("no/such/dir/missing.actors.txt"));
        assertEquals(List.of(), load.entries());
        assertEquals(1, load.problems().size());
        assertTrue(load.problems().get(0).startsWith("missing.actors.txt: no such file"), load.problems().get(0));
    }

    @Test
    void readerInputWithByteOrderMarkCrLfAndControlCharacters() {
        DictionaryLoad<ActorName> load = read("\uFEFFKOR_ [KOR]\r\n+SEO\u001AUL\r\n\tJAN_STRASK\u0000Y [CZEGOV]\r\n"
                + "+JAN\r\n[CZEELI]\r\nLATER_ONE [CZEMIL]\r\n");
        assertEquals(List.of(
                name("KOR", "KOR", "KOR", null, "KOR", ActorKind.COUNTRY, null, null),
                name("LATER ONE", "CZEMIL", "CZE", "MIL", "LATER ONE", ActorKind.ORGANIZATION, null, null)),
                load.entries());
        assertEquals(List.of("test.actors.txt:2: control character U+001A in phrase; line skipped",
                "test.actors.txt:3: control character U+0000 in phrase; entry skipped"), load.problems());
    }

    @Test
    void codesOnAnyLineOfAnEntryApplyToAllItsPhrasesAndCompoundCodesSplit() {
        DictionaryLoad<ActorName> load = read("GREY_HAVENS [ELF/ERI]\n+MITHLOND [GON >20000101]\n");
        assertEquals(List.of("GREY HAVENS/GON", "GREY HAVENS/ELF", "GREY HAVENS/ERI", "MITHLOND/GON",
                        "MITHLOND/ELF", "MITHLOND/ERI"),
                load.entries().stream().map(n -> n.phrase() + "/" + n.code()).toList());
        assertTrue(load.clean());
    }

    @Test
    void commentsOfEveryKind() {
        DictionaryLoad<ActorName> load = read("<!-- one [X] --> ALPHA_ [ALP] <!-- two -->\n"
                + "BETA_ [BET] # tail [not a code]\n<!-- opens\n GAMMA [GAM]\n closes --> DELTA_ [DEL]\n"
                + "<! -- skipped whole --> EPSILON [EPS]\n---STOP---\nZETA [ZET]\n");
        assertEquals(List.of("ALPHA", "BETA", "DELTA"), load.entries().stream().map(ActorName::phrase).toList());
        assertTrue(load.clean(), load.problems().toString());
    }

    @Test
    void petrarchDatesAndCodeParts() {
        assertEquals(LocalDate.of(2030, 12, 31), PetrarchActorReader.petrarchDate("301231"));
        assertEquals(LocalDate.of(1931, 1, 1), PetrarchActorReader.petrarchDate("310101"));
        assertEquals(LocalDate.of(1927, 1, 1), PetrarchActorReader.petrarchDate("19270101"));
        assertNull(PetrarchActorReader.petrarchDate("9008223"));
        assertNull(PetrarchActorReader.petrarchDate("20100229"));
        assertEquals("GOV", PetrarchActorReader.sectorOf("AFGGOVBUS"));
        assertEquals("MNC", PetrarchActorReader.sectorOf("MNCUSA"));
        assertEquals("ARM", PetrarchActorReader.sectorOf("USRARM"));
        assertNull(PetrarchActorReader.sectorOf("RUS"));
        assertEquals("RUS", PetrarchActorReader.countryOf("RUSGOV"));
        assertNull(PetrarchActorReader.countryOf("USRARM"));
        assertNull(PetrarchActorReader.countryOf("IGOUNO"));
    }

    @Test
    void kindHeuristic() {
        DictionaryLoad<ActorName> load = read(String.join("\n",
                "SELA_MARR_ [SWEGOV 20100101-20140101]",  // dated, name-like: person
                "SELA_MARR_ALLIANCE_ [SWEGOV 20100101-20140101]", // institution word
                "ODA_VANE_ [SWEGOV]",                     // undated, no title: organisation
                "KING_ODA_VANE_ [SWEGOV]",                // title + name: person
                "KING_ [SWEGOV]",                         // a title alone is not a person
                "HALDOR_VANE_ [MNCSWE 20100101-20140101]", // companies are never people
                "NORRLAND_ [SWE]",                        // bare ISO code: country
                "ESKER_ [ESK]",                           // bare non-ISO code: organisation
                ""));
        assertEquals(List.of(ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.ORGANIZATION, ActorKind.PERSON,
                        ActorKind.ORGANIZATION, ActorKind.ORGANIZATION, ActorKind.COUNTRY, ActorKind.ORGANIZATION),
                load.entries().stream().map(ActorName::kind).toList());
    }

    @Test
    void seededHostileInputNeverThrowsAndEveryProblemNamesItsLine() {
        Random random = new Random(20240611L);
        String alphabet = "AB_ +[]<>-~!{}#/0123456789\t\u0000\u00e9";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(12);
            for (int i = 0; i < lines; i++) {
                int length = random.nextInt(30);
                for (int k = 0; k < length; k++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                text.append('\n');
            }
            DictionaryLoad<ActorName> load = read(text.toString());
            for (String problem : load.problems()) {
                assertTrue(problem.matches("test\\.actors\\.txt:\\d+: .+"), problem);
            }
        }
    }
}
