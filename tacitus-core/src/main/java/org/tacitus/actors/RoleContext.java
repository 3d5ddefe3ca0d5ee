package org.tacitus.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tacitus.lexicon.ActorKind;
import org.tacitus.lexicon.RoleWords;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;

/**
 * Reads the words around a name or a role word for the actor they describe: the title before a name ("Russian
 * Deputy Foreign Minister Sergei Ryabkov"), an apposition ("Russia's deputy envoy, Dmitry Polyanskiy",
 * "Zbigniew Rau of Poland"), the modifiers and complements of a role word ("a US official", "a spokesperson for
 * the U.S. National Security Council"). Stateless.
 */
final class RoleContext {

    /** What the surrounding words say: a country (ISO3, or null), a sector (or null), an organisation. */
    record Role(String country, String sector, LexiconMatch organization) {
        boolean isEmpty() {
            return country == null && sector == null && organization == null;
        }
    }

    /** A role phrase over tokens [start, end) and the sector it gives. */
    record RoleSpan(int start, int end, String sector) {
    }

    private static final Set<String> LINKS = Set.of("of", "for", "from", "'s", "’s", "the", "a", "an", "-");
    private static final int WINDOW = 8;

    /** Role phrases by their first word, longest first, each with its words and sector. */
    private final Map<String, List<RolePhrase>> byFirstWord = new HashMap<>();

    private record RolePhrase(String[] words, String sector) {
    }

    RoleContext(RoleWords roles) {
        for (String phrase : roles.phrasesLongestFirst()) {
            String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                    .add(new RolePhrase(words, roles.sector(phrase).orElse(null)));
        }
    }

    /** The title and left apposition of the tokens [first, last] (a name), then a right "of X"/apposition. */
    Role aroundName(Sentence s, int first, int last, List<LexiconMatch> matches) {
        Role left = leftOf(s, first, matches, true);
        Role right = rightOf(s, last, matches);
        return merge(left, right);
    }

    /** Modifiers before a role word and "for/of/from X" after it. */
    Role aroundRole(Sentence s, int first, int last, List<LexiconMatch> matches) {
        Role left = leftOf(s, first, matches, false);
        Role right = complement(s, last, matches);
        return merge(left, right);
    }

