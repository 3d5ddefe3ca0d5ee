package org.tacitus.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tacitus.lexicon.PlaceEntry;
import org.tacitus.places.Gazetteer;

/**
 * Would memoising gazetteer answers pay? The place stage asks the built-in {@link Gazetteer} about every location
 * name (countries, divisions, 112,000 GeoNames cities); the baseline answers the same names from a hash map filled
 * with the gazetteer's own answers beforehand — the floor a cache could reach.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GazetteerLookupBenchmark {

    /** Names as the place stage meets them in news: countries, capitals, cities, divisions, regions, misses. */
    private static final List<String> NAMES = List.of("Vienna", "Russia", "Ukraine", "Turkey", "Istanbul",
            "Ankara", "Moscow", "Crimea", "Kyiv", "Donbas", "Kharkiv", "Zaporizhzhia", "Mariupol", "Dnipro",
            "Brussels", "Washington", "Beijing", "Warsaw", "Berlin", "New York", "Georgia", "Queensland",
            "Springfield", "Middle East", "the Red Sea", "Hofburg", "Kremlin", "Sahel", "Gaza", "Tel Aviv");

    private Gazetteer gazetteer;
    private Map<String, Integer> memo;

    @Setup
    public void setUp() {
        gazetteer = Gazetteer.builtIn();
        memo = new HashMap<>();
        for (String name : NAMES) {
            memo.put(name.toLowerCase(Locale.ROOT), answers(name));
        }
    }

    private int answers(String name) {
        List<PlaceEntry> cities = gazetteer.cities(name);
        return cities.size() + gazetteer.admin1(name).size() + gazetteer.country(name).map(c -> 1).orElse(0)
                + gazetteer.region(name).map(r -> 1).orElse(0);
    }

    @Benchmark
    public int gazetteer() {
        int found = 0;
        for (String name : NAMES) {
            found += answers(name);
        }
        return found;
    }

    @Benchmark
    public int memoisedAnswers() {
        int found = 0;
        for (String name : NAMES) {
            found += memo.get(name.toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
