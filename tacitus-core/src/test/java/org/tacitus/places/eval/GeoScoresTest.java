package org.tacitus.places.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Entity;
import org.tacitus.model.Place;

class GeoScoresTest {

    /** Kilometres per degree of latitude on the 6371 km sphere: along a meridian the error is exact. */
    private static final double KM_PER_DEGREE = 6371 * Math.PI / 180;

    //                                     0         1         2         3         4         5
    //                                     0123456789012345678901234567890123456789012345678901234
    private static final String TEXT = "Floods hit Geneva and Paris while Lyon and Berlin wait.";

    private static GoldToponym gold(int start, int end, double lat, double lon) {
        return new GoldToponym(start, end, TEXT.substring(start, end), lat, lon);
    }

    private static Entity place(int start, int end, double lat, double lon) {
        return new Entity(start, end, TEXT.substring(start, end), "LOCATION", null,
                new Place(TEXT.substring(start, end), null, lat, lon, null));
    }

    @Test
    void exactPartialMissedAndSpuriousWithA100And500KmError() {
        List<GoldToponym> gold = List.of(
                gold(11, 17, 46.2, 6.15), gold(22, 27, 48.86, 2.35), gold(34, 38, 45.76, 4.84));
        List<Entity> system = List.of(
                place(11, 17, 46.2 + 100 / KM_PER_DEGREE, 6.15), // "Geneva": exact span, 100 km north
                place(22, 33, 48.86 - 500 / KM_PER_DEGREE, 2.35), // "Paris while": overlap, 500 km south
                place(50, 54, 52.52, 13.40)); // "wait": spurious; "Lyon" is missed
        GeoScores scores = new GeoScores();

        GeoScores.Alignment alignment = scores.add(gold, system);

        assertEquals(List.of(gold.get(2)), alignment.missed());
        assertEquals(List.of(system.get(2)), alignment.spurious());
        assertEquals(2, alignment.matches().size());
        assertEquals(100, alignment.matches().get(0).errorKm().orElseThrow(), 1e-6);
        assertEquals(500, alignment.matches().get(1).errorKm().orElseThrow(), 1e-6);
        assertEquals(1, scores.documents());
        assertEquals(3, scores.gold());
        assertEquals(3, scores.system());
        assertEquals(2, scores.matches());
        assertEquals(1, scores.exactMatches());
        assertEquals(2.0 / 3, scores.extraction().precision(), 1e-9);
        assertEquals(2.0 / 3, scores.extraction().recall(), 1e-9);
        assertEquals(2.0 / 3, scores.extraction().f1(), 1e-9);
        assertEquals(2, scores.geocoded());
        assertEquals(1, scores.withinAccuracy());
        assertEquals(0.5, scores.accuracy(), 1e-9);
        assertEquals(300, scores.meanErrorKm(), 1e-6);
        assertEquals(300, scores.medianErrorKm(), 1e-6, "the mean of the two middle errors");
        assertEquals((Math.log(101) + Math.log(501)) / 2 / Math.log(20040), scores.aucLogError(), 1e-9);
    }

    @Test
    void medianOfAnOddCountAndMergeAddsEverything() {
        GeoScores a = new GeoScores();
        a.add(List.of(gold(11, 17, 46.2, 6.15)), List.of(place(11, 17, 46.2, 6.15))); // 0 km
        a.addTiming(1_000_000_000L);
        GeoScores b = new GeoScores();
        b.add(List.of(gold(22, 27, 10, 20), gold(34, 38, 10, 20)),
                List.of(place(22, 27, 10 + 500 / KM_PER_DEGREE, 20), place(34, 38, 10 - 100 / KM_PER_DEGREE, 20)));
        b.addTiming(3_000_000_000L);

        a.merge(b);

        assertEquals(2, a.documents());
        assertEquals(3, a.gold());
        assertEquals(3, a.matches());
        assertEquals(3, a.exactMatches());
        assertEquals(3, a.geocoded());
        assertEquals(100, a.medianErrorKm(), 1e-6);
        assertEquals(200, a.meanErrorKm(), 1e-6);
        assertEquals(2.0 / 3, a.accuracy(), 1e-9);
        assertEquals(0.5, a.documentsPerSecond(), 1e-9, "2 documents in 4 s");
        assertEquals(1, a.extraction().f1(), 1e-9);
    }

    @Test
    void alignmentIsOneToOneWithTheLargestOverlapFirst() {
        // "Paris while Lyon" overlaps "Paris" by 5 and "Lyon" by 4 characters: it goes to Paris; Lyon is missed.
        List<GoldToponym> gold = List.of(gold(22, 27, 48.86, 2.35), gold(34, 38, 45.76, 4.84));
        Entity wide = place(22, 38, 48.86, 2.35);

        GeoScores.Alignment alignment = GeoScores.align(gold, List.of(wide));

        assertEquals(1, alignment.matches().size());
        assertEquals(gold.get(0), alignment.matches().get(0).gold());
        assertEquals(List.of(gold.get(1)), alignment.missed());
        assertTrue(alignment.spurious().isEmpty());
    }

    @Test
    void aMatchWithoutAPlaceCountsForExtractionButNotForGeocoding() {
        GeoScores scores = new GeoScores();
        scores.add(List.of(gold(11, 17, 46.2, 6.15)), List.of(new Entity(11, 17, "Geneva", "LOCATION", null, null)));

        assertEquals(1, scores.matches());
        assertEquals(0, scores.geocoded());
        assertEquals(0, scores.accuracy());
        assertEquals(0, scores.medianErrorKm());
        assertEquals(0, scores.aucLogError());
    }

    @Test
    void haversineDistances() {
        // Geneva (46.2044, 6.1432) to Paris (48.8566, 2.3522): about 410 km on the 6371 km sphere.
        assertEquals(411, GeoScores.distanceKm(46.2044, 6.1432, 48.8566, 2.3522), 2);
        assertEquals(GeoScores.distanceKm(48.8566, 2.3522, 46.2044, 6.1432),
                GeoScores.distanceKm(46.2044, 6.1432, 48.8566, 2.3522), 1e-9);
        assertEquals(0, GeoScores.distanceKm(10, 20, 10, 20), 1e-9);
        assertEquals(Math.PI * 6371, GeoScores.distanceKm(0, 0, 0, 180), 1e-6, "antipodes: half the circumference");
        assertEquals(Math.PI * 6371, GeoScores.distanceKm(45, 30, -45, -150), 1e-6);
    }

    @Test
    void emptyScoresAreZeroAndTheReportShowsEveryFigureWithCounts() {
        assertEquals(0, new GeoScores().extraction().f1());
        GeoScores scores = new GeoScores();
        scores.add(List.of(gold(11, 17, 46.2, 6.15), gold(22, 27, 48.86, 2.35)),
                List.of(place(11, 17, 46.2 + 100 / KM_PER_DEGREE, 6.15),
                        place(22, 27, 48.86 - 500 / KM_PER_DEGREE, 2.35)));

        String report = scores.report("mini");

        assertTrue(report.startsWith("mini: 1 documents, 2 gold toponyms, 2 system toponyms\n"), report);
        for (String s : List.of("precision", "recall", "F1", "toponym extraction", "overlapping: 2, exact spans: 2",
                "geocoding over 2 matches", "accuracy@161km", "0.500", "(1/2 within 161 km)", "mean error",
                "median error", "300.000 km", "AUC of log error", "documents/s")) {
            assertTrue(report.contains(s), s + " in\n" + report);
        }
    }
}
