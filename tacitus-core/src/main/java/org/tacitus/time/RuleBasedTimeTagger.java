package org.tacitus.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.Sentence;
import org.tacitus.model.TimeExpression;
import org.tacitus.model.TimexType;
import org.tacitus.model.Token;

/**
 * Tacitus's own temporal tagger: regular-expression recognisers ({@link TimexRules}, {@link DateRules}) find
 * candidate expressions, tokens and tags from the NLP layer veto the false friends ({@link FalseFriends}: "May" the
 * modal, "March" the verb, "Theresa May", "2,000 troops"), the longest candidate wins where they overlap, and {@link TimexResolver}
 * anchors each one in document order to the publication date, the clause's tense ({@link TenseDetector}) and the
 * narrative's last named day. Thread-safe and stateless.
 */
public final class RuleBasedTimeTagger implements TimeTagger {

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\w+|\\S+\\.(?:com|org|net)/\\S*");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])(?![\\d])");
    private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}(?:-|$)");
    private static final Set<String> RANKS = Set.of("first", "only");
    private static final Pattern RANGE_OPEN = Pattern.compile("(?i)\\b(?:from|between)\\s+$");
    private static final Pattern RANGE_LINK = Pattern.compile("(?i)\\s*(?:until|till|to|through|and|-|–)\\s*");

    private final TenseDetector tenses = new TenseDetector();
    private final TimexResolver resolver = new TimexResolver();

    @Override
    public List<TimeExpression> tag(Article article, AnalyzedText analyzed) {
        String text = article.analysisText();
        List<int[]> urls = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            urls.add(new int[] {url.start(), url.end()});
        }
        List<TimexCandidate> candidates = new ArrayList<>();
        List<TimexRules.Rule> rules = TimexRules.RULES;
        for (int r = 0; r < rules.size(); r++) {
            Matcher m = rules.get(r).pattern().matcher(text);
            while (m.find()) {
                if (!TimexRules.capitalised(m)) {
                    continue;
                }
                Meaning meaning = rules.get(r).meaning().apply(m);
                int[] span = TimexRules.span(m);
                if (meaning != null && span[1] > span[0] && !inside(urls, span)) {
                    candidates.add(new TimexCandidate(span[0], span[1], meaning, r));
                }
            }
        }
        List<TimexCandidate> chosen = longestFirst(candidates, analyzed);
        return resolveInOrder(article, analyzed, chosen);
    }

    private List<TimexCandidate> longestFirst(List<TimexCandidate> candidates, AnalyzedText analyzed) {
        candidates.sort(Comparator.comparingInt(TimexCandidate::length).reversed()
                .thenComparingInt(TimexCandidate::priority).thenComparingInt(TimexCandidate::start));
        List<TimexCandidate> chosen = new ArrayList<>();
        for (TimexCandidate c : candidates) {
            if (chosen.stream().noneMatch(c::overlaps) && FalseFriends.plausible(c, analyzed)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(TimexCandidate::start));
        return chosen;
    }

    private List<TimeExpression> resolveInOrder(Article article, AnalyzedText analyzed, List<TimexCandidate> chosen) {
        LocalDate dct = article.published();
        LocalDate narrative = null;
        String quarter = null;
        Integer year = null;
        YearMonth month = null;
        List<TimeExpression> out = new ArrayList<>(chosen.size());
        boolean previousWeekday = false;
        for (TimexCandidate c : chosen) {
            Tense tense = Tense.UNKNOWN;
            Sentence s = sentenceOf(analyzed, c.start());
            if (s != null) {
                List<Token> tokens = tokensIn(s, c.start(), c.end());
                if (!tokens.isEmpty()) {
                    int last = tokens.get(tokens.size() - 1).index();
                    tense = possessive(s, last) ? Tense.PAST
                            : c.meaning() instanceof Meaning.CalendarDate d && attributive(s, tokens.get(0).index(), last)
                            ? (d.day() != null ? Tense.PAST : Tense.UNKNOWN) : tenses.tense(s, tokens.get(0).index(), last);
                }
            }
            Meaning meaning = c.meaning();
            TimeExpression previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previousWeekday && closesRange(article.analysisText(), previous, c)) {
                meaning = dayAfter(meaning); // "from 8 p.m. Thursday until 6 a.m. Friday": the Friday after it
            }
            if (meaning instanceof Meaning.Within w && tense != Tense.FUTURE && s != null && rankedBefore(s, c.start())) {
                meaning = w.length(); // "the first visit in four years", "its highest level in 40 years": a stretch
            }
            TimexResolver.Resolved r = resolver.resolve(meaning,
                    new TimexResolver.Context(dct, tense, narrative, quarter, year, month));
            if (r == null || tense == Tense.PAST && "FUTURE_REF".equals(r.value())
                    && c.length() == 4 && article.analysisText().regionMatches(true, c.start(), "soon", 0, 4)) {
                continue; // "the cash soon became a flood": shortly after a past event, no reference to the future
            }
            // a range of weekdays stays within a week; one from a calendar date may span several ("from Sept. 14
            // to Thursday")
            previousWeekday = r.narrativeDay() != null && dayAfter(meaning) != meaning;
            if (r.narrativeDay() != null) {
                narrative = r.narrativeDay();
                year = narrative.getYear();
            } else if (r.type() == TimexType.DATE && YEAR_VALUE.matcher(r.value()).lookingAt()) {
                // "in June 1998", "last year": a later "that year" or "the year before" counts from it
                year = Integer.parseInt(r.value().substring(0, 4));
            }
            if (r.type() != TimexType.DURATION && r.type() != TimexType.SET) {
                Matcher ym = MONTH_VALUE.matcher(r.value());
                if (ym.lookingAt()) {
                    month = YearMonth.of(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)));
                }
            }
            if (r.quarter() != null) {
                quarter = r.quarter();
            }
            int floor = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
            out.add(Approximation.widen(article.analysisText(), new TimeExpression(c.start(), c.end(),
                    article.text().substring(c.start(), c.end()), r.type(), r.value(), r.mod()), floor,
                    article.text()));
        }
        return out;
    }

    /**
     * "under a June agreement", "the Oct. 23 accord": a date that names an event by modifying its noun says
     * nothing through the clause's verb about when that event was; the nearest month is the likeliest, and a
     * named day is one gone by unless it lies just ahead ("the Oct. 23 slaying" in May; "the Jan. 10 talks" in
     * late December).
     */
    private static boolean attributive(Sentence s, int first, int last) {
        if (last + 1 >= s.tokens().size()) {
            return false;
        }
        String next = s.tokens().get(last + 1).pos();
        String opener = s.tokens().get(first).pos();
        String before = first > 0 ? s.tokens().get(first - 1).pos() : null;
        boolean determined = "DT".equals(opener) || "DT".equals(before) || "PRP$".equals(before)
                || "POS".equals(before);
        return determined && next != null && (next.equals("NN") || next.equals("NNS"));
    }

    /** The second day of "from Monday to Friday", "between Thursday and Saturday", "from 8 p.m. Thursday until…". */
    private static boolean closesRange(String text, TimeExpression previous, TimexCandidate c) {
        return c.start() >= previous.end() && RANGE_LINK.matcher(text.substring(previous.end(), c.start())).matches()
                && RANGE_OPEN.matcher(text.substring(Math.max(0, previous.start() - 10), previous.start())).find();
    }

    /** A weekday, alone or with a clock time, as the first such day after the narrative's day. */
    private static Meaning dayAfter(Meaning m) {
        if (m instanceof Meaning.Weekday w && w.relation() == null && w.part() == null) {
            return new Meaning.NarrativeWeekday(w.dayOfWeek(), 1);
        }
        if (m instanceof Meaning.ClockOnDay c && c.day() instanceof Meaning.Weekday w && w.relation() == null) {
            return new Meaning.ClockOnDay(new Meaning.NarrativeWeekday(w.dayOfWeek(), 1), c.hour(), c.minute());
        }
        return m;
    }

    /** A superlative or "first"/"only" before the offset: what is counted over a stretch of time. */
    private static boolean rankedBefore(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.start() >= offset) {
                return false;
            }
            if ("JJS".equals(t.pos()) || "RBS".equals(t.pos()) || RANKS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Wednesday's ruling": a day named as the owner of an event speaks of what has happened. */
    private static boolean possessive(Sentence s, int lastToken) {
        Token t = s.tokens().get(lastToken);
        return t.text().endsWith("'s") || lastToken + 1 < s.tokens().size()
                && s.tokens().get(lastToken + 1).text().equals("'s");
    }

    static Sentence sentenceOf(AnalyzedText analyzed, int offset) {
        List<Sentence> sentences = analyzed.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    static List<Token> tokensIn(Sentence s, int start, int end) {
        List<Token> in = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.end() > start && t.start() < end) {
                in.add(t);
            }
        }
        return in;
    }

    private static boolean inside(List<int[]> spans, int[] span) {
        for (int[] s : spans) {
            if (span[0] < s[1] && s[0] < span[1]) {
                return true;
            }
        }
        return false;
    }
}