    /** The longest role phrase starting at token i, if any. */
    Optional<RoleSpan> roleAt(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        List<RolePhrase> candidates = byFirstWord.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return Optional.empty();
        }
        for (RolePhrase phrase : candidates) {
            String[] words = phrase.words();
            if (i + words.length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < words.length && ok; k++) {
                ok = tokens.get(i + k).text().equalsIgnoreCase(words[k]);
            }
            if (ok) {
                return Optional.of(new RoleSpan(i, i + words.length, phrase.sector()));
            }
        }
        return Optional.empty();
    }

    private Role leftOf(Sentence s, int first, List<LexiconMatch> matches, boolean titleCase) {
        List<Token> tokens = s.tokens();
        int i = first - 1;
        if (i >= 0 && tokens.get(i).text().equals(",")) {
            i--; // apposition: "Russia's deputy envoy, Dmitry Polyanskiy"
        }
        int stop = Math.max(0, i - WINDOW + 1);
        String country = null;
        String sector = null;
        LexiconMatch organization = null;
        for (int k = i; k >= stop; k--) {
            Token t = tokens.get(k);
            LexiconMatch m = matchEndingAt(matches, t);
            if (m != null) {
                if (country == null) {
                    country = countryOf(m);
                }
                if (organization == null && m.name().kind() == ActorKind.ORGANIZATION) {
                    organization = m;
                }
                k = indexOfStart(s, m.start());
                continue;
            }
            Optional<RoleSpan> role = roleEndingAt(s, k);
            if (role.isPresent()) {
                if (sector == null) {
                    sector = role.get().sector();
                }
                k = role.get().start();
                continue;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean titleWord = titleCase && Character.isUpperCase(t.text().charAt(0)) && isNoun(t);
            // "Saudi-led forces" are of the country that leads them; "Russian-backed separatists" are not Russia's
            boolean ledBy = w.equals("led") && k > 0 && tokens.get(k - 1).text().equals("-");
            if (!(LINKS.contains(w) || titleWord || ledBy || isModifier(t))) {
                break;
            }
        }
        return new Role(country, sector, organization);
    }

    private Role rightOf(Sentence s, int last, List<LexiconMatch> matches) {
        List<Token> tokens = s.tokens();
        int i = last + 1;
        if (i < tokens.size() && (tokens.get(i).text().equals(",") || tokens.get(i).text().equalsIgnoreCase("of"))) {
            return aroundRole(s, i + 1, i, matches).isEmpty() ? complement(s, last, matches)
                    : leftToRight(s, i + 1, matches);
        }
        return new Role(null, null, null);
    }

    /** "Dmitry Polyanskiy, Russia's deputy envoy": the words after the comma up to a role word. */
    private Role leftToRight(Sentence s, int from, List<LexiconMatch> matches) {
        List<Token> tokens = s.tokens();
        String country = null;
        String sector = null;
        LexiconMatch organization = null;
        for (int k = from; k < tokens.size() && k < from + WINDOW; k++) {
            Token t = tokens.get(k);
            LexiconMatch m = matchStartingAt(matches, t);
            if (m != null) {
                country = country == null ? countryOf(m) : country;
                organization = organization == null && m.name().kind() == ActorKind.ORGANIZATION ? m : organization;
                continue;
            }
            Optional<RoleSpan> role = roleAt(s, k);
            if (role.isPresent()) {
                sector = role.get().sector();
                break;
            }
            if (!(LINKS.contains(t.text().toLowerCase(Locale.ROOT)) || isModifier(t))) {
                break;
            }
        }
        return new Role(country, sector, organization);
    }

    /** "for the U.S. National Security Council", "of Poland": a country-bearing phrase after a preposition. */
    private Role complement(Sentence s, int last, List<LexiconMatch> matches) {
        List<Token> tokens = s.tokens();
        int i = last + 1;
        if (i >= tokens.size()) {
            return new Role(null, null, null);
        }
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (!(w.equals("for") || w.equals("of") || w.equals("from") || w.equals("at") || w.equals("in"))) {
            return new Role(null, null, null);
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 6; k++) {
            LexiconMatch m = matchStartingAt(matches, tokens.get(k));
            if (m != null) {
                String country = countryOf(m);
                return new Role(country, null, m.name().kind() == ActorKind.ORGANIZATION ? m : null);
            }
            if (tokens.get(k).text().equals(",") || tokens.get(k).pos() != null && tokens.get(k).pos().startsWith("VB")) {
                break;
            }
        }
        return new Role(null, null, null);
    }

    private Optional<RoleSpan> roleEndingAt(Sentence s, int k) {
        for (int start = Math.max(0, k - 3); start <= k; start++) {
            Optional<RoleSpan> role = roleAt(s, start);
            if (role.isPresent() && role.get().end() == k + 1) {
                return role;
            }
        }
        return Optional.empty();
    }

    /** The country a phrase lends to a neighbouring role; a person's country is theirs alone. */
    static String countryOf(LexiconMatch m) {
        return m.name().kind() == ActorKind.PERSON ? null : m.name().country();
    }

    private static Role merge(Role a, Role b) {
        return new Role(a.country() != null ? a.country() : b.country(),
                a.sector() != null ? a.sector() : b.sector(),
                a.organization() != null ? a.organization() : b.organization());
    }

    private static LexiconMatch matchEndingAt(List<LexiconMatch> matches, Token t) {
        for (LexiconMatch m : matches) {
            if (m.end() == t.end()) {
                return m;
            }
        }
        return null;
    }

    private static LexiconMatch matchStartingAt(List<LexiconMatch> matches, Token t) {
        for (LexiconMatch m : matches) {
            if (m.start() == t.start()) {
                return m;
            }
        }
        return null;
    }

    private static int indexOfStart(Sentence s, int start) {
        for (Token t : s.tokens()) {
            if (t.start() == start) {
                return t.index();
            }
        }
        return 0;
    }

    private static boolean isNoun(Token t) {
        return t.pos() != null && t.pos().startsWith("NN");
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos != null && (pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS") || pos.equals("HYPH")
                || pos.startsWith("NN") && !pos.startsWith("NNP"));
    }
}
