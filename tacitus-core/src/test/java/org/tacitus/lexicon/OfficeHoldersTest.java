package org.tacitus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class OfficeHoldersTest {

    private static final LocalDate D = LocalDate.of(2021, 12, 28);
    private static final OfficeHolders TABLE = OfficeHolders.load();

    private static Holder holder(String surface, LocalDate date) {
        return TABLE.holder(surface, date).orElseThrow(() -> new AssertionError("no holder for " + surface + " on " + date));
    }

    private static String key(Holder h) {
        return Objects.requireNonNullElse(h.country(), "(international)") + " " + h.office();
    }

    // ---- the bundled file as data ----

    @Test
    void theBundledFileParses() {
        assertTrue(TABLE.all().size() >= 500, "rows: " + TABLE.all().size());
        assertSame(TABLE, OfficeHolders.load(), "loaded once per JVM");
        int forms = TABLE.all().stream().mapToInt(h -> h.surfaceForms().size()).sum();
        assertEquals(forms, TABLE.actorNames().size());
        assertTrue(TABLE.actorNames().stream().allMatch(a -> a.kind() == ActorKind.PERSON));
    }

    @Test
    void datesAreOrderedAndNotInTheFuture() {
        List<String> bad = new ArrayList<>();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        for (Holder h : TABLE.all()) {
            if (h.to() != null && h.to().isBefore(h.from())) {
                bad.add(h.name() + " " + h.office() + ": ends before it starts");
            }
            if (h.from().isAfter(tomorrow)) {
                bad.add(h.name() + " " + h.office() + ": starts in the future (" + h.from() + ")");
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void noTwoPeopleHoldTheSameOfficeOnTheSameDay() {
        // UN envoys are exempt: several serve at once, one per mission.
        Map<String, List<Holder>> byOffice = new LinkedHashMap<>();
        for (Holder h : TABLE.all()) {
            if (!h.office().equals("un_envoy")) {
                byOffice.computeIfAbsent(key(h), k -> new ArrayList<>()).add(h);
            }
        }
        List<String> overlaps = new ArrayList<>();
        byOffice.forEach((office, terms) -> {
            List<Holder> sorted = terms.stream().sorted(Comparator.comparing(Holder::from)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    Holder a = sorted.get(i);
                    Holder b = sorted.get(j);
                    if (a.overlaps(b)) {
                        overlaps.add(office + ": " + a.name() + " " + a.from() + ".." + a.to() + " overlaps "
                                + b.name() + " " + b.from() + ".." + b.to());
                    }
                }
            }
        });
        assertTrue(overlaps.isEmpty(), overlaps.size() + " overlaps:\n" + String.join("\n", overlaps));
    }

    @Test
    void noSurfaceFormNamesTwoPeopleOnTheSameDay() {
        Map<String, List<Holder>> bySurface = new LinkedHashMap<>();
        for (Holder h : TABLE.all()) {
            for (String form : h.surfaceForms()) {
                bySurface.computeIfAbsent(form, k -> new ArrayList<>()).add(h);
            }
        }
        List<String> ambiguous = new ArrayList<>();
        bySurface.forEach((form, terms) -> {
            for (int i = 0; i < terms.size(); i++) {
                for (int j = i + 1; j < terms.size(); j++) {
                    Holder a = terms.get(i);
                    Holder b = terms.get(j);
                    if (!a.name().equals(b.name()) && a.overlaps(b)) {
                        ambiguous.add("'" + form + "': " + a.name() + " and " + b.name());
                    }
                }
            }
        });
        assertTrue(ambiguous.isEmpty(), String.join("\n", ambiguous));
    }

    // ---- spot checks ----

    @Test
    void lavrovIsTheRussianGovernmentWithoutATitle() {
        ActorName lavrov = TABLE.lookup("Lavrov", D).orElseThrow();
        assertEquals("RUSGOV", lavrov.code());
        assertEquals("RUS", lavrov.country());
        assertEquals("GOV", lavrov.sector());
        assertEquals("Sergei Lavrov", lavrov.name());
        assertEquals("Lavrov", lavrov.phrase());
        assertEquals(ActorKind.PERSON, lavrov.kind());
        assertTrue(lavrov.validOn(D));
        assertEquals("foreign_minister", holder("Lavrov", D).office());
    }

    @Test
    void headsOfStateOnTheDate() {
        Holder putin = holder("Putin", D);
        assertEquals("RUS", putin.country());
        assertEquals("head_of_state", putin.office());
        Holder biden = holder("Biden", D);
        assertEquals("USA", biden.country());
        assertEquals("head_of_state", biden.office());
        assertEquals(List.of("Joe Biden"), TABLE.holders("USA", "head_of_state", D).stream().map(Holder::name).toList());
    }

    @Test
    void ministersOnTheDate() {
        for (String surface : List.of("Lloyd Austin", "Austin")) {
            Holder austin = holder(surface, D);
            assertEquals("USA", austin.country(), surface);
            assertEquals("defence_minister", austin.office(), surface);
        }
        Holder rau = holder("Zbigniew Rau", D);
        assertEquals("POL", rau.country());
        assertEquals("foreign_minister", rau.office());
        Holder blinken = holder("Blinken", D);
        assertEquals("USA", blinken.country());
        assertEquals("foreign_minister", blinken.office());
    }

    @Test
    void theDateDecidesTheOfficeHolder() {
        Holder johnson = holder("Boris Johnson", D);
        assertEquals("GBR", johnson.country());
        assertEquals("head_of_government", johnson.office());
        LocalDate later = LocalDate.of(2023, 1, 1);
        assertTrue(TABLE.lookup("Boris Johnson", later).isEmpty());
        assertEquals(List.of("Rishi Sunak"),
                TABLE.holders("GBR", "head_of_government", later).stream().map(Holder::name).toList());
        assertEquals("Boris Johnson", TABLE.holders("GBR", "foreign_minister", LocalDate.of(2017, 6, 1)).get(0).name());
    }

    @Test
    void withoutADateTheMostRecentTermWins() {
        Holder trump = holder("Trump", null);
        assertEquals(LocalDate.of(2025, 1, 20), trump.from());
        assertEquals("head_of_government", holder("Boris Johnson", null).office());
        assertTrue(TABLE.lookup("Nobody In Particular", null).isEmpty());
        assertTrue(TABLE.lookup("lavrov", D).isEmpty(), "matching is case-sensitive");
    }

    @Test
    void internationalPostsCodeAsTheirOrganisation() {
        ActorName guterres = TABLE.lookup("Guterres", D).orElseThrow();
        assertEquals("IGOUNO", guterres.code());
        assertNull(guterres.country());
        assertEquals("IGO", guterres.sector());
        assertEquals("IGONAT", TABLE.lookup("Stoltenberg", D).orElseThrow().code());
        assertEquals("IGOEEC", TABLE.lookup("von der Leyen", D).orElseThrow().code());
        assertEquals("DEUGOV", TABLE.lookup("von der Leyen", LocalDate.of(2018, 1, 1)).orElseThrow().code());
        assertEquals(List.of("Antonio Guterres"),
                TABLE.holders(null, "un_secretary_general", D).stream().map(Holder::name).toList());
        assertEquals("RUSGOV", TABLE.lookup("Nebenzia", D).orElseThrow().code());
    }

    // ---- history: 1975 to 2015, and the countries beyond the original list ----

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    @Test
    void historicalLeadersCodeTheirCountryOnTheDate() {
        ActorName mugabe = TABLE.lookup("Mugabe", day(1999, 3, 10)).orElseThrow();
        assertEquals("ZWEGOV", mugabe.code());
        assertEquals("Robert Mugabe", mugabe.name());
        assertEquals("head_of_state", holder("Mugabe", day(1999, 3, 10)).office());
        assertEquals("head_of_government", holder("Mugabe", day(1985, 1, 1)).office(), "Prime Minister until 1987");
        assertEquals("RUSGOV", TABLE.lookup("Yeltsin", day(1995, 6, 1)).orElseThrow().code());
        assertEquals("RWAGOV", TABLE.lookup("Habyarimana", day(1993, 8, 4)).orElseThrow().code());
        assertEquals("IRQGOV", TABLE.lookup("Allawi", day(2004, 9, 1)).orElseThrow().code());
        assertEquals("ARGGOV", TABLE.lookup("Menem", day(1995, 5, 14)).orElseThrow().code());
        assertEquals("PSEGOV", TABLE.lookup("Arafat", day(1993, 9, 13)).orElseThrow().code());
        assertEquals("FJIGOV", TABLE.lookup("Chaudhry", day(2000, 1, 1)).orElseThrow().code());
        assertEquals("GMBGOV", TABLE.lookup("Jawara", day(1990, 1, 1)).orElseThrow().code());
        assertEquals("Hafez al-Assad", holder("Assad", day(1990, 8, 2)).name());
        assertEquals("Bashar al-Assad", holder("Assad", day(2011, 3, 15)).name());
        assertTrue(TABLE.lookup("Assad", day(2025, 6, 1)).isEmpty(), "out of office since December 2024");
    }

    @Test
    void onTheHandoverDayTheSuccessorHoldsTheOffice() {
        // Mandela handed over to Mbeki on 16 June 1999; Yeltsin resigned in Putin's favour on 31 December 1999.
        assertEquals("Nelson Mandela", holder("Mandela", day(1999, 6, 15)).name());
        assertTrue(TABLE.lookup("Mandela", day(1999, 6, 16)).isEmpty());
        assertEquals(List.of("Thabo Mbeki"),
                TABLE.holders("ZAF", "head_of_state", day(1999, 6, 16)).stream().map(Holder::name).toList());
        assertEquals("Boris Yeltsin", holder("Yeltsin", day(1999, 12, 30)).name());
        assertTrue(TABLE.lookup("Yeltsin", day(1999, 12, 31)).isEmpty());
        assertEquals(List.of("Vladimir Putin"),
                TABLE.holders("RUS", "head_of_state", day(1999, 12, 31)).stream().map(Holder::name).toList());
        // A term that runs into the original coverage meets its successor without a gap.
        assertEquals(day(2009, 1, 19), holder("George W. Bush", day(2008, 1, 1)).to());
        assertEquals(day(2014, 5, 25), holder("Manmohan Singh", day(2010, 1, 1)).to());
    }

    @Test
    void foreignMinistersAndInternationalPostsBeforeTwoThousandFifteen() {
        assertEquals("foreign_minister", holder("Genscher", day(1985, 1, 1)).office());
        assertEquals("DEUGOV", TABLE.lookup("Genscher", day(1985, 1, 1)).orElseThrow().code());
        assertEquals("foreign_minister", holder("Primakov", day(1997, 1, 1)).office());
        assertEquals("head_of_government", holder("Primakov", day(1999, 1, 1)).office());
        assertEquals("IGOUNO", TABLE.lookup("Annan", day(2000, 1, 1)).orElseThrow().code());
        assertEquals("IGONAT", TABLE.lookup("Solana", day(1997, 1, 1)).orElseThrow().code());
        assertEquals("IGOEEC", TABLE.lookup("Solana", day(2005, 1, 1)).orElseThrow().code());
        assertEquals(List.of("Kofi Annan"),
                TABLE.holders(null, "un_secretary_general", day(2000, 1, 1)).stream().map(Holder::name).toList());
    }

    @Test
    void officesOfStatesWithoutACodeAreNotRecorded() {
        // No code for the USSR or for federal Yugoslavia in countries.tsv: their offices are left out, and a
        // leader codes only while holding an office of a country that has one.
        assertTrue(TABLE.lookup("Shevardnadze", day(1988, 1, 1)).isEmpty(), "Soviet foreign minister");
        assertEquals("GEOGOV", TABLE.lookup("Shevardnadze", day(1995, 1, 1)).orElseThrow().code());
        assertTrue(TABLE.lookup("Kostunica", day(2001, 6, 1)).isEmpty(), "Yugoslav federal president");
        assertEquals("SRBGOV", TABLE.lookup("Kostunica", day(2005, 6, 1)).orElseThrow().code());
        assertEquals("SRBGOV", TABLE.lookup("Milosevic", day(1995, 11, 21)).orElseThrow().code());
    }

    @Test
    void aSharedSurnameNeedsTheDate() {
        assertEquals("George H. W. Bush", holder("Bush", day(1990, 8, 2)).name());
        assertEquals("George W. Bush", holder("Bush", day(2003, 3, 20)).name());
        assertEquals("Hillary Clinton", holder("Clinton", day(2010, 1, 1)).name());
        // Without a date no person is meant: the phrase codes the country all its holders share ...
        assertTrue(TABLE.holder("Bush", null).isEmpty());
        ActorName bush = TABLE.lookup("Bush", null).orElseThrow();
        assertEquals("USAGOV", bush.code());
        assertEquals("USA", bush.country());
        assertEquals("Bush", bush.name(), "no person, so the phrase names the actor");
        assertNull(bush.from());
        assertEquals("ISRGOV", TABLE.lookup("Herzog", null).orElseThrow().code());
        // ... and nothing when they served different countries (Giuseppe Conte of Italy, Lansana Conte of Guinea).
        assertEquals("ITAGOV", TABLE.lookup("Conte", day(2019, 1, 1)).orElseThrow().code());
        assertEquals("GINGOV", TABLE.lookup("Conte", day(1990, 1, 1)).orElseThrow().code());
        assertTrue(TABLE.lookup("Conte", null).isEmpty());
        // One person in several offices is still that person: the latest term.
        assertEquals("IGOEEC", TABLE.lookup("Barroso", null).orElseThrow().code());
        assertEquals("Jose Manuel Durao Barroso", TABLE.holder("Barroso", null).orElseThrow().name());
    }

    @Test
    void undatedResolutionRules() {
        ActorName a = new Holder("Ann Roe", List.of("Roe"), "USA", "GOV", "head_of_state", day(2000, 1, 1),
                day(2003, 12, 31)).actorName("Roe");
        ActorName a2 = new Holder("Ann Roe", List.of("Roe"), "USA", "GOV", "foreign_minister", day(2005, 1, 1), null)
                .actorName("Roe");
        ActorName b = new Holder("Bo Roe", List.of("Roe"), "USA", "MIL", "defence_minister", day(2010, 1, 1), null)
                .actorName("Roe");
        ActorName c = new Holder("Cy Roe", List.of("Roe"), "CAN", "GOV", "head_of_government", day(1990, 1, 1),
                day(1991, 1, 1)).actorName("Roe");
        assertEquals(a2, OfficeHolders.undated("Roe", List.of(a, a2)).orElseThrow(), "one person: latest term");
        ActorName usa = OfficeHolders.undated("Roe", List.of(a, b)).orElseThrow();
        assertEquals("USA", usa.code(), "one country, two sectors: the country alone");
        assertNull(usa.sector());
        assertTrue(OfficeHolders.undated("Roe", List.of(a, c)).isEmpty(), "two countries: nobody");
        assertTrue(OfficeHolders.undated("Roe", List.of()).isEmpty());
    }

    @Test
    void everyCountryOfTheCountryTableHasRowsUnlessLeftOutOnPurpose() {
        java.util.Set<String> covered = new java.util.HashSet<>();
        TABLE.all().forEach(h -> covered.add(h.country()));
        // San Marino (two Captains Regent every six months) and Western Sahara (the Polisario Front is coded as
        // rebels, so its leader is not a government) are left out; see README.md.
        List<String> missing = CountryTable.load().all().stream().map(Country::iso3)
                .filter(c -> !covered.contains(c) && !List.of("SMR", "ESH").contains(c)).toList();
        assertTrue(missing.isEmpty(), "no rows for " + missing);
    }

    @Test
    void anUnknownOfficeIsAProgrammerMistake() {
        assertThrows(IllegalArgumentException.class, () -> TABLE.holders("USA", "president", D));
    }

    // ---- malformed data fails fast with file and line ----

    private static String failure(String text) {
        return assertThrows(IllegalArgumentException.class,
                () -> OfficeHolders.parse(new StringReader(text), "test.tsv")).getMessage();
    }

    @Test
    void malformedRowsNameTheFileAndLine() {
        String head = "# comment\n" + OfficeHolders.HEADER + "\n";
        assertEquals("test.tsv:3: expected 7 tab-separated columns, found 3", failure(head + "A\tB\tC\n"));
        assertTrue(failure(head + "Jo Doe\t\tUSA\tGOV\thead_of_state\t2020-13-01\t\n")
                .startsWith("test.tsv:3: bad date '2020-13-01' in column from"));
        assertTrue(failure(head + "\nJo Doe\t\tUSA\tGOV\tking\t2020-01-01\t\n").startsWith("test.tsv:4: "));
        assertTrue(failure(head + "Jo Doe\t\tUSA\tGOV\thead_of_state\t2020-01-01\t2019-01-01\n")
                .startsWith("test.tsv:3: Jo Doe: term ends"));
        assertTrue(failure(head + "Jo Doe\tDoe|Doe\tUSA\tGOV\thead_of_state\t2020-01-01\t\n")
                .startsWith("test.tsv:3: Jo Doe: alias repeats"));
        assertTrue(failure(head + "Jo Doe\t\tUSA\tIGO\tun_secretary_general\t2020-01-01\t\n")
                .startsWith("test.tsv:3: "));
        assertTrue(failure("name\tcountry\n").startsWith("test.tsv:1: expected the header line"));
        assertEquals("test.tsv:1: no header line", failure("# only a comment\n"));
    }

    @Test
    void aWellFormedCopyParses() {
        OfficeHolders t = OfficeHolders.parse(new StringReader(OfficeHolders.HEADER + "\n"
                + "Jo Doe\tDoe\tUSA\tGOV\thead_of_state\t2020-01-01\t\n"
                + "Ann Roe\t\t\tIGO\tnato_secretary_general\t2020-01-01\t2020-12-31\n"), "test.tsv");
        assertEquals(2, t.all().size());
        assertEquals(3, t.actorNames().size());
        assertEquals("IGONAT", t.lookup("Ann Roe", LocalDate.of(2020, 6, 1)).orElseThrow().code());
        assertFalse(t.lookup("Ann Roe", LocalDate.of(2021, 6, 1)).isPresent());
    }
}
