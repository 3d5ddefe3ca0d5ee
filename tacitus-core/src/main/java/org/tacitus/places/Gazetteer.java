package org.tacitus.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tacitus.lexicon.ActorName;
import org.tacitus.lexicon.Admin1;
import org.tacitus.lexicon.CityGazetteer;
import org.tacitus.lexicon.Country;
import org.tacitus.lexicon.CountryTable;
import org.tacitus.lexicon.Metonyms;
import org.tacitus.lexicon.PlaceEntry;
import org.tacitus.lexicon.PlaceKind;
import org.tacitus.lexicon.Regions;

/**
 * All the places Tacitus knows, by the names news uses: countries (names and demonyms), capitals and seats of
 * government, regions and seas, and cities. Built once per JVM ({@link #builtIn()}); immutable and thread-safe.
 */
public final class Gazetteer {

    private static final long UNLISTED_CAPITAL_POPULATION = 1_000_000;
    private static final Pattern DIVISION_WORD = Pattern.compile("\\s+(?i:state|province)$");
    private static volatile Gazetteer builtIn;

    private final Map<String, PlaceEntry> countries = new HashMap<>();
    private final Map<String, PlaceEntry> demonyms = new HashMap<>();
    private final Map<String, PlaceEntry> regions = new HashMap<>();
    private final Map<String, List<PlaceEntry>> admin1 = new HashMap<>();
    private final Map<String, List<PlaceEntry>> divisions = new HashMap<>();
    private final Map<String, PlaceEntry> seats = new HashMap<>();
    private final Map<String, PlaceEntry> capitals = new HashMap<>();
    private final CityGazetteer cities;
    private final List<PlaceEntry> regionList;

    private Gazetteer(CountryTable table, List<ActorName> metonyms, List<PlaceEntry> regionList,
                      List<PlaceEntry> admin1List, CityGazetteer cities) {
        this.cities = cities;
        this.regionList = List.copyOf(regionList);
        for (Country c : table.all()) {
            PlaceEntry place = new PlaceEntry(c.name(), c.names(), PlaceKind.COUNTRY, c.iso3(), c.lat(), c.lon(),
                    c.geonamesId(), 0);
            countries.put(key(c.name()), place);
            c.names().forEach(n -> countries.put(key(n), place));
            // an abbreviation that ends a sentence loses its period to the sentence ("cases in the U.S.")
            c.names().stream().filter(n -> n.length() > 2 && n.endsWith("."))
                    .forEach(n -> countries.putIfAbsent(key(n.substring(0, n.length() - 1)), place));
            c.demonyms().forEach(d -> demonyms.put(key(d), place));
            PlaceEntry capital = capitalEntry(c);
            if (capital != null) {
                capitals.put(c.iso3(), capital);
            }
        }
        for (PlaceEntry r : regionList) {
            regions.put(key(r.name()), r);
            r.alternateNames().forEach(n -> regions.put(key(n), r));
            if (r.kind() == PlaceKind.ADMIN1) {
                addDivision(r);
            }
        }
        for (PlaceEntry a : admin1List) {
            admin1.computeIfAbsent(key(a.name()), k -> new ArrayList<>()).add(a);
            a.alternateNames().forEach(n -> admin1.computeIfAbsent(key(n), k -> new ArrayList<>()).add(a));
            addDivision(a);
        }
        for (ActorName m : metonyms) {
            PlaceEntry capital = m.country() == null ? null : capitals.get(m.country());
            if (capital != null) {
                seats.put(key(m.phrase()), capital);
            }
        }
    }

    /** The gazetteer of the built-in lexicons, loaded on first use. */
    public static Gazetteer builtIn() {
        Gazetteer local = builtIn;
        if (local == null) {
            synchronized (Gazetteer.class) {
                local = builtIn;
                if (local == null) {
                    CountryTable table = CountryTable.load();
                    local = new Gazetteer(table, Metonyms.load(), Regions.load(), Admin1.load(),
                            CityGazetteer.load(iso2 -> table.byIso2(iso2).map(Country::iso3).orElse(null)));
                    builtIn = local;
                }
            }
        }
        return local;
    }

