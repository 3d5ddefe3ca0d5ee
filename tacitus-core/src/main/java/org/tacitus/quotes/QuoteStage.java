package org.tacitus.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.Quote;
import org.tacitus.model.Sentence;
import org.tacitus.model.Speaker;
import org.tacitus.model.TextSpan;
import org.tacitus.model.Token;
import org.tacitus.nlp.DependencyTree;

/**
 * Finds quotations and attributes them. A quoted span is speech when a cue attributes it ({@link SpeakerFinder}: in
 * its sentence, a colon after its speaker's clause, a headline's "Name:", a dash and a name after it, or the
 * attribution the sentence splitter cut off after a question mark), when a verb puts it in its subject's mouth or a
 * headline quotes it ({@link PhraseOwner}: "branded the plan “reckless”"), or when it continues the previous
 * speaker's words (a paragraph of quotation with no cue of its own); short quoted phrases with no cue, phrases
 * introduced as names or titles ("the so-called", "dubbed", "Meet the Press": {@link NamesAndTitles}), subheadings
 * in title case and phrases quoted in passing ({@link QuoteRole}) are not speech. A partial quotation inside
 * reported words is no quote of its own: the reported words carry it, and are direct when they open or close with
 * it. Reported speech ({@link ReportedSpeech}: "X said that…", "…, adding that…", "called the plan “a disaster”",
 * "accused Kyiv of…") becomes an indirect quote. "He" and "she" resolve to the person named last, as a speaker or
 * as a subject, and a bare role ("the spokesperson said") to the last speaker who had that role
 * ({@link SpeakerMemory}). The turns of a printed transcript ({@link Transcript}: "PENCE: Well, look…") are their
 * speakers' words, named after the people of the story, whatever quotation marks stand around them. Thread-safe:
 * state lives in the call.
 */
public final class QuoteStage {

