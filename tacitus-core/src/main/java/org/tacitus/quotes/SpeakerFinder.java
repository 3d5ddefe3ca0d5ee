package org.tacitus.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;
import org.tacitus.nlp.DependencyTree;

/**
 * Finds the cue of an attribution in a sentence ("said", "told reporters", "according to") and its speaker: the
 * subject of the cue verb, in either order ({@code X said, "…"}, {@code "…," X said}, {@code "…," said X}), or the
 * object of "according to". Words inside the quotation itself are never cues. Stateless.
 */
final class SpeakerFinder {

    /** A cue token (and its extent) and the head token of its speaker (-1 when the cue has no subject). */
    record Attribution(int cueStart, int cueEnd, int speaker) {
    }

    static final Set<String> SPEECH = Set.of("say", "tell", "add", "warn", "write", "insist", "state", "declare",
            "note", "explain", "argue", "claim", "ask", "reply", "respond", "announce", "continue", "conclude",
            "stress", "emphasize", "emphasise", "acknowledge", "admit", "deny", "remark", "suggest", "tweet", "post",
            "report", "predict", "vow", "pledge", "promise", "urge", "complain", "caution", "recall", "confirm",
            "reiterate", "assert", "contend", "maintain", "observe", "comment", "quip", "testify", "accuse",
            "allege", "concede", "counter", "boast", "demand", "threaten", "charge", "describe", "believe", "think",
            "hope", "fear", "estimate", "indicate", "signal");

    private SpeakerFinder() {
    }

    /**
     * The attribution nearest to the quote in {@code s}, ignoring tokens inside [quoteStart, quoteEnd).
     */
    static Optional<Attribution> find(Sentence s, DependencyTree tree, int quoteStart, int quoteEnd) {
        List<Token> tokens = s.tokens();
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : tokens) {
            if (t.start() >= quoteStart && t.end() <= quoteEnd) {
                continue;
            }
            Attribution a = null;
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (t.text().equalsIgnoreCase("according") && t.index() + 1 < tokens.size()
                    && tokens.get(t.index() + 1).text().equalsIgnoreCase("to")) {
                int speaker = s.parsed() ? tree.governor(t.index()) : t.index() + 2 < tokens.size() ? t.index() + 2 : -1;
                a = new Attribution(t.start(), tokens.get(t.index() + 1).end(), speaker);
            } else if (t.pos() != null && t.pos().startsWith("VB") && SPEECH.contains(lemma)) {
                int subject = s.parsed() ? ReportedSpeech.subject(s, tree, t.index()) : -1;
                if (subject < 0 && !s.parsed()) {
                    subject = nearestNounBefore(tokens, t.index());
                }
                if (subject < 0 && !s.parsed()) {
                    subject = properNounAfter(tokens, t.index()); // "…," said Pamela Padilla
                }
                a = new Attribution(t.start(), t.end(), subject);
            }
            if (a != null) {
                int distance = t.end() <= quoteStart ? quoteStart - t.end() : t.start() - quoteEnd;
                if (distance < bestDistance) {
                    best = a;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int properNounAfter(List<Token> tokens, int verb) {
        for (int i = verb + 1; i < tokens.size() && i <= verb + 4; i++) {
            String pos = tokens.get(i).pos();
            if (pos != null && (pos.startsWith("NNP") || pos.equals("PRP"))) {
                int last = i;
                while (last + 1 < tokens.size() && "NNP".equals(tokens.get(last + 1).pos())) {
                    last++;
                }
                return last;
            }
        }
        return -1;
    }

    private static int nearestNounBefore(List<Token> tokens, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - 4; i--) {
            String pos = tokens.get(i).pos();
            if (pos != null && (pos.startsWith("NN") || pos.equals("PRP"))) {
                return i;
            }
        }
        return -1;
    }
}
