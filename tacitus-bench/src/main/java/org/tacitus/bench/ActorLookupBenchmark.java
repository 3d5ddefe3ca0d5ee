package org.tacitus.bench;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.tacitus.actors.ActorLexicon;
import org.tacitus.lexicon.ActorName;
import org.tacitus.lexicon.Collectives;
import org.tacitus.lexicon.CountryTable;
import org.tacitus.lexicon.Metonyms;
import org.tacitus.lexicon.OfficeHolders;
import org.tacitus.lexicon.Organizations;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;

/**
 * What does finding the built-in actor phrases in an article cost? {@link ActorLexicon} (a {@code PhraseIndex}:
 * candidates by first word, longest first, case rules, dated names) against the simplest lookup there is — every
 * span of up to six tokens, lower-cased, in a hash map of the same phrases — which ignores the case rules and so
 * is the floor of what such a lookup can cost, not an equivalent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ActorLookupBenchmark {

    private static final int MAX_TOKENS = 6;

    private String text;
    private List<Sentence> sentences;
    private LocalDate date;
    private ActorLexicon lexicon;
    private Map<String, List<ActorName>> byPhrase;

    @Setup
    public void setUp() {
        text = Fixtures.text();
        sentences = Fixtures.plainSentences(text);
        date = Fixtures.PUBLISHED;
        List<ActorName> names = new ArrayList<>();
        names.addAll(CountryTable.load().actorNames());
        names.addAll(Metonyms.load());
        names.addAll(Organizations.load());
        names.addAll(Collectives.load());
        names.addAll(OfficeHolders.load().actorNames());
        lexicon = new ActorLexicon(names);
        byPhrase = new HashMap<>();
        for (ActorName n : names) {
            String phrase = n.phrase().strip().toLowerCase(Locale.ROOT);
            if (phrase.startsWith("the ") && phrase.length() > 4) {
                phrase = phrase.substring(4);
            }
            byPhrase.computeIfAbsent(phrase, k -> new ArrayList<>()).add(n);
        }
    }

    @Benchmark
    public int phraseIndex() {
        int found = 0;
        for (Sentence s : sentences) {
            found += lexicon.find(text, s, date).size();
        }
        return found;
    }

    @Benchmark
    public int hashMapOfSpans() {
        int found = 0;
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int step = 1;
                for (int len = Math.min(MAX_TOKENS, tokens.size() - i); len >= 1; len--) {
                    String span = text.substring(tokens.get(i).start(), tokens.get(i + len - 1).end())
                            .toLowerCase(Locale.ROOT);
                    List<ActorName> names = byPhrase.get(span);
                    if (names != null && names.stream().anyMatch(n -> n.validOn(date))) {
                        found++;
                        step = len;
                        break;
                    }
                }
                i += step;
            }
        }
        return found;
    }
}
