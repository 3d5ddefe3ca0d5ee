package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PetrarchAgentReaderTest {

    private static DictionaryLoad<RoleWord> read(String text) {
        return PetrarchAgentReader.read(new StringReader(text), "test.agents.txt");
    }

    @Test
    void fixtureExpandsPluralsAndSubstitutionSetsAndReportsBadLinesByNumber() {
        DictionaryLoad<RoleWord> load = PetrarchAgentReader.read(PetrarchActorReaderTest.fixture("sample.agents.txt"));
        assertEquals(List.of(
                new RoleWord("ENVOY", "GOV"),
                new RoleWord("ENVOYS", "GOV"),
                new RoleWord("MILITIA DEPUTY", "MIL"),
                new RoleWord("MILITIA DEPUTIES", "MIL"),
                new RoleWord("TAX BOSS", "BUS"),
                new RoleWord("TAX BOSSES", "BUS"),
                new RoleWord("HARBOR WATCH", "COP"),
                new RoleWord("SHEEPHERDER", "AGR"),
                new RoleWord("SHEEP HERDERS", "AGR"),
                new RoleWord("PRESS OFFICER", "GOVMED"),
                new RoleWord("PRESS OFFICERS", "GOVMED"),
                new RoleWord("CHIEF OFFICER", "MIL"),
                new RoleWord("CHIEF OFFICERS", "MIL"),
                new RoleWord("HEAD OFFICER", "MIL"),
                new RoleWord("HEAD OFFICERS", "MIL"),
                new RoleWord("RELIEF GROUP", "NGO"),
                new RoleWord("RELIEF GROUPS", "NGO"),
                new RoleWord("COASTAL SCOUT", "MILNAV"),
                new RoleWord("COASTAL SCOUTS", "MILNAV"),
                new RoleWord("F-99", "MIL"),
                new RoleWord("F-99S", "MIL"),
                new RoleWord("ARCHIVIST", "EDU"),
                new RoleWord("ARCHIVISTS", "EDU")), load.entries());
        assertEquals(List.of(
                "sample.agents.txt:15: unbalanced bracket; line skipped",
                "sample.agents.txt:16: no code; line skipped",
                "sample.agents.txt:17: undefined substitution marker !UNKNOWN!; line skipped",
                "sample.agents.txt:19: invalid agent code 'GOV' (expected ~CODE or CODE~); line skipped",
                "sample.agents.txt:20: unbalanced brace; line skipped",
                "sample.agents.txt:21: text after the code ignored: 'stray words'"), load.problems());
    }

    @Test
    void missingFileIsOneProblem() {
        DictionaryLoad<RoleWord> load = PetrarchAgentReader.read(Path.of("missing.agents.txt"));
        assertEquals(List.of(), load.entries());
        assertEquals(1, load.problems().size());
        assertTrue(load.problems().get(0).startsWith("missing.agents.txt: no such file"), load.problems().get(0));
    }

    @Test
    void regularPlurals() {
        assertEquals("AUTHORITIES", PetrarchAgentReader.regularPlural("AUTHORITY"));
        assertEquals("ATTORNEYS", PetrarchAgentReader.regularPlural("ATTORNEY"));
        assertEquals("CONGRESSES", PetrarchAgentReader.regularPlural("CONGRESS"));
        assertEquals("TAX BOXES", PetrarchAgentReader.regularPlural("TAX BOX"));
        assertEquals("CHURCHES", PetrarchAgentReader.regularPlural("CHURCH"));
        assertEquals("rebels", PetrarchAgentReader.regularPlural("rebel"));
        assertEquals("B-52S", PetrarchAgentReader.regularPlural("B-52"));
        assertNull(PetrarchAgentReader.regularPlural("1ST LT."));
    }

    @Test
    void markerDefinedLaterOrEmptyWordsAreHandled() {
        DictionaryLoad<RoleWord> load = read("FIRE!P! [~GOV]\n!P! = MAN, _ , \n!P! {} [~ENV]\n");
        assertEquals(List.of(new RoleWord("MAN", "ENV")), load.entries());
        assertEquals(List.of("test.agents.txt:1: undefined substitution marker !P!; line skipped"), load.problems());
        assertEquals("GOV", new RoleWord("X", "GOVMED").primarySector());
    }

    @Test
    void seededHostileInputNeverThrowsAndEveryProblemNamesItsLine() {
        Random random = new Random(20240612L);
        String alphabet = "AB_ +[]{}!=,~#-9\t\u0000";
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
            for (String problem : read(text.toString()).problems()) {
                assertTrue(problem.matches("test\\.agents\\.txt:\\d+: .+"), problem);
            }
        }
    }
}