    private static final int CONTINUATION_CHARS = 1200;
    private static final Pattern DATE_WORD = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
            + "jan(?:uary|\\.)?|feb(?:ruary|\\.)?|march|april|may|june|july|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|"
            + "oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?|today|yesterday|tonight");
    /** Words that carry a sentence on after reported words closed by a quotation ("…,” but…"). */
    private static final Set<String> CONTINUING = Set.of("but", "though", "although", "while", "and", "yet", "as",
            "adding", "which", "so");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    public List<Quote> find(Article article, AnalyzedText analyzed, List<Entity> entities) {
        List<QuoteMarks.Marked> marked = QuoteMarks.find(article.analysisText());
        SentenceParses parses = new SentenceParses();
        List<Candidate> candidates = new ArrayList<>(direct(article, analyzed, marked, parses));
        candidates.addAll(reported(analyzed, List.copyOf(candidates), marked, parses));
        List<Transcript.Turn> turns = Transcript.turns(article.analysisText());
        // a transcript's turns are its speakers' words, whatever quotation marks and cues stand around them
        candidates.removeIf(c -> turns.stream().anyMatch(t -> c.start() < t.end() && t.start() < c.end()));
        for (Transcript.Turn t : turns) {
            candidates.add(new Candidate(t.start(), t.end(), true, null, null, null, t));
        }
        candidates.sort(Comparator.comparingInt(Candidate::start));
        // speakers in reading order, so that "he" and "the official" find who came before
        SpeakerMemory memory = new SpeakerMemory(personSubjects(article, analyzed, entities, marked, parses));
        List<Quote> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Speaker speaker = null;
            TextSpan cue = null;
            if (c.turn() != null) {
                cue = span(article, c.turn().labelEnd(), c.turn().labelEnd() + 1);
                speaker = labelled(article, c.turn(), entities);
            } else if (c.attribution() != null) {
                cue = span(article, c.attribution().cueStart(), c.attribution().cueEnd());
                int head = c.attribution().speaker();
                speaker = head < 0 ? null : speakerAt(article, c.sentence(), c.tree(), head, c.attribution().cueStart(),
                        entities, memory);
            } else if (memory.last() != null && c.start() - memory.lastEnd() <= CONTINUATION_CHARS) {
                speaker = memory.last(); // a paragraph of quotation continuing the last speaker's words
            }
            out.add(new Quote(span(article, c.start(), c.end()), c.direct(), speaker, cue));
            memory.said(speaker, c.end());
        }
        return out;
    }

    /** A quotation before its speaker is resolved; a transcript's turn carries its label instead of a cue. */
    private record Candidate(int start, int end, boolean direct, Sentence sentence, DependencyTree tree,
                             SpeakerFinder.Attribution attribution, Transcript.Turn turn) {

        Candidate(int start, int end, boolean direct, Sentence sentence, DependencyTree tree,
                  SpeakerFinder.Attribution attribution) {
            this(start, end, direct, sentence, tree, attribution, null);
        }
    }

    /**
     * The speaker of a transcript's turn: the label, named after the person of the article it stands for
     * ({@code PENCE} for Mike Pence, {@code JAKE TAPPER} for Jake Tapper), else after the label in title case.
     */
    private static Speaker labelled(Article article, Transcript.Turn turn, List<Entity> entities) {
        TextSpan label = span(article, turn.labelStart(), turn.labelEnd());
        for (Entity e : entities) {
            String name = e.actor() != null && e.actor().name() != null ? e.actor().name() : e.text();
            if (e.type().equals("PERSON") && name.contains(" ") && (Transcript.names(turn.label(), e.text())
                    || Transcript.names(turn.label(), name))) {
                return new Speaker(label, name, e.actor()); // the label printed alone names nobody more fully
            }
        }
        StringBuilder name = new StringBuilder();
        for (String w : turn.label().toLowerCase(Locale.ROOT).split(" ")) {
            name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return new Speaker(label, name.toString(), null);
    }

    /** Quoted spans that are speech: attributed by a cue, or long enough to be words continuing a speaker's. */
    private List<Candidate> direct(Article article, AnalyzedText analyzed, List<QuoteMarks.Marked> marked,
                                   SentenceParses parses) {
        String text = article.analysisText();
        List<Candidate> out = new ArrayList<>();
        for (QuoteMarks.Marked m : marked) {
            List<Sentence> overlapping = analyzed.sentences().stream()
                    .filter(s -> s.start() < m.end() && m.start() < s.end()).toList();
            if (overlapping.isEmpty()) {
                continue;
            }
            String inner = text.substring(m.start(), m.end()).replaceAll("^\\W+|\\W+$", "");
            int words = inner.isBlank() ? 0 : inner.split("\\s+").length;
            if (words == 0 || NamesAndTitles.introducedAsName(text, m.start(), words)) {
                continue;
            }
            Optional<SpeakerFinder.Found> cued = SpeakerFinder.around(analyzed, overlapping, text, m, marked, parses);
            QuoteRole.Verdict cuedRole = role(text, overlapping, m, marked, inner, cued.orElse(null), parses);
            // a phrase a verb puts in its subject's mouth, or a headline's quote: that verb attributes it where no
            // cue does, or where the cue found leaves it a phrase in passing (the cue reports other words)
            Optional<SpeakerFinder.Found> owner = cued.isEmpty() || cuedRole.kind() == QuoteRole.Kind.IN_PASSING
                    ? PhraseOwner.of(analyzed, overlapping, m, parses) : Optional.empty();
            boolean owned = owner.isPresent();
            Candidate found = (owned ? owner : cued)
                    .map(f -> new Candidate(m.start(), m.end(), true, f.sentence(), f.tree(), f.attribution()))
                    .orElse(null);
            if (found == null && NamesAndTitles.looksLikeTitle(inner) && NamesAndTitles.aloneInParagraph(text, m)) {
                continue; // a subheading in title case ("‘All Bets Are Off.’"), nobody's words
            }
            if (!owned && NamesAndTitles.titleOrScareQuote(text, m, inner, words,
                    found == null ? null : found.attribution())) {
                continue; // a title ("Fox News Sunday") or a scare quote, not speech
            }
            QuoteRole.Verdict role = owned ? role(text, overlapping, m, marked, inner, owner.get(), parses) : cuedRole;
            if (role.kind() == QuoteRole.Kind.PART_OF_REPORTED
                    || role.kind() == QuoteRole.Kind.IN_PASSING && !owned) {
                continue; // within reported speech the reported clause carries it; a phrase in passing is no speech
            }
            // a headline's words around a quotation ("Pence: Trump Was ‘Mocking’ Them") report it, as words do
            boolean opensOrCloses = marked.stream().anyMatch(x -> x.start() == role.start() || x.end() == role.end());
            Candidate c = found != null ? new Candidate(role.start(), role.end(), opensOrCloses, found.sentence(),
                    found.tree(), found.attribution()) : new Candidate(m.start(), m.end(), true, null, null, null);
            if (out.stream().noneMatch(o -> o.start() == c.start() && o.end() == c.end())) {
                out.add(c); // two quotations in one headline give it once
            }
        }
        return out;
    }

    /** What the quotation is to its sentence, given the attribution found for it (or none). */
    private static QuoteRole.Verdict role(String text, List<Sentence> overlapping, QuoteMarks.Marked m,
                                          List<QuoteMarks.Marked> marked, String inner, SpeakerFinder.Found found,
                                          SentenceParses parses) {
        return found == null ? QuoteRole.of(text, overlapping, m, marked, inner, null, null, null, parses)
                : QuoteRole.of(text, overlapping, m, marked, inner, found.sentence(), found.tree(),
                        found.attribution(), parses);
    }

    /** "X said (that) …", "X called it “…”": reported words that no direct quotation already covers. */
    private List<Candidate> reported(AnalyzedText analyzed, List<Candidate> direct, List<QuoteMarks.Marked> marked,
                                     SentenceParses parses) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            if (!s.parsed()) {
                continue;
            }
            DependencyTree tree = parses.tree(s);
            List<ReportedSpeech.Clause> clauses = parses.clauses(s);
            for (ReportedSpeech.Clause c : clauses) {
                if (c.subject() < 0 || nested(tree, c, clauses)) {
                    continue;
                }
                int[] range = {c.first(), closedByQuotation(s, c.first(), continued(s, c.last(), c.cue()))};
                int start = s.tokens().get(range[0]).start();
                int mark = quotationMarkAround(s, range);
                boolean quoted = mark >= 0;
                int clauseEnd = quoted ? s.tokens().get(Math.max(mark, range[1])).end() : trimPunctuation(s, range);
                // a quotation opened in the reported words and closed sentences later ends them
                int end = marked.stream().filter(m -> start <= m.start() && m.start() < clauseEnd)
                        .mapToInt(QuoteMarks.Marked::end).filter(e -> e > clauseEnd).max().orElse(clauseEnd);
                quoted = quoted || end > clauseEnd;
                boolean covered = direct.stream().anyMatch(d -> d.start() < end && start < d.end());
                if (end > start && !covered) {
                    Token cue = s.tokens().get(c.cue());
                    out.add(new Candidate(start, end, quoted, s, tree,
                            new SpeakerFinder.Attribution(cue.start(), cue.end(), c.subject())));
                }
            }
        }
        return out;
    }

    /**
     * Where reported words end when a quotation inside them closes on a comma before a conjunction ("said the
     * footage did not give “clear evidence,” but he added…", "…,” though she noted…"): at the closing mark; else
     * {@code last}.
     */
    private static int closedByQuotation(Sentence s, int first, int last) {
        List<Token> t = s.tokens();
        for (int i = first + 1; i < last; i++) {
            if ("''".equals(t.get(i).pos()) && t.get(i - 1).text().equals(",")
                    && CONTINUING.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return last;
    }

    /**
     * Whether the clause's cue stands inside the words another verb reports and hangs from that verb without a
     * coordination between them ("Hale sees the vote as a “test”, his aides said"): the outer words carry it, as
     * one attribution. A report coordinated with another ("Maersk said they would pause transits, and BP said
     * it was suspending shipments") stays one of its own.
     */
    private static boolean nested(DependencyTree tree, ReportedSpeech.Clause c,
                                  List<ReportedSpeech.Clause> clauses) {
        for (ReportedSpeech.Clause o : clauses) {
            if (o != c && o.first() <= c.cue() && c.cue() <= o.last() && governs(tree, o.cue(), c.cue())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code outer} governs {@code inner} through a chain of dependencies with no coordination in it. */
    private static boolean governs(DependencyTree tree, int outer, int inner) {
        for (int i = inner, steps = 0; i >= 0 && steps < 20; i = tree.governor(i), steps++) {
            if (i == outer) {
                return true;
            }
            String rel = tree.relation(i);
            if (rel != null && rel.startsWith("conj")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token index of the quotation mark that closes reported speech ending in a quotation ('… avoiding
     * "concessions."'), or -1; a clause opening with a mark counts too (its own index is returned).
     */
    private static int quotationMarkAround(Sentence s, int[] range) {
        if (isMark(s.tokens().get(range[0]).text())) {
            return range[1];
        }
        for (int i = range[1]; i < s.tokens().size() && i <= range[1] + 3; i++) {
            String t = s.tokens().get(i).text();
            if (isMark(t)) {
                return i;
            }
            if (i > range[1] && !t.matches("[.,;:!?]")) {
                break;
            }
        }
        return -1;
    }

    private static boolean isMark(String token) {
        return token.equals("\"") || token.equals("“") || token.equals("”") || token.equals("''")
                || token.equals("``");
    }

    private Speaker speakerAt(Article article, Sentence s, DependencyTree tree, int head, int cueStart,
                              List<Entity> entities, SpeakerMemory memory) {
        Token h = s.tokens().get(head);
        String word = h.text().toLowerCase(Locale.ROOT);
        TextSpan headSpan = span(article, h.start(), h.end());
        if ("PRP".equals(h.pos())) {
            Speaker antecedent = PERSON_PRONOUNS.contains(word) ? memory.lastPerson(h.start()) : memory.last();
            return antecedent == null ? new Speaker(headSpan, null, null)
                    : new Speaker(headSpan, antecedent.name(), antecedent.actor());
        }
        int[] range = s.parsed() ? tree.subtree(head) : new int[] {head, head};
        range = clip(s, range, head, cueStart);
        TextSpan whole = span(article, s.tokens().get(range[0]).start(), trimPunctuation(s, range));
        Entity entity = entityAt(entities, h);
        int appos = s.parsed() ? tree.child(head, "appos") : -1;
        Entity person = appos >= 0 ? entityAt(entities, s.tokens().get(appos)) : null;
        if (person != null && person.type().equals("PERSON")) {
            entity = person;
        }
        if (entity == null) {
            return new Speaker(whole, stripDeterminer(whole.text()), null);
        }
        String name = entity.actor() != null && entity.actor().name() != null ? entity.actor().name()
                : entity.type().equals("NOMINAL") ? stripDeterminer(whole.text()) : entity.text();
        Speaker speaker = new Speaker(whole, name, entity.actor());
        if (entity.type().equals("NOMINAL")) {
            Speaker earlier = memory.withRole(entity.text());
            if (earlier != null) {
                return new Speaker(whole, earlier.name(), earlier.actor());
            }
        }
        memory.introduce(speaker, entity.type().equals("PERSON")
                || entity.type().equals("NOMINAL") && SpeakerMemory.oneHuman(h));
        return speaker;
    }

    /**
     * Where reported words that the parse cut in mid-phrase end ("accused the West of turning Ukraine [into a
     * bridgehead]", the rest hung on the verb): the words that follow run on to the next punctuation, quotation
     * mark or coordinating conjunction.
     */
    private static int continued(Sentence s, int last, int cue) {
        if (isMark(s.tokens().get(last).text())) {
            return last; // the words end where a quotation closes: the parse did not cut them short
        }
        int i = last;
        while (i + 1 < s.tokens().size() && i + 1 != cue) {
            Token t = s.tokens().get(i + 1);
            if (!QuoteRole.isWord(t) || t.text().matches("(?i)and|but|or|nor")) {
                break;
            }
            i++;
        }
        return i;
    }

    /** People named as the subject of a verb outside quotations, in text order: antecedents for "he" and "she". */
    private static List<Speaker> personSubjects(Article article, AnalyzedText analyzed, List<Entity> entities,
                                                List<QuoteMarks.Marked> marked, SentenceParses parses) {
        List<Speaker> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            if (!s.parsed()) {
                continue;
            }
            DependencyTree tree = parses.tree(s);
            for (Token t : s.tokens()) {
                String rel = tree.relation(t.index());
                Entity e = rel != null && rel.startsWith("nsubj") ? entityAt(entities, t) : null;
                if (e != null && e.type().equals("PERSON") && !QuoteMarks.inside(marked, t.start(), t.end())) {
                    String name = e.actor() != null && e.actor().name() != null ? e.actor().name() : e.text();
                    out.add(new Speaker(span(article, e.start(), e.end()), name, e.actor()));
                }
            }
        }
        return out;
    }

    /**
     * The speaker phrase ends before a clause the subject carries ("the official, who asked not to be named") or a
     * date ("leaders on Sunday"), and never reaches across its cue ("Stated Stone"), a colon or a quotation mark.
     */
    private static int[] clip(Sentence s, int[] range, int head, int cueStart) {
        int last = range[1];
        for (int i = head + 1; i <= range[1]; i++) {
            String w = s.tokens().get(i).text();
            if (w.equals(",") && i + 1 <= range[1]
                    && s.tokens().get(i + 1).text().toLowerCase(Locale.ROOT).matches("who|which|whose|that")
                    || w.equals(":") || isMark(w) || s.tokens().get(i).start() == cueStart || when(s, i)) {
                last = i - 1;
                break;
            }
        }
        int first = range[0];
        for (int i = head - 1; i >= range[0]; i--) {
            String w = s.tokens().get(i).text();
            if (w.equals(":") || isMark(w) || s.tokens().get(i).start() == cueStart) {
                first = i + 1; // a speaker is never across its cue, a colon or a quotation mark
                break;
            }
        }
        return new int[] {Math.min(head, first), Math.max(head, last)};
    }

    /** A preposition that opens a date ("leaders [on Sunday] warned"): the parse's, not the speaker's. */
    private static boolean when(Sentence s, int i) {
        List<Token> t = s.tokens();
        return "IN".equals(t.get(i).pos()) && i + 1 < t.size() && DATE_WORD.matcher(t.get(i + 1).text()).matches();
    }

    private static int trimPunctuation(Sentence s, int[] range) {
        int last = range[1];
        while (last > range[0] && s.tokens().get(last).text().matches("\\p{Punct}+|[“”‘’]")) {
            last--;
        }
        return s.tokens().get(last).end();
    }

    private static Entity entityAt(List<Entity> entities, Token t) {
        for (Entity e : entities) {
            if (e.start() <= t.start() && t.end() <= e.end()) {
                return e;
            }
        }
        return null;
    }

    private static String stripDeterminer(String s) {
        return s.replaceFirst("(?i)^(the|a|an)\\s+", "");
    }

    private static TextSpan span(Article article, int start, int end) {
        return new TextSpan(start, end, article.text().substring(start, end));
    }
}
