package org.tacitus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tacitus.store.dedup.ClusterKey;

/** The dedup rule, case by case. */
class ClusterKeyTest {

    private static ClusterKey key(String type, Set<String> src, Set<String> tgt, String day, boolean timex,
                                  String place) {
        LocalDate d = day == null ? null : LocalDate.parse(day);
        return new ClusterKey(type, new TreeSet<>(src), new TreeSet<>(tgt), d, timex, day, place);
    }

    private static final ClusterKey TALKS = key("CONSULT", Set.of("USA"), Set.of("RUS"), "2022-01-10", true,
            "Geneva");

    @Test
    void sameTypeDyadDayAndPlace() {
        assertTrue(TALKS.compatibleWith(key("CONSULT", Set.of("USA"), Set.of("RUS"), "2022-01-10", true, "Geneva")));
    }

    @Test
    void typeMustMatch() {
        assertFalse(TALKS.compatibleWith(key("AGREE", Set.of("USA"), Set.of("RUS"), "2022-01-10", true, "Geneva")));
    }

    @Test
    void aSideMayBeASubsetOrSupersetButNotDisjointOrCrossing() {
        assertTrue(TALKS.compatibleWith(key("CONSULT", Set.of("USA", "GBR"), Set.of("RUS"), "2022-01-10", true,
                null)));
        assertTrue(TALKS.compatibleWith(key("CONSULT", Set.of(), Set.of("RUS"), "2022-01-10", true, null)));
        assertFalse(TALKS.compatibleWith(key("CONSULT", Set.of("GBR"), Set.of("RUS"), "2022-01-10", true, null)));
        assertFalse(TALKS.compatibleWith(key("CONSULT", Set.of("RUS"), Set.of("USA"), "2022-01-10", true, null)),
                "the dyad is directed");
    }

    @Test
    void datesWithinADayOrAnnouncedUpToAMonthAhead() {
        assertTrue(TALKS.compatibleWith(key("CONSULT", Set.of("USA"), Set.of("RUS"), "2022-01-11", true, null)));
        assertTrue(TALKS.compatibleWith(key("CONSULT", Set.of("USA"), Set.of("RUS"), "2022-01-09", true, null)));
        assertFalse(TALKS.compatibleWith(key("CONSULT", Set.of("USA"), Set.of("RUS"), "2022-01-12", true, null)));
        assertTrue(TALKS.compatibleWith(key("CONSULT", Set.of("USA"), Set.of("RUS"), "2021-12-28", false, null)),
                "published on Dec. 28, dated by tense only: announced ahead");
        assertFalse(TALKS.compatibleWith(key("CONSULT", Set.of("USA"), Set.of("RUS"), "2022-03-01", false, null)),
                "dated by tense only, published weeks after: another meeting");
        assertTrue(TALKS.compatibleWith(key("CONSULT", Set.of("USA"), Set.of("RUS"), null, false, null)));
    }

    @Test
    void aReportDatedByAPeriodMatchesOnlyDaysWithinIt() {
        ClusterKey laterThisYear = new ClusterKey("CONSULT", new TreeSet<>(Set.of("USA")), new TreeSet<>(Set.of()),
                null, false, "2023", null);
        assertFalse(TALKS.compatibleWith(laterThisYear), "a 2023 meeting is not the talks of 2022-01-10");
        assertTrue(key("CONSULT", Set.of("USA"), Set.of("RUS"), "2023-08-18", true, null)
                .compatibleWith(laterThisYear));
        ClusterKey january = new ClusterKey("CONSULT", new TreeSet<>(Set.of("USA")), new TreeSet<>(Set.of("RUS")),
                null, false, "2022-01", null);
        assertTrue(TALKS.compatibleWith(january));
        ClusterKey future = new ClusterKey("CONSULT", new TreeSet<>(Set.of("USA")), new TreeSet<>(Set.of("RUS")),
                null, false, "FUTURE_REF", null);
        assertTrue(TALKS.compatibleWith(future), "a reference says nothing against it");
    }

    @Test
    void reportsNamingNoActorInCommonAreNotOneEvent() {
        assertFalse(TALKS.compatibleWith(key("CONSULT", Set.of(), Set.of("JPNGOV"), null, false, null)));
        assertFalse(key("CONSULT", Set.of(), Set.of(), null, false, null).compatibleWith(TALKS));
    }

    @Test
    void placesMustMatchWhenBothAreKnown() {
        assertFalse(TALKS.compatibleWith(key("CONSULT", Set.of("USA"), Set.of("RUS"), "2022-01-10", true,
                "Vienna")));
        assertTrue(TALKS.compatibleWith(key("CONSULT", Set.of("USA"), Set.of("RUS"), "2022-01-10", true,
                "geneva")));
    }

    @Test
    void mergeKeepsTheUnionTheTextDateAndAKnownPlace() {
        ClusterKey undated = key("CONSULT", Set.of("USA"), Set.of("RUS"), null, false, null);
        ClusterKey merged = undated.merge(key("CONSULT", Set.of("USA", "GBR"), Set.of("RUS"), "2022-01-10", true,
                "Geneva"));
        assertEquals(Set.of("GBR", "USA"), merged.sources());
        assertEquals(LocalDate.of(2022, 1, 10), merged.day());
        assertTrue(merged.timexDated());
        assertEquals("Geneva", merged.placeName());
    }

    @Test
    void clusterIdsAreStableAndDependOnTheFoundingReport() {
        assertEquals("ev-" + ClusterKey.sha256("CONSULT|USA|RUS|2022-01-10|Geneva").substring(0, 16),
                TALKS.clusterId());
        assertEquals(TALKS.clusterId(), key("CONSULT", Set.of("USA"), Set.of("RUS"), "2022-01-10", true, "Geneva")
                .clusterId());
        assertFalse(TALKS.clusterId().equals(key("CONSULT", Set.of("USA"), Set.of("RUS"), "2022-01-11", true,
                "Geneva").clusterId()));
        assertEquals(19, TALKS.clusterId().length());
    }

    @Test
    void daysOfTimexValues() {
        assertEquals(LocalDate.of(2022, 1, 10), ClusterKey.dayOf("2022-01-10T15:00"));
        assertNull(ClusterKey.dayOf("2022-01"));
        assertNull(ClusterKey.dayOf("PRESENT_REF"));
        assertNull(ClusterKey.dayOf("2022-W02-XX"));
    }
}
