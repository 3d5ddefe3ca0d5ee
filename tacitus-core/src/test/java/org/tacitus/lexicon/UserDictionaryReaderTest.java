package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UserDictionaryReaderTest {

    private static final String HEADER = "phrase\tcode\tcountry\tsector\tname\tkind\tfrom\tto\n";

    private static DictionaryLoad<ActorName> read(String text) {
        return UserDictionaryReader.read(new StringReader(text), "test.tsv");
    }

    @Test
    void fixtureFillsOptionalColumnsFromTheCodeAndReportsBadLinesByNumber() {
        DictionaryLoad<ActorName> load = UserDictionaryReader.read(PetrarchActorReaderTest.fixture("sample.tsv"));
        LocalDate from = LocalDate.of(2019, 1, 1);
        assertEquals(List.of(
                new ActorName("Valdoria", "VDR", null, null, "Valdoria", ActorKind.COUNTRY, null, null),
                new ActorName("Marta Quell", "BRAGOV", "BRA", "GOV", "Marta Quell", ActorKind.PERSON, from,
                        LocalDate.of(2022, 12, 31)),
                new ActorName("the Tidewater Compact", "IGOTWC", null, "IGO", "Tidewater Compact",
                        ActorKind.ORGANIZATION, null, null),
                new ActorName("Quell", "BRAGOV", "BRA", "GOV", "Marta Quell", ActorKind.PERSON, from, null),
                new ActorName("Brazil", "BRA", "BRA", null, "Brazil", ActorKind.COUNTRY, null, null)),
                load.entries());
        String columns = "expected 8 (phrase, code, country, sector, name, kind, from, to); line skipped";
        assertEquals(List.of(
                "sample.tsv:10: unknown country 'XXX' (ISO 3166-1 alpha-3 expected); line skipped",
                "sample.tsv:11: unknown kind 'PRESIDENT' (one of [COUNTRY, DEMONYM, METONYM, ORGANIZATION, PERSON, "
                        + "REGION]); line skipped",
                "sample.tsv:12: bad 'from' date '2019-13-01' (YYYY-MM-DD expected); line skipped",
                "sample.tsv:13: 'to' 2019-01-01 is before 'from' 2020-01-01; line skipped",
                "sample.tsv:14: 3 fields; " + columns,
                "sample.tsv:15: empty phrase; line skipped",
                "sample.tsv:16: empty name; line skipped",
                "sample.tsv:17: invalid sector 'GOVT' (three letters expected); line skipped",
                "sample.tsv:18: 9 fields; " + columns,
                "sample.tsv:19: invalid code 'BRA GOV' (letters and digits); line skipped"), load.problems());
    }

    @Test
    void missingFileIsOneProblem() {
        DictionaryLoad<ActorName> load = UserDictionaryReader.read(Path.of("nowhere", "actors.tsv"));
        assertEquals(List.of(), load.entries());
        assertEquals(1, load.problems().size());
        assertTrue(load.problems().get(0).startsWith("actors.tsv: no such file"), load.problems().get(0));
    }

    @Test
    void headerIsRequiredAndMayCarryAByteOrderMarkAndAnyCase() {
        DictionaryLoad<ActorName> wrong = read("Ruritania\tRUR\t\t\tRuritania\n");
        assertEquals(List.of(), wrong.entries());
        assertEquals(List.of("test.tsv:1: expected the header phrase<TAB>code<TAB>country<TAB>sector<TAB>name<TAB>"
                + "kind<TAB>from<TAB>to; file skipped"), wrong.problems());

        DictionaryLoad<ActorName> empty = read("# nothing here\n\n");
        assertEquals(List.of("test.tsv: empty: no header line"), empty.problems());

        DictionaryLoad<ActorName> ok = read("\uFEFF" + HEADER.toUpperCase() + "Lavrov\tRUSGOV\t\t\tSergei Lavrov\r\n");
        assertEquals(List.of(new ActorName("Lavrov", "RUSGOV", "RUS", "GOV", "Sergei Lavrov", ActorKind.ORGANIZATION,
                null, null)), ok.entries());
        assertTrue(ok.clean());
    }

    @Test
    void seededHostileInputNeverThrowsAndEveryProblemNamesItsLine() {
        Random random = new Random(20240613L);
        String alphabet = "aBRUSGOV\t\t\t#-0123456789 \u0000";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder(HEADER);
            int lines = random.nextInt(10);
            for (int i = 0; i < lines; i++) {
                int length = random.nextInt(40);
                for (int k = 0; k < length; k++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                text.append('\n');
            }
            for (String problem : read(text.toString()).problems()) {
                assertTrue(problem.matches("test\\.tsv:\\d+: .+"), problem);
            }
        }
    }
}