    /** Regions and seas, for matching their (often multi-word) names in text. */
    public List<PlaceEntry> regions() {
        return regionList;
    }

    public Optional<PlaceEntry> country(String name) {
        return Optional.ofNullable(countries.get(key(name)));
    }

    public Optional<PlaceEntry> countryOfDemonym(String word) {
        return Optional.ofNullable(demonyms.get(key(word)));
    }

    public Optional<PlaceEntry> region(String name) {
        return Optional.ofNullable(regions.get(key(name)));
    }

    /** The city a seat of government stands in ("the Kremlin" → Moscow, "Washington" → Washington, D.C.). */
    public Optional<PlaceEntry> seat(String name) {
        return Optional.ofNullable(seats.get(key(name)));
    }

    public Optional<PlaceEntry> capitalOf(String iso3) {
        return Optional.ofNullable(capitals.get(iso3));
    }

    /** First-level divisions of that name ("Queensland", "Georgia" the US state). */
    public List<PlaceEntry> admin1(String name) {
        return admin1.getOrDefault(key(name), List.of());
    }

    /**
     * First-level divisions a name may stand for when the context says it is one ("the state of Washington",
     * "Buffalo, New York"): those of {@link #admin1}, the ADMIN1 entries of the regions, and divisions whose form
     * ends in "State" or "Province" under the name without that word ("New York State" for "New York"). Bare,
     * such a name is the city's.
     */
    public List<PlaceEntry> divisions(String name) {
        return divisions.getOrDefault(key(name), List.of());
    }

    /** Cities of that name, most populous first; "New York" also finds "New York City". */
    public List<PlaceEntry> cities(String name) {
        List<PlaceEntry> found = cities.byName(stripThe(name));
        if (found.isEmpty()) {
            found = cities.byName(stripThe(name) + " City");
        }
        return found;
    }

    public boolean isCapital(PlaceEntry city) {
        PlaceEntry capital = city.country() == null ? null : capitals.get(city.country());
        return capital != null && Math.abs(capital.lat() - city.lat()) < 0.3 && Math.abs(capital.lon() - city.lon()) < 0.3;
    }

    private PlaceEntry capitalEntry(Country c) {
        if (c.capitals().isEmpty()) {
            return null;
        }
        String name = c.capitals().get(0);
        List<PlaceEntry> found = new ArrayList<>(cities.byName(name));
        for (PlaceEntry p : found) {
            if (c.iso3().equals(p.country()) && Math.abs(p.lat() - c.capitalLat()) < 0.5
                    && Math.abs(p.lon() - c.capitalLon()) < 0.5) {
                return p;
            }
        }
        // not in the city list under that name ("Washington" is "Washington, D.C." there): a capital is a big city
        return new PlaceEntry(name, c.capitals(), PlaceKind.CITY, c.iso3(), c.capitalLat(), c.capitalLon(), null,
                UNLISTED_CAPITAL_POPULATION);
    }

    private void addDivision(PlaceEntry division) {
        List<String> forms = new ArrayList<>();
        forms.add(division.name());
        forms.addAll(division.alternateNames());
        for (String form : forms) {
            for (String k : List.of(key(form), key(DIVISION_WORD.matcher(form).replaceFirst("")))) {
                List<PlaceEntry> list = divisions.computeIfAbsent(k, x -> new ArrayList<>());
                if (!list.contains(division)) {
                    list.add(division);
                }
            }
        }
    }

    static String key(String name) {
        return stripThe(name).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String stripThe(String name) {
        String n = name.strip();
        return n.regionMatches(true, 0, "the ", 0, 4) ? n.substring(4).strip() : n;
    }
}
