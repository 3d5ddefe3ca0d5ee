package org.tacitus.places.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.tacitus.eval.ParallelEvaluation;
import org.tacitus.eval.Prf;
import org.tacitus.eval.SpanAlignment;
import org.tacitus.model.Entity;

/**
 * Counts for the usual geoparsing figures (Gritta et al. 2018), micro-averaged over documents.
 *
 * <ul>
 *   <li><b>toponym extraction</b>: gold and system spans that overlap, each matched at most once, the pairs with
 *       the largest overlap first ({@link #align}); precision = matches / system toponyms, recall = matches /
 *       gold toponyms. Exact-span matches are counted too;</li>
 *   <li><b>geocoding</b>, over the matches whose system entity has a place: the great-circle error in km
 *       ({@link #distanceKm}), the share within {@value #ACCURACY_KM} km (100 miles, "accuracy@161km"), the mean
 *       and median error, and the area under the curve of the sorted errors' normalised log,
 *       {@code ln(1 + error) / ln(1 + }{@value #MAX_ERROR_KM}{@code )} (0 best, 1 worst; the exact area under the
 *       step curve, which is their mean).</li>
 * </ul>
 *
 * A figure whose denominator is zero is 0. It also sums the time spent per document, for a throughput. Not
 * thread-safe: score each document on its own instance and {@link #merge} them.
 */
public final class GeoScores {

    /** The mean Earth radius used for great-circle distances. */
    public static final double EARTH_RADIUS_KM = 6371;
    /** The error under which a coordinate counts as right: 100 miles. */
    public static final double ACCURACY_KM = 161;
    /** Half the Earth's circumference: the largest possible error, which normalises the log-error curve. */
    public static final double MAX_ERROR_KM = 20039;

    private static final int NAME_WIDTH = 22;
    private static final SpanAlignment<GoldToponym, Entity> SPANS = SpanAlignment.of(
            GoldToponym::start, GoldToponym::end, Entity::start, Entity::end);

    private int documents;
    private long gold;
    private long system;
    private long matches;
    private long exact;
    private double[] errors = new double[16];
    private int geocoded;
    private long nanos;

    /** A gold toponym and the system entity it was matched with. */
    public record Match(GoldToponym gold, Entity system) {

        public Match {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(system, "system");
        }

        public boolean exact() {
            return gold.start() == system.start() && gold.end() == system.end();
        }

        /** The distance between the gold coordinates and the system's place; empty when it has no place. */
        public OptionalDouble errorKm() {
            return system.place() == null ? OptionalDouble.empty() : OptionalDouble.of(
                    distanceKm(gold.lat(), gold.lon(), system.place().lat(), system.place().lon()));
        }
    }

    /**
     * The one-to-one alignment of one document.
     *
     * @param matches  overlapping pairs, in gold order
     * @param missed   gold toponyms that no system toponym matched
     * @param spurious system toponyms that matched no gold toponym
     */
    public record Alignment(List<Match> matches, List<GoldToponym> missed, List<Entity> spurious) {

