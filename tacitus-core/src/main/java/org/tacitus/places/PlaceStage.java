package org.tacitus.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;
import org.tacitus.lexicon.PhraseIndex;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.Sentence;
import org.tacitus.model.Entity;
import org.tacitus.model.Place;
import org.tacitus.lexicon.PlaceEntry;

/**
 * Geocodes the entities of an article. Countries, demonyms ("Russian" refers to Russia), seats of government
 * ("the Kremlin" is in Moscow), regions and seas resolve directly; a city name picks, among the places of that
 * name, the one in a country the article is about (its focus countries, counted from the article's countries,
 * demonyms and actors), else a capital, else the most populous. The names around a name then correct what it
 * cannot decide alone ({@link NearbyToponyms}): "the state of Washington", "Birmingham, Alabama", "Utah,
 * Washington and Wisconsin". Thread-safe.
 */
public final class PlaceStage {

    /** Added in proportion to the country's share of the article's country mentions. */
    private static final double FOCUS_BONUS = 2.0;
    private static final double CAPITAL_BONUS = 1.5;
    /** Countries, regions and divisions outrank towns of the same name unless the article's focus says otherwise. */
    private static final double COUNTRY_BASE = 7.0;
    private static final double REGION_BASE = 9.0;
    private static final double ADMIN1_BASE = 6.0;
    private static final double FOCUS_WEIGHT = 4.0;

    private final Gazetteer gazetteer;
    private final PhraseIndex<Map.Entry<String, PlaceEntry>> regionNames;
    private final NearbyToponyms nearby;

