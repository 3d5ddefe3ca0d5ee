package org.tacitus.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tacitus.lexicon.PlaceEntry;
import org.tacitus.lexicon.PlaceKind;
import org.tacitus.model.Entity;

/**
 * Readings that the words and toponyms around a name decide, applied after each name was resolved on its own
 * ({@link PlaceStage}). Three rules, each of which leaves a name alone when it does not apply:
 *
 * <ol>
 *   <li><b>a division cue</b>: "Washington state", "the state of Washington", "Punjab province" name a first-level
 *       division, not the city of that name;</li>
 *   <li><b>a qualified name</b>: in "Birmingham, Alabama" or "Atlanta, Georgia" the second name says where the
 *       first lies: the pair takes the readings where the first lies in the second (a country; a division of
 *       the same country within {@value #DIVISION_RADIUS_KM} km of its point, the nearer town preferred; a
 *       bigger city within {@value #CITY_RADIUS_KM} km), the most likely first reading winning. So "Buffalo,
 *       New York" makes New York the state and "Queens, New York" the city. A country after the pair
 *       ("Midland, Michigan, USA") is allowed; a list ("Ohio, New York and Utah") is not a pair;</li>
 *   <li><b>a list of divisions</b>: a name next to a division of a country in a list ("Utah, Washington and
 *       Wisconsin") is that country's division of that name if it has one.</li>
 * </ol>
 *
 * Stateless; thread-safe.
 */
final class NearbyToponyms {

    /** A division's point is its centre; a town of it may lie this far from it (large states, provinces). */
    static final double DIVISION_RADIUS_KM = 1200;
    /** A district or borough of a city lies this near its centre. */
    static final double CITY_RADIUS_KM = 30;
    /** Of two readings inside a division, the one this much farther from its point loses one point of score. */
    private static final double DISTANCE_SCALE_KM = 250;

    private static final Pattern CUE_AFTER = Pattern.compile("^\\s+(?i:state|province)\\b");
    private static final Pattern CUE_BEFORE = Pattern.compile("\\b(?i:state|province) of\\s+$");
    private static final Pattern QUALIFIER_GAP = Pattern.compile(",\\s*");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*,\\s*|\\s*,?\\s+(?:and|or)\\s+");

    /** Scores a candidate reading against the article's focus countries: higher is likelier. */
    interface Scorer {
        double score(PlaceEntry candidate, Map<String, Double> focus);
    }

    private final Gazetteer gazetteer;
    private final Scorer scorer;

    NearbyToponyms(Gazetteer gazetteer, Scorer scorer) {
        this.gazetteer = gazetteer;
        this.scorer = scorer;
    }

    /**
     * Revises {@code chosen} in place.
     *
     * @param text     the article text the entities point into
     * @param entities sorted by start
     * @param chosen   per entity, the reading chosen so far (null: none); entries of names the stage does not
     *                 choose for (those with a place already, or not LOCATION) are read but never changed
     * @param open     per entity, whether this class may change its reading
     * @param focus    per entity, the focus countries to score its candidates with
     */
    void revise(String text, List<Entity> entities, PlaceEntry[] chosen, boolean[] open,
                List<Map<String, Double>> focus) {
        for (int i = 0; i < entities.size(); i++) {
            if (open[i] && divisionCue(text, entities.get(i))) {
                int at = i;
                best(gazetteer.divisions(entities.get(i).text()), null, focus.get(i)).ifPresent(d -> chosen[at] = d);
            }
        }
        for (int i = 0; i + 1 < entities.size(); i++) {
            qualified(text, entities, i, chosen, open, focus);
        }
        for (int i = 0; i < entities.size(); i++) {
            if (open[i] && (chosen[i] == null || chosen[i].kind() != PlaceKind.ADMIN1)) {
                listed(text, entities, i, chosen, focus.get(i));
            }
        }
    }

    static boolean divisionCue(String text, Entity e) {
        int end = Math.min(text.length(), e.end());
        return CUE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()
                || CUE_BEFORE.matcher(text.substring(Math.max(0, e.start() - 12), Math.max(0, e.start()))).find();
    }

