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
