package org.tacitus.lexicon;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/Phoenix <em>agents</em> dictionary into {@link RoleWord}s: {@code PHRASE {PLURAL} [~CODE]}
 * lines, with regular plurals made automatically and {@code !MARKER!} substitution sets expanded. The grammar
 * is written down in {@code docs/dictionaries.md}. Phrases keep the dictionary's (upper) case: match them
 * ignoring case. Malformed lines are reported in the {@link DictionaryLoad} and skipped. Stateless and
 * thread-safe.
 */
public final class PetrarchAgentReader {

    private static final Pattern MARKER_DEFINITION = Pattern.compile("!([^!\\s]+)!\\s*=(.*)");
    private static final Pattern MARKER = Pattern.compile("!([^!\\s]*)!");
    private static final Pattern AGENT_CODE = Pattern.compile("~([A-Z0-9]{3,})|([A-Z0-9]{3,})~");

    private PetrarchAgentReader() {
    }

    public static DictionaryLoad<RoleWord> read(Path file) {
        List<String> problems = new ArrayList<>();
        List<String> lines = DictionaryLoad.lines(file, problems);
        return parse(lines, DictionaryLoad.sourceName(file), problems);
    }

    /** @param sourceName the name problems give the input ({@code "my.agents.txt"}) */
    public static DictionaryLoad<RoleWord> read(Reader in, String sourceName) {
        List<String> problems = new ArrayList<>();
        List<String> lines = DictionaryLoad.lines(in, sourceName, problems);
        return parse(lines, sourceName, problems);
    }