    private void qualified(String text, List<Entity> entities, int i, PlaceEntry[] chosen, boolean[] open,
                           List<Map<String, Double>> focus) {
        int j = i + 1;
        Entity a = entities.get(i);
        Entity b = entities.get(j);
        if (!open[i] || !isLocation(a) || !isLocation(b) || !gap(text, a, b, QUALIFIER_GAP)
                || (i > 0 && isLocation(entities.get(i - 1)) && gap(text, entities.get(i - 1), a, LIST_GAP))
                || (j + 1 < entities.size() && listContinues(text, b, entities.get(j + 1)))) {
            return;
        }
        List<PlaceEntry> outer = open[j] ? outerReadings(b.text()) : chosen[j] == null ? List.of() : List.of(chosen[j]);
        PlaceEntry bestInner = null;
        PlaceEntry bestOuter = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (PlaceEntry inner : PlaceStage.candidates(gazetteer, a.text())) {
            if (inner.kind() != PlaceKind.CITY && inner.kind() != PlaceKind.ADMIN1) {
                continue;
            }
            for (PlaceEntry o : outer) {
                if (!contains(o, inner)) {
                    continue;
                }
                // the likelier town first, and of two towns of that name in one division the nearer to its centre
                double score = scorer.score(inner, focus.get(i)) + scorer.score(o, focus.get(j)) / 100
                        - (o.kind() == PlaceKind.COUNTRY ? 0 : PlaceStage.distanceKm(o, inner) / DISTANCE_SCALE_KM);
                if (score > bestScore) {
                    bestInner = inner;
                    bestOuter = o;
                    bestScore = score;
                }
            }
        }
        if (bestInner != null) {
            chosen[i] = bestInner;
            if (open[j]) {
                chosen[j] = bestOuter;
            }
        }
    }

    /**
     * Whether a third name after "A, B" makes a list of the three ("Ohio, New York and Utah"); a country after a
     * comma does not: it qualifies the pair in turn ("Midland, Michigan, USA").
     */
    private boolean listContinues(String text, Entity b, Entity next) {
        if (!isLocation(next) || !gap(text, b, next, LIST_GAP)) {
            return false;
        }
        return !(gap(text, b, next, QUALIFIER_GAP) && gazetteer.country(next.text()).isPresent());
    }

    /** The readings of a qualifier: a division or a country, or a city when the first name lies inside it. */
    private List<PlaceEntry> outerReadings(String name) {
        List<PlaceEntry> out = new ArrayList<>(gazetteer.divisions(name));
        gazetteer.country(name).ifPresent(out::add);
        out.addAll(gazetteer.cities(name));
        return out;
    }

    /**
     * Whether {@code inner} lies in {@code outer}: a country, a division (within {@value #DIVISION_RADIUS_KM} km of
     * its point), or a bigger city (within {@value #CITY_RADIUS_KM} km: "Queens, New York").
     */
    static boolean contains(PlaceEntry outer, PlaceEntry inner) {
        if (outer.equals(inner) || outer.country() == null || !outer.country().equals(inner.country())) {
            return false;
        }
        double km = PlaceStage.distanceKm(outer, inner);
        return switch (outer.kind()) {
            case COUNTRY -> true;
            case ADMIN1 -> inner.kind() == PlaceKind.CITY && km <= DIVISION_RADIUS_KM;
            case CITY -> inner.kind() == PlaceKind.CITY && km <= CITY_RADIUS_KM
                    && inner.population() < outer.population();
            default -> false;
        };
    }

    private void listed(String text, List<Entity> entities, int i, PlaceEntry[] chosen, Map<String, Double> focus) {
        List<PlaceEntry> divisions = gazetteer.divisions(entities.get(i).text());
        if (divisions.isEmpty()) {
            return;
        }
        for (int n : new int[] {i - 1, i + 1}) {
            if (n < 0 || n >= entities.size() || chosen[n] == null || chosen[n].kind() != PlaceKind.ADMIN1) {
                continue;
            }
            Entity first = entities.get(Math.min(i, n));
            Entity second = entities.get(Math.max(i, n));
            if (gap(text, first, second, LIST_GAP)) {
                String country = chosen[n].country();
                best(divisions, country, focus).ifPresent(d -> chosen[i] = d);
                return;
            }
        }
    }

    private Optional<PlaceEntry> best(List<PlaceEntry> readings, String country, Map<String, Double> focus) {
        return readings.stream()
                .filter(d -> country == null || country.equals(d.country()))
                .max(Comparator.comparingDouble(d -> scorer.score(d, focus)));
    }

    private static boolean isLocation(Entity e) {
        return e.type().equals("LOCATION");
    }

    private static boolean gap(String text, Entity first, Entity second, Pattern allowed) {
        if (first.end() > second.start() || second.start() > text.length()) {
            return false;
        }
        return allowed.matcher(text.substring(first.end(), second.start()).toLowerCase(Locale.ROOT)).matches();
    }
}
