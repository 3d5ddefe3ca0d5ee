package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationsTest {

    private static final List<ActorName> NAMES = Organizations.load();

    @Test
    void loadsOnceAndHoldsOnlyOrganisationsAndRegions() {
        assertSame(NAMES, Organizations.load());
        assertTrue(NAMES.size() > 800, "surface names: " + NAMES.size());
        for (ActorName name : NAMES) {
            assertTrue(name.kind() == ActorKind.ORGANIZATION || name.kind() == ActorKind.REGION, name::toString);
            assertNull(name.from(), name::toString);
            assertNull(name.to(), name::toString);
        }
    }

    @Test
    void codesAreWellFormedAndAgreeWithCountryAndSector() {
        for (ActorName name : NAMES) {
            String code = name.code();
            assertTrue(code.matches("([A-Z]{3}){2,3}"), code);
            assertTrue(RoleWords.SECTORS.contains(name.sector()), name::toString);
            if (name.country() == null) {
                assertTrue(Set.of("IGO", "NGO", "IMG").contains(name.sector()), name::toString);
                assertEquals(name.sector(), code.substring(0, 3), name::toString);
            } else {
                assertEquals(name.country() + name.sector(), code, name::toString);
            }
        }
    }

    @Test
    void eachOrganisationHasOneCodeAndEachInternationalCodeOneOrganisation() {
        Map<String, Set<String>> codesByName = new HashMap<>();
        Map<String, Set<String>> namesByInternationalCode = new HashMap<>();
        for (ActorName name : NAMES) {
            codesByName.computeIfAbsent(name.name(), k -> new HashSet<>())
                    .add(name.code() + " " + name.country() + " " + name.sector() + " " + name.kind());
            if (name.country() == null) {
                namesByInternationalCode.computeIfAbsent(name.code(), k -> new HashSet<>()).add(name.name());
            }
        }
        codesByName.forEach((org, codes) -> assertEquals(1, codes.size(), org + ": " + codes));
        namesByInternationalCode.forEach((code, orgs) -> assertEquals(1, orgs.size(), code + ": " + orgs));
        for (String code : namesByInternationalCode.keySet()) {
            if (code.length() == 9) {
                assertTrue(namesByInternationalCode.containsKey(code.substring(0, 6)), "parent of " + code);
            }
        }
        assertTrue(codesByName.size() > 200, "organisations: " + codesByName.size());
    }

    @Test
    void noTwoOrganisationsShareASurfaceNameIgnoringCase() {
        Map<String, Set<String>> owners = NAMES.stream().collect(Collectors.groupingBy(
                n -> n.phrase().toLowerCase(Locale.ROOT),
                Collectors.mapping(n -> n.code() + " " + n.name(), Collectors.toSet())));
        owners.forEach((phrase, orgs) -> assertEquals(1, orgs.size(), phrase + ": " + orgs));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "NATO|IGONAT|-|IGO",
        "OSCE|IGOOSC|-|IGO",
        "the United Nations|IGOUNO|-|IGO",
        "the UN Security Council|IGOUNOSCN|-|IGO",
        "the UN Human Rights Council|IGOUNOHRC|-|IGO",
        "the WHO|IGOUNOWHO|-|IGO",
        "the European Union|IGOEEC|-|IGO",
        "the European Commission|IGOEECCOM|-|IGO",
        "the African Union|IGOAFU|-|IGO",
        "the International Criminal Court|IGOICC|-|IGO",
        "Doctors Without Borders|NGOMSF|-|NGO",
        "the Red Cross|NGOIRC|-|NGO",
        "the Islamic State|IMGISL|-|IMG",
        "Daesh|IMGISL|-|IMG",
        "Hamas|PSEREB|PSE|REB",
        "Hezbollah|LBNREB|LBN|REB",
        "the Houthis|YEMREB|YEM|REB",
        "IRGC|IRNMIL|IRN|MIL",
        "the Revolutionary Guards|IRNMIL|IRN|MIL",
        "Mossad|ISRSPY|ISR|SPY",
        "the CIA|USASPY|USA|SPY",
        "the FBI|USACOP|USA|COP",
        "the Wagner Group|RUSUAF|RUS|UAF",
        "RSF|SDNREB|SDN|REB",
        "the Taliban|AFGGOV|AFG|GOV",
        "the Chinese Communist Party|CHNGOV|CHN|GOV",
        "the Republicans|USAPTY|USA|PTY",
        "Likud|ISRPTY|ISR|PTY",
        "the Muslim Brotherhood|EGYOPP|EGY|OPP"})
    void codesKnownOrganisations(String phrase, String code, String country, String sector) {
        ActorName name = only(phrase);
        assertEquals(code, name.code());
        assertEquals(country, name.country());
        assertEquals(sector, name.sector());
    }

    @Test
    void informalGroupingsOfStatesAreRegions() {
        assertEquals(ActorKind.REGION, only("G7").kind());
        assertEquals(ActorKind.REGION, only("BRICS").kind());
        assertEquals(ActorKind.REGION, only("the Quad").kind());
        assertEquals(ActorKind.ORGANIZATION, only("NATO").kind());
        assertEquals(ActorKind.ORGANIZATION, only("ASEAN").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"WHO", "IS", "AU", "Amnesty", "IRA", "the IRA", "Wagner", "the alliance",
        "the Communist Party", "the General Assembly", "the Commonwealth", "ECHR", "the EU Council"})
    void leavesOutAmbiguousNames(String phrase) {
        assertTrue(NAMES.stream().noneMatch(n -> n.phrase().equals(phrase)), phrase);
    }

    @Test
    void parsesCommentsBlankLinesAndOneNamePerSurface() throws Exception {
        String tsv = Organizations.HEADER + "\n"
                + "# a comment\n"
                + "\n"
                + "IGONAT\tNorth Atlantic Treaty Organization\tNATO|the North Atlantic Treaty Organization\t\tIGO"
                + "\tORGANIZATION\n"
                + "IGONATNAC\tNorth Atlantic Council\tthe North Atlantic Council\t\tIGO\tORGANIZATION\n"
                + "USASPY\tCentral Intelligence Agency\tCIA|the CIA\tUSA\tSPY\tORGANIZATION\n"
                + "USASPY\tNational Security Agency\tthe NSA\tUSA\tSPY\tORGANIZATION\n";
        List<ActorName> names = Organizations.parse(new StringReader(tsv), "t.tsv");
        assertEquals(6, names.size());
        assertEquals(new ActorName("the CIA", "USASPY", "USA", "SPY", "Central Intelligence Agency",
                ActorKind.ORGANIZATION, null, null), names.get(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "IGONAT\tNATO\tNATO\t\tIGO",
        "IGONA\tNATO\tNATO\t\tIGO\tORGANIZATION",
        "IGONAT\tNATO\tNATO\tUS\tIGO\tORGANIZATION",
        "IGONAT\tNATO\tNATO\t\tXXX\tORGANIZATION",
        "IGONAT\tNATO\tNATO\t\tIGO\tCOUNTRY",
        "IGONAT\tNATO\t\t\tIGO\tORGANIZATION",
        "IGONAT\tNATO\tNATO||the alliance\t\tIGO\tORGANIZATION",
        "IGONAT\tNATO\tNATO|NATO\t\tIGO\tORGANIZATION",
        "IGONAT\t\tNATO\t\tIGO\tORGANIZATION",
        "IGONAT\tNATO\tNATO \t\tIGO\tORGANIZATION",
        "USAGOV\tNATO\tNATO\t\tIGO\tORGANIZATION",
        "IGONAT\tNATO\tNATO\t\tNGO\tORGANIZATION",
        "USASPY\tCIA\tCIA\tUSA\tGOV\tORGANIZATION",
        "IGOUSA\tCIA\tCIA\tUSA\tIGO\tORGANIZATION",
        "IGOUNOSCN\tSecurity Council\tUNSC\t\tIGO\tORGANIZATION"})
    void rejectsMalformedRowsNamingFileAndLine(String row) {
        String tsv = "# comment\n" + Organizations.HEADER + "\n" + row + "\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Organizations.parse(new StringReader(tsv), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv line 3: "), e.getMessage());
    }

    @Test
    void rejectsASurfaceNameOfTwoOrganisationsAndARepeatedInternationalCode() {
        String shared = Organizations.HEADER + "\n"
                + "IGOUNO\tUnited Nations\tUN\t\tIGO\tORGANIZATION\n"
                + "NGOUNX\tSomething Else\tun\t\tNGO\tORGANIZATION\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Organizations.parse(new StringReader(shared), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv line 3: surface name 'un'"), e.getMessage());

        String repeated = Organizations.HEADER + "\n"
                + "IGOUNO\tUnited Nations\tUN\t\tIGO\tORGANIZATION\n"
                + "IGOUNO\tUnited Nations Organisation\tUNO\t\tIGO\tORGANIZATION\n";
        e = assertThrows(IllegalStateException.class,
                () -> Organizations.parse(new StringReader(repeated), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv line 3: code IGOUNO"), e.getMessage());
    }

    @Test
    void rejectsAFileWithoutItsHeader() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Organizations.parse(new StringReader("# only a comment\ncode\tname\n"), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv line 2: expected the header"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> Organizations.parse(new StringReader("# only a comment\n"), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv line 1: no header"), e.getMessage());
    }

    private static ActorName only(String phrase) {
        List<ActorName> found = NAMES.stream().filter(n -> n.phrase().equals(phrase)).toList();
        assertEquals(1, found.size(), phrase + ": " + found);
        assertFalse(found.get(0).name().isBlank());
        return found.get(0);
    }
}
