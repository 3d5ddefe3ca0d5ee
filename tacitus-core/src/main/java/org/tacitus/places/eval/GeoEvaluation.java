package org.tacitus.places.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.tacitus.eval.DocumentFailure;
import org.tacitus.eval.ParallelEvaluation;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.SourceFormat;

/**
 * Runs a system over geoparsing gold documents and scores it. The system is any function from an article to its
 * entities (the CLI passes the extraction pipeline); its toponyms are the entities with a {@link Entity#place()},
 * whose span is the toponym and whose place's coordinates are the resolution. All entities are also counted by
 * type, and each gold toponym by the type of the entity that overlaps it most, which shows what the NER gives a
 * place stage to work with.
 *
 * <p>The whole work on a document (building the article, running the system, scoring) is timed. A system that
 * throws on a document is recorded as a {@link DocumentFailure} and the document is scored with no system
 * toponyms, so its gold counts as missed. Documents run through {@link ParallelEvaluation}. Thread-safe when the
 * system function is.
 */
public final class GeoEvaluation {

    /** What went wrong with one toponym. */
    public enum ErrorKind {
        /** a gold toponym that no system toponym overlaps */
        MISSED,
        /** a system toponym that overlaps no gold toponym */
        SPURIOUS,
        /** a match whose coordinates are more than {@value GeoScores#ACCURACY_KM} km from the gold ones */
        FAR
    }

    /**
     * One error, for reading by a person.
     *
     * @param gold    the gold toponym, null for {@link ErrorKind#SPURIOUS}
     * @param system  the system toponym, null for {@link ErrorKind#MISSED}
     * @param errorKm the distance for {@link ErrorKind#FAR}, NaN otherwise
     * @param context about 30 characters either side of the toponym, which is bracketed, on one line
     */
    public record GeoError(String doc, ErrorKind kind, GoldToponym gold, Entity system, double errorKm,
                           String context) {

        public GeoError {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(context, "context");
            if (gold == null && system == null) {
                throw new IllegalArgumentException("an error needs a gold or a system toponym");
            }
        }

        int start() {
            return Math.min(gold == null ? Integer.MAX_VALUE : gold.start(),
                    system == null ? Integer.MAX_VALUE : system.start());
        }
    }

    /**
     * Scores, counts and errors, in document order.
     *
     * @param scores       a fresh instance owned by the caller
     * @param entityTypes  every entity the system returned, by type
     * @param goldByEntity gold toponyms by the type of the entity overlapping them most
     *                     ({@value GeoEvaluation#NO_ENTITY} when none does)
     * @param wallNanos    wall-clock time of the whole evaluation (with threads, less than the summed time)
     */
    public record Result(GeoScores scores, Map<String, Long> entityTypes, Map<String, Long> goldByEntity,
                         List<GeoError> errors, List<DocumentFailure> failures, long wallNanos) {

        public Result {
            Objects.requireNonNull(scores, "scores");
            entityTypes = Map.copyOf(entityTypes);
            goldByEntity = Map.copyOf(goldByEntity);
            errors = List.copyOf(errors);
            failures = List.copyOf(failures);
        }

        /** Documents per second of wall-clock time. */
        public double documentsPerSecond() {
            return ParallelEvaluation.documentsPerSecond(scores.documents(), wallNanos);
        }

        /** {@link GeoScores#report} followed by the entity counts, failures and wall-clock throughput. */
        public String report(String label) {
            StringBuilder out = new StringBuilder(scores.report(label));
            long entities = entityTypes.values().stream().mapToLong(Long::longValue).sum();
            out.append("  entities: ").append(entities).append(entities == 0 ? "" : " (" + counts(entityTypes) + ")")
                    .append(", with a place: ").append(scores.system()).append('\n');
            out.append("  gold toponyms by the type of the entity overlapping them: ").append(counts(goldByEntity))
                    .append('\n');
            out.append(ParallelEvaluation.footer(failures, "toponyms", scores.documents(), wallNanos));
            return out.toString();
        }

        private static String counts(Map<String, Long> byType) {
            StringBuilder s = new StringBuilder();
            new TreeMap<>(byType).forEach((type, n) -> s.append(s.isEmpty() ? "" : ", ").append(type).append(' ')
                    .append(n));
            return s.toString();
        }
    }

    /** The first line of {@link #writeErrors}. */
    public static final String ERRORS_HEADER = "doc\tkind\tgold_text\tgold_lat\tgold_lon\tsystem_text\tsystem_type"
            + "\tsystem_place\tsystem_lat\tsystem_lon\terror_km\tcontext";

    /** The key of {@link Result#goldByEntity} for gold toponyms that no entity overlaps. */
    public static final String NO_ENTITY = "none";

    private static final int CONTEXT = 30;

    private final Function<Article, List<Entity>> system;