        public Alignment {
            matches = List.copyOf(matches);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    /** The great-circle distance in km between two WGS84 points, by the haversine formula on a sphere. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dPhi / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h))); // min: rounding may push h past 1
    }

    /**
     * Matches overlapping spans one to one, greedily ({@link SpanAlignment}): the pair with the largest overlap
     * first; among equal overlaps the tighter pair (smaller union, so an exact match wins), then the earlier gold
     * and system spans.
     */
    public static Alignment align(List<GoldToponym> gold, List<Entity> system) {
        SpanAlignment.Result<GoldToponym, Entity> r = SPANS.align(gold, system);
        return new Alignment(r.matches().stream().map(m -> new Match(m.gold(), m.system())).toList(), r.missed(),
                r.spurious());
    }

    /** Scores one document (its gold toponyms and the system's toponyms) and returns its alignment. */
    public Alignment add(List<GoldToponym> gold, List<Entity> system) {
        Alignment alignment = align(gold, system);
        documents++;
        this.gold += gold.size();
        this.system += system.size();
        matches += alignment.matches().size();
        for (Match m : alignment.matches()) {
            if (m.exact()) {
                exact++;
            }
            m.errorKm().ifPresent(this::addError);
        }
        return alignment;
    }

    /** Adds the time spent on one document's whole work. */
    public void addTiming(long documentNanos) {
        if (documentNanos < 0) {
            throw new IllegalArgumentException("negative time");
        }
        nanos += documentNanos;
    }

    /** Adds another instance's counts to this one. */
    public GeoScores merge(GeoScores other) {
        documents += other.documents;
        gold += other.gold;
        system += other.system;
        matches += other.matches;
        exact += other.exact;
        for (int i = 0; i < other.geocoded; i++) {
            addError(other.errors[i]);
        }
        nanos += other.nanos;
        return this;
    }

    public int documents() {
        return documents;
    }

    public long gold() {
        return gold;
    }

    public long system() {
        return system;
    }

    /** Overlapping matches, one to one. */
    public long matches() {
        return matches;
    }

    /** Matches whose spans are identical. */
    public long exactMatches() {
        return exact;
    }

    /** Matches whose system toponym has coordinates: the denominator of the geocoding figures. */
    public int geocoded() {
        return geocoded;
    }

    /** Geocoded matches within {@value #ACCURACY_KM} km. */
    public int withinAccuracy() {
        int n = 0;
        for (int i = 0; i < geocoded; i++) {
            if (errors[i] <= ACCURACY_KM) {
                n++;
            }
        }
        return n;
    }

    public long nanos() {
        return nanos;
    }

    public Prf extraction() {
        return Prf.of(matches, system, gold);
    }

    /** The share of geocoded matches within {@value #ACCURACY_KM} km. */
    public double accuracy() {
        return Prf.ratio(withinAccuracy(), geocoded);
    }

    public double meanErrorKm() {
        return geocoded == 0 ? 0 : Arrays.stream(errors, 0, geocoded).sum() / geocoded;
    }

    /** The middle error, or the mean of the two middle ones. */
    public double medianErrorKm() {
        if (geocoded == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(errors, geocoded);
        Arrays.sort(sorted);
        int mid = geocoded / 2;
        return geocoded % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The area under the normalised log-error curve: 0 when every error is 0, 1 when every error is maximal. */
    public double aucLogError() {
        if (geocoded == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < geocoded; i++) {
            sum += Math.log1p(errors[i]) / Math.log1p(MAX_ERROR_KM);
        }
        return Math.min(1, sum / geocoded);
    }

    /** Documents per second of summed per-document time (a per-thread rate); 0 without timing. */
    public double documentsPerSecond() {
        return ParallelEvaluation.documentsPerSecond(documents, nanos);
    }

    /** The figures, to three decimals, with the counts behind them. */
    public String report(String label) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d documents, %d gold toponyms, %d system toponyms\n",
                label, documents, gold, system));
        out.append(Prf.header(NAME_WIDTH));
        out.append(extraction().row(NAME_WIDTH, "toponym extraction",
                "overlapping: " + matches + ", exact spans: " + exact));
        out.append(String.format(Locale.ROOT, "  geocoding over %d matches with coordinates\n", geocoded));
        out.append(String.format(Locale.ROOT, "    %-20s %9.3f   (%d/%d within %.0f km)\n", "accuracy@161km",
                accuracy(), withinAccuracy(), geocoded, ACCURACY_KM));
        out.append(String.format(Locale.ROOT, "    %-20s %9.3f km\n", "mean error", meanErrorKm()));
        out.append(String.format(Locale.ROOT, "    %-20s %9.3f km\n", "median error", medianErrorKm()));
        out.append(String.format(Locale.ROOT, "    %-20s %9.3f   (0 best, 1 worst)\n", "AUC of log error",
                aucLogError()));
        out.append(String.format(Locale.ROOT,
                "  throughput: %.3f documents/s per thread (%d documents, %.3f s of per-document work)\n",
                documentsPerSecond(), documents, nanos / 1e9));
        return out.toString();
    }

    private void addError(double km) {
        if (geocoded == errors.length) {
            errors = Arrays.copyOf(errors, errors.length * 2);
        }
        errors[geocoded++] = km;
    }
}