    public PlaceStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<Map.Entry<String, PlaceEntry>> byName = new ArrayList<>();
        for (PlaceEntry r : gazetteer.regions()) {
            byName.add(Map.entry(r.name(), r));
            r.alternateNames().forEach(n -> byName.add(Map.entry(n, r)));
        }
        this.regionNames = new PhraseIndex<>(byName, Map.Entry::getKey);
        this.nearby = new NearbyToponyms(gazetteer, this::score);
    }

    public List<Entity> locate(Article article, AnalyzedText analyzed, List<Entity> found) {
        List<Entity> entities = withRegions(article, analyzed, found);
        // focus: how often each country is named, by name, demonym or actor; an ambiguous name does not vote for
        // its own readings ("Georgia" in a story about Atlanta)
        Map<String, Map<String, Integer>> votesByText = new HashMap<>();
        for (Entity e : entities) {
            Map<String, Integer> votes = votesByText.computeIfAbsent(e.text(), k -> new HashMap<>());
            if (e.actor() != null && e.actor().country() != null) {
                votes.merge(e.actor().country(), 1, Integer::sum);
            } else {
                direct(e).map(PlaceEntry::country).ifPresent(c -> votes.merge(c, 1, Integer::sum));
            }
        }
        int n = entities.size();
        PlaceEntry[] chosen = new PlaceEntry[n];
        boolean[] open = new boolean[n];
        List<Map<String, Double>> focus = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Entity e = entities.get(i);
            focus.add(focusWithout(votesByText, e.text()));
            chosen[i] = resolve(e, focus.get(i)).orElse(null);
            open[i] = e.place() == null && e.type().equals("LOCATION");
            if (e.place() != null) {
                chosen[i] = gazetteer.region(e.text()).orElse(null); // a region phrase: known, for its neighbours
            }
        }
        nearby.revise(article.text(), entities, chosen, open, focus);
        List<Entity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Entity e = entities.get(i);
            boolean place = chosen[i] != null && (open[i] || e.place() == null);
            out.add(!place ? e : new Entity(e.start(), e.end(), e.text(), e.type(), e.actor(), toPlace(chosen[i])));
        }
        return out;
    }

    /**
     * Regions and seas NER misses or cuts short ("the Crimean peninsula", where NER sees only "Crimean"): a
     * region phrase replaces the actor-less entities inside it and becomes a LOCATION entity.
     */
    private List<Entity> withRegions(Article article, AnalyzedText analyzed, List<Entity> entities) {
        List<Entity> out = new ArrayList<>(entities);
        for (Sentence s : analyzed.sentences()) {
            for (PhraseIndex.Match<Map.Entry<String, PlaceEntry>> m
                    : regionNames.find(article.analysisText(), s, x -> true)) {
                boolean coded = out.stream().anyMatch(e -> e.start() < m.end() && m.start() < e.end()
                        && (e.actor() != null || e.start() < m.start() || e.end() > m.end()));
                if (coded) {
                    continue;
                }
                out.removeIf(e -> e.start() >= m.start() && e.end() <= m.end());
                out.add(new Entity(m.start(), m.end(), article.text().substring(m.start(), m.end()), "LOCATION",
                        null, toPlace(m.value().getValue())));
            }
        }
        out.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return out;
    }

    private Optional<PlaceEntry> resolve(Entity e, Map<String, Double> focus) {
        if (e.place() != null || e.type().equals("PERSON") || e.type().equals("NOMINAL")) {
            return Optional.empty();
        }
        if (!e.type().equals("LOCATION")) {
            return direct(e); // demonyms, seats named as organisations ("the Kremlin")
        }
        PlaceEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (PlaceEntry p : candidates(gazetteer, e.text())) {
            double score = score(p, focus);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every reading of a location name: country, region or sea, seat, divisions, cities. */
    static List<PlaceEntry> candidates(Gazetteer gazetteer, String text) {
        List<PlaceEntry> candidates = new ArrayList<>();
        gazetteer.country(text).ifPresent(candidates::add);
        gazetteer.region(text).ifPresent(candidates::add);
        gazetteer.seat(text).ifPresent(candidates::add);
        candidates.addAll(gazetteer.admin1(text));
        candidates.addAll(gazetteer.cities(text));
        return candidates;
    }

    /** How likely a reading is on its own: its kind, population and capital status, and the article's focus. */
    private double score(PlaceEntry p, Map<String, Double> focus) {
        double share = p.country() == null ? 0 : focus.getOrDefault(p.country(), 0.0);
        return switch (p.kind()) {
            case COUNTRY -> COUNTRY_BASE + FOCUS_WEIGHT * share;
            case SEA, REGION -> REGION_BASE;
            case ADMIN1 -> ADMIN1_BASE + FOCUS_WEIGHT * share;
            case CITY -> Math.log10(p.population() + 10.0) + FOCUS_BONUS * share
                    + (gazetteer.isCapital(p) ? CAPITAL_BONUS : 0);
        };
    }

    /** The great-circle distance between two entries, in km (haversine on a sphere). */
    static double distanceKm(PlaceEntry a, PlaceEntry b) {
        double dPhi = Math.toRadians(b.lat() - a.lat());
        double dLambda = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    private static Map<String, Double> focusWithout(Map<String, Map<String, Integer>> votesByText, String text) {
        Map<String, Integer> counts = new HashMap<>();
        votesByText.forEach((t, votes) -> {
            if (!t.equals(text)) {
                votes.forEach((country, n) -> counts.merge(country, n, Integer::sum));
            }
        });
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> share = new HashMap<>();
        counts.forEach((country, n) -> share.put(country, n / (double) Math.max(1, total)));
        return share;
    }

    /** Places a name gives without choosing: countries, demonyms, seats, regions and seas. */
    private Optional<PlaceEntry> direct(Entity e) {
        String text = e.text();
        return gazetteer.country(text)
                .or(() -> gazetteer.seat(text))
                .or(() -> gazetteer.region(text))
                .or(() -> e.type().equals("MISC") || e.type().equals("LOCATION")
                        ? gazetteer.countryOfDemonym(text) : Optional.empty());
    }

    private static Place toPlace(PlaceEntry p) {
        return new Place(p.name(), p.country(), round(p.lat()), round(p.lon()), p.geonamesId());
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