    public GeoEvaluation(Function<Article, List<Entity>> system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    /** The system toponyms among entities: location names with a place. */
    public static List<Entity> toponyms(List<Entity> entities) {
        // A toponym is a place *name*: demonyms ("Canadian") and seats ("the White House") carry a place for
        // the events stage but are not names of places, and GeoVirus does not count them.
        return entities.stream().filter(e -> e.place() != null && e.type().equals("LOCATION")).toList();
    }

    /** Runs and scores the given documents, {@code threads} at a time; {@code source} becomes each article's. */
    public Result evaluate(List<GeoDocument> documents, String source, int threads) {
        ParallelEvaluation.Run<Result> run = ParallelEvaluation.run(documents, threads, doc -> evaluate(doc, source));
        GeoScores total = new GeoScores();
        Map<String, Long> types = new TreeMap<>();
        Map<String, Long> goldByEntity = new TreeMap<>();
        List<GeoError> errors = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (Result r : run.results()) {
            total.merge(r.scores());
            r.entityTypes().forEach((k, v) -> types.merge(k, v, Long::sum));
            r.goldByEntity().forEach((k, v) -> goldByEntity.merge(k, v, Long::sum));
            errors.addAll(r.errors());
            failures.addAll(r.failures());
        }
        return new Result(total, types, goldByEntity, errors, failures, run.wallNanos());
    }

    /** Runs and scores one gold document. */
    public Result evaluate(GeoDocument doc, String source) {
        long t0 = System.nanoTime();
        Article article = new Article(doc.id(), doc.text(), doc.text(), null, null, null, List.of(), source,
                SourceFormat.TEXT, List.of()); // GeoVirus has no publication dates
        ParallelEvaluation.Guarded<Entity> run = ParallelEvaluation.guard(doc.id(), () -> system.apply(article));
        List<Entity> entities = run.output();
        List<Entity> toponyms = toponyms(entities);
        GeoScores scores = new GeoScores();
        GeoScores.Alignment alignment = scores.add(doc.gold(), toponyms);
        Map<String, Long> types = new TreeMap<>();
        for (Entity e : entities) {
            types.merge(e.type(), 1L, Long::sum);
        }
        Map<String, Long> goldByEntity = new TreeMap<>();
        for (GoldToponym g : doc.gold()) {
            goldByEntity.merge(typeOverlapping(g, entities), 1L, Long::sum);
        }
        List<GeoError> errors = errors(doc, alignment);
        long nanos = System.nanoTime() - t0;
        scores.addTiming(nanos);
        return new Result(scores, types, goldByEntity, errors, run.failures(), nanos);
    }

    /** Writes errors as TSV with {@link #ERRORS_HEADER} first; tabs and line breaks inside fields become spaces. */
    public static void writeErrors(List<GeoError> errors, Writer out) throws IOException {
        out.write(ERRORS_HEADER);
        out.write('\n');
        for (GeoError e : errors) {
            GoldToponym g = e.gold();
            Entity s = e.system();
            boolean place = s != null && s.place() != null;
            out.write(String.join("\t", field(e.doc()), e.kind().name(),
                    g == null ? "" : field(g.phrase()), g == null ? "" : degrees(g.lat()),
                    g == null ? "" : degrees(g.lon()), s == null ? "" : field(s.text()), s == null ? "" : s.type(),
                    place ? field(s.place().name()) : "", place ? degrees(s.place().lat()) : "",
                    place ? degrees(s.place().lon()) : "",
                    Double.isNaN(e.errorKm()) ? "" : String.format(Locale.ROOT, "%.1f", e.errorKm()),
                    field(e.context())));
            out.write('\n');
        }
    }

    private static String degrees(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    private static String field(String s) {
        return s.replaceAll("[\t\r\n]", " ");
    }

    private static String typeOverlapping(GoldToponym g, List<Entity> entities) {
        String best = NO_ENTITY;
        int bestOverlap = 0;
        for (Entity e : entities) {
            int overlap = Math.min(g.end(), e.end()) - Math.max(g.start(), e.start());
            if (overlap > bestOverlap) {
                best = e.type();
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static List<GeoError> errors(GeoDocument doc, GeoScores.Alignment alignment) {
        List<GeoError> out = new ArrayList<>();
        for (GoldToponym g : alignment.missed()) {
            out.add(new GeoError(doc.id(), ErrorKind.MISSED, g, null, Double.NaN,
                    context(doc.text(), g.start(), g.end())));
        }
        for (Entity s : alignment.spurious()) {
            out.add(new GeoError(doc.id(), ErrorKind.SPURIOUS, null, s, Double.NaN,
                    context(doc.text(), s.start(), s.end())));
        }
        for (GeoScores.Match m : alignment.matches()) {
            double km = m.errorKm().orElse(Double.NaN);
            if (km > GeoScores.ACCURACY_KM) {
                int start = Math.min(m.gold().start(), m.system().start());
                int end = Math.max(m.gold().end(), m.system().end());
                out.add(new GeoError(doc.id(), ErrorKind.FAR, m.gold(), m.system(), km,
                        context(doc.text(), start, end)));
            }
        }
        out.sort(Comparator.comparingInt(GeoError::start));
        return out;
    }

    private static String context(String text, int spanStart, int spanEnd) {
        int start = Math.min(spanStart, text.length()); // a system span may be out of bounds; never throw here
        int end = Math.min(Math.max(spanEnd, start), text.length());
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        String s = text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to);
        return s.replaceAll("\\s+", " ").strip();
    }
}
