package org.tacitus.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tacitus.model.Entity;
import org.tacitus.model.EventDate;
import org.tacitus.model.PlaceMention;
import org.tacitus.model.TextSpan;
import org.tacitus.model.TimeExpression;
import org.tacitus.time.ClauseTime;

/**
 * When and where: the time expression governing the event's clause (the time stage's {@link ClauseTime}), else the
 * publication date with the clause's tense as relation; the place named in the clause ("in Geneva", "the Geneva
 * talks", "Geneva, where they met"), else none. Stateless.
 */
final class EventSetting {

    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "inside", "across",
            "throughout", "around");

    EventDate date(SentenceView s, Candidate c, List<TimeExpression> timexes, LocalDate published, boolean future) {
        Optional<TimeExpression> t = ClauseTime.governing(s.sentence, c.clause(), timexes);
        if (t.isEmpty() && c.clause() != c.head()) {
            t = ClauseTime.governing(s.sentence, c.head(), timexes);
        }
        if (t.isPresent() && (t.get().value().matches("\\d{4}.*") || t.get().value().endsWith("_REF"))) {
            TimeExpression x = t.get();
            return new EventDate(x.value(), EventDate.Basis.TIMEX, relation(x.value(), published, future),
                    new TextSpan(x.start(), x.end(), x.text()));
        }
        if (published == null) {
            return null;
        }
        EventDate.Relation r = future ? EventDate.Relation.AFTER
                : past(s, c) ? EventDate.Relation.BEFORE : EventDate.Relation.ON;
        return new EventDate(published.toString(), EventDate.Basis.TENSE, r, null);
    }

    private static boolean past(SentenceView s, Candidate c) {
        int v = c.clause();
        if (s.pos(v).equals("VBD")) {
            return true;
        }
        for (int ch : s.children(v)) {
            if (s.relation(ch).startsWith("aux") && (s.pos(ch).equals("VBD") || s.lemma(ch).equals("have"))) {
                return true;
            }
        }
        return s.pos(v).equals("VBN");
    }

    static EventDate.Relation relation(String value, LocalDate published, boolean future) {
        if (value.equals("FUTURE_REF")) {
            return EventDate.Relation.AFTER;
        }
        if (value.equals("PAST_REF")) {
            return EventDate.Relation.BEFORE;
        }
        if (published == null || !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
            return future ? EventDate.Relation.AFTER : EventDate.Relation.ON;
        }
        String p = published.toString();
        String v = value.length() >= 10 && value.charAt(7) == '-' ? value.substring(0, 10)
                : value.length() >= 7 && value.matches("\\d{4}-\\d{2}.*") ? value.substring(0, 7)
                : value.substring(0, 4);
        String same = p.substring(0, v.length());
        int cmp = v.compareTo(same);
        if (cmp != 0) {
            return cmp < 0 ? EventDate.Relation.BEFORE : EventDate.Relation.AFTER;
        }
        // a year, month or week that holds the publication date says nothing of which side of it the event lies:
        // the clause does ("expected to meet Xi later in the year")
        return v.length() < 10 && future ? EventDate.Relation.AFTER : EventDate.Relation.ON;
    }

    /** Ended more than a month before publication: "met for their first summit in June" (of the year before). */
    static boolean historical(EventDate d, LocalDate published) {
        if (d == null || published == null || d.basis() != EventDate.Basis.TIMEX
                || !d.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        String v = d.value();
        LocalDate end = v.length() == 4 ? LocalDate.of(Integer.parseInt(v), 12, 31)
                : v.length() == 7 ? LocalDate.parse(v + "-01").plusMonths(1).minusDays(1) : LocalDate.parse(v);
        return end.isBefore(published.minusDays(30));
    }

    PlaceMention place(SentenceView s, Candidate c) {
        for (int t : new int[] {c.head(), c.clause()}) {
            for (int ch : s.children(t)) {
                String r = s.relation(ch);
                if ((r.startsWith("obl") || r.startsWith("nmod")) && s.caseOf(ch) != null
                        && PLACE_CASES.contains(s.caseOf(ch))) {
                    PlaceMention p = placeAt(s, ch);
                    if (p == null) { // "talks at the OSCE in Vienna", "near the town of Samarra": the venue's place
                        p = venue(s, ch);
                    }
                    if (p != null) {
                        return p;
                    }
                }
                if (r.equals("compound") && t == c.head()) {
                    PlaceMention p = placeAt(s, ch);
                    if (p != null && s.entity(ch).actor() == null) {
                        return p;
                    }
                }
                if (r.equals("advmod") && s.word(ch).equals("where") && s.relation(t).equals("acl:relcl")) {
                    PlaceMention p = placeAt(s, s.governor(t));
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        // "lifted a night curfew in Montenegro", "suspended aid deliveries in Baghdad": the object's place; "a
        // bombing near Samarra killed…": the place of a subject that names no actor, the deed that did it
        List<Integer> clauses = new java.util.ArrayList<>(List.of(c.head(), c.clause()));
        if (c.clause() >= 0 && s.child(c.clause(), "xcomp") >= 0) {
            clauses.add(s.child(c.clause(), "xcomp")); // "threatened to institute a curfew in Algiers"
        }
        for (int t : clauses) {
            for (String role : new String[] {"obj", "nsubj"}) {
                int n = t < 0 ? -1 : s.child(t, role);
                if (n < 0 || (role.equals("nsubj") && (s.entity(n) != null || !s.isNoun(n)))) {
                    continue;
                }
                for (int ch : s.children(n)) {
                    if (s.relation(ch).startsWith("nmod") && s.caseOf(ch) != null
                            && PLACE_CASES.contains(s.caseOf(ch))) {
                        PlaceMention p = placeAt(s, ch);
                        if (p == null) {
                            p = venue(s, ch);
                        }
                        if (p != null) {
                            return p;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The place inside a venue phrase: "the OSCE in Vienna", "the town of Samarra", "Montenegro province". */
    private static PlaceMention venue(SentenceView s, int n) {
        for (int g : s.children(n)) {
            String r = s.relation(g);
            if ((r.startsWith("nmod") && ("in".equals(s.caseOf(g)) || "of".equals(s.caseOf(g))))
                    || r.equals("compound")) {
                PlaceMention p = placeAt(s, g);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static PlaceMention placeAt(SentenceView s, int token) {
        Entity e = token < 0 ? null : s.entity(token);
        if (e == null || e.place() == null) {
            return null;
        }
        return new PlaceMention(new TextSpan(e.start(), e.end(), e.text()), e.place());
    }
}