    private static DictionaryLoad<RoleWord> parse(List<String> lines, String source, List<String> problems) {
        if (lines == null) {
            return new DictionaryLoad<>(List.of(), problems);
        }
        Set<RoleWord> out = new LinkedHashSet<>();
        Map<String, List<String>> markers = new HashMap<>();
        PetrarchActorReader.Comments comments = new PetrarchActorReader.Comments();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null) {
                continue;
            }
            String text = comments.strip(lines.get(i)).strip();
            if (text.isEmpty()) {
                continue;
            }
            String error = text.indexOf('!') >= 0 && text.indexOf('=') >= 0
                    ? define(text, markers)
                    : agent(text, markers, out, problems, source, i + 1);
            if (error != null) {
                problems.add(DictionaryLoad.problem(source, i + 1, error));
            }
        }
        return new DictionaryLoad<>(new ArrayList<>(out), problems);
    }

    /** {@code !PERSON! = MAN, MEN, WOMAN}: later lines may use {@code !PERSON!}. */
    private static String define(String text, Map<String, List<String>> markers) {
        Matcher m = MARKER_DEFINITION.matcher(text);
        if (!m.matches()) {
            return "bad substitution set (expected !NAME! = WORD, WORD); line skipped";
        }
        List<String> words = new ArrayList<>();
        for (String w : m.group(2).split(",")) {
            if (!w.isBlank()) {
                words.add(w.strip());
            }
        }
        if (words.isEmpty()) {
            return "empty substitution set !" + m.group(1) + "!; line skipped";
        }
        markers.put(m.group(1), words);
        return null;
    }

    /** One {@code PHRASE {PLURAL} [~CODE]} line; returns the problem that made it unusable, if any. */
    private static String agent(String text, Map<String, List<String>> markers, Set<RoleWord> out,
                                List<String> problems, String source, int line) {
        PetrarchActorReader.Bracketed b = PetrarchActorReader.Bracketed.of(text);
        if (b.error() != null) {
            return b.error() + "; line skipped";
        }
        if (b.groups().isEmpty()) {
            return "no code; line skipped";
        }
        if (b.groups().size() > 1) {
            return "more than one code; line skipped";
        }
        String code = b.groups().get(0).strip().toUpperCase(Locale.ROOT);
        Matcher c = AGENT_CODE.matcher(code);
        if (!c.matches()) {
            return "invalid agent code '" + code + "' (expected ~CODE or CODE~); line skipped";
        }
        String sector = c.group(1) != null ? c.group(1) : c.group(2);
        String head = b.head();
        int open = head.indexOf('{');
        int close = head.indexOf('}');
        if (open < 0 != close < 0 || close >= 0 && close < open) {
            return "unbalanced brace; line skipped";
        }
        String singular = open < 0 ? head : head.substring(0, open);
        String plural = open < 0 ? null : head.substring(open + 1, close);
        if (open >= 0 && !head.substring(close + 1).isBlank()) {
            return "text after the plural {…}; line skipped";
        }
        for (String raw : plural == null ? List.of(singular) : List.of(singular, plural)) {
            for (int k = 0; k < raw.length(); k++) {
                if (Character.isISOControl(raw.charAt(k)) && !Character.isWhitespace(raw.charAt(k))) {
                    return String.format(Locale.ROOT, "control character U+%04X in phrase; line skipped",
                            (int) raw.charAt(k));
                }
            }
        }
        if (PetrarchActorReader.phrase(singular).isEmpty()) {
            return "empty phrase; line skipped";
        }
        List<String> phrases = new ArrayList<>();
        if (singular.indexOf('!') >= 0) {
            // substitution sets: every combination, and no automatic plural (as in PETRARCH)
            for (String raw : plural == null || plural.isBlank() ? List.of(singular) : List.of(singular, plural)) {
                String error = substitute(raw, markers, phrases);
                if (error != null) {
                    return error;
                }
            }
        } else {
            String one = PetrarchActorReader.phrase(singular);
            phrases.add(one);
            String many = plural == null ? regularPlural(one) : PetrarchActorReader.phrase(plural);
            if (many != null && !many.isEmpty()) {
                phrases.add(many);
            }
        }
        if (!b.trailing().isEmpty()) {
            problems.add(DictionaryLoad.problem(source, line, "text after the code ignored: '" + b.trailing() + "'"));
        }
        for (String p : phrases) {
            if (!p.isEmpty()) { // a substitution word may be empty: "!X! = _"
                out.add(new RoleWord(p, sector));
            }
        }
        return null;
    }

    private static String substitute(String raw, Map<String, List<String>> markers, List<String> phrases) {
        if (raw.chars().filter(ch -> ch == '!').count() % 2 != 0) {
            return "unclosed substitution marker; line skipped";
        }
        List<String> forms = List.of(raw);
        Matcher m = MARKER.matcher(raw);
        while (m.find()) {
            List<String> words = markers.get(m.group(1));
            if (words == null) {
                return "undefined substitution marker !" + m.group(1) + "!; line skipped";
            }
            List<String> next = new ArrayList<>();
            for (String f : forms) {
                for (String w : words) {
                    next.add(f.replaceFirst(Pattern.quote(m.group()), Matcher.quoteReplacement(w)));
                }
            }
            forms = next;
        }
        for (String f : forms) {
            phrases.add(PetrarchActorReader.phrase(f));
        }
        return null;
    }

    /**
     * The regular plural of a phrase's last word: {@code -IES} after a consonant + Y, {@code -ES} after S, X, Z,
     * CH or SH, else {@code -S}, in the case of the last letter ({@code F-16S}). Null when the phrase ends in
     * neither a letter nor a digit ({@code 1ST LT.}).
     */
    static String regularPlural(String phrase) {
        char last = phrase.charAt(phrase.length() - 1);
        if (!Character.isLetterOrDigit(last)) {
            return null;
        }
        boolean lower = Character.isLowerCase(last);
        String up = phrase.toUpperCase(Locale.ROOT);
        String suffix;
        String stem = phrase;
        if (up.endsWith("Y") && up.length() > 1 && "AEIOU".indexOf(up.charAt(up.length() - 2)) < 0
                && Character.isLetter(up.charAt(up.length() - 2))) {
            stem = phrase.substring(0, phrase.length() - 1);
            suffix = "IES";
        } else if (up.endsWith("S") || up.endsWith("X") || up.endsWith("Z") || up.endsWith("CH")
                || up.endsWith("SH")) {
            suffix = "ES";
        } else {
            suffix = "S";
        }
        return stem + (lower ? suffix.toLowerCase(Locale.ROOT) : suffix);
    }
}
