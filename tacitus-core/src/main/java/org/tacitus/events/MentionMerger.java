package org.tacitus.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;
import org.tacitus.model.EventMention;
import org.tacitus.model.Participant;

/**
 * Merges the mentions of one event within an article: same type, the sides of one within the sides of the other
 * (or none named, for "the talks"), dates that agree (one within the other, or one only from tense, unless one
 * is past and the other future), the same modality (a denied attack is not the attack), and, for AGREE, no
 * promise to meet that names its sides joining a deal (the visit promised for August is not the deal signed
 * today). The merged event takes every side, the most precise date and the first place. Stateless.
 */
final class MentionMerger {

    private static final Set<String> STATUS = Set.of("negated", "hypothetical", "reported");

    List<Event> merge(List<Draft> drafts) {
        List<List<Draft>> groups = new ArrayList<>();
        for (Draft d : drafts) {
            List<Draft> home = null;
            for (int g = groups.size() - 1; g >= 0; g--) {
                List<Draft> candidate = groups.get(g);
                if (fits(candidate, d)) {
                    // a mention naming its sides joins the latest fit; "the talks" the most mentioned one
                    if (home == null || (!d.hasSides() && candidate.size() > home.size())) {
                        home = candidate;
                    }
                    if (d.hasSides()) {
                        break;
                    }
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(d);
        }
        List<Event> events = new ArrayList<>();
        for (List<Draft> g : groups) {
            Event e = event("e" + (events.size() + 1), g); // ids count the events kept
            if (!e.source().isEmpty() || !e.target().isEmpty()) {
                events.add(e);
            }
        }
        return events;
    }

    private static boolean fits(List<Draft> group, Draft d) {
        Draft first = group.get(0);
        if (!first.type().equals(d.type()) || !status(first).equals(status(d))) {
            return false;
        }
        Set<String> mine = keys(group);
        Set<String> theirs = keys(List.of(d));
        // a mention joins an event when all the sides it names are the event's, and it names who acts or refers
        // back ("the talks"); an event of no named sides takes only such references
        if (!mine.containsAll(theirs) && !(theirs.containsAll(mine) && d.anaphoric() == false
                && !d.source().isEmpty() && group.stream().allMatch(Draft::anaphoric))) {
            return false;
        }
        if (d.source().isEmpty() && !d.anaphoric()) {
            return false;
        }
        // a promise to meet (CAMEO 036) that names its sides is not the deal the same side struck ("the truce"
        // that names nobody may still refer back to "agree to a truce after talks")
        if (first.type().equals("AGREE") && "036".equals(d.cameo()) && !"036".equals(first.cameo())
                && d.hasSides()) {
            return false;
        }
        // a phone call is not the summit it prepares: modes that differ keep events apart
        String mode = group.stream().map(Draft::mode).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (d.hasSides() && !java.util.Objects.equals(mode, d.mode())) {
            return false;
        }
        EventDate a = bestDate(group);
        EventDate b = d.date();
        if (a == null || b == null) {
            return true;
        }
        if (a.basis() != EventDate.Basis.TIMEX || b.basis() != EventDate.Basis.TIMEX) {
            return !oppositeSides(a, b);
        }
        return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
    }

    /**
     * A date from a time expression after publication and one from a verb in the past tense (or a past date and a
     * future tense): what was done is not what is planned. A verb in the present ("the talks are the first since
     * the ceasefire") fits either.
     */
    private static boolean oppositeSides(EventDate a, EventDate b) {
        EventDate timex = a.basis() == EventDate.Basis.TIMEX ? a : b.basis() == EventDate.Basis.TIMEX ? b : null;
        EventDate tense = timex == a ? b : a;
        if (timex == null) {
            return false; // two dates from tense: "the talks" and "will hold talks" may be one event
        }
        return timex.relation() == EventDate.Relation.AFTER && tense.relation() == EventDate.Relation.BEFORE
                || timex.relation() == EventDate.Relation.BEFORE && tense.relation() == EventDate.Relation.AFTER;
    }

    private static Set<String> status(Draft d) {
        Set<String> s = new HashSet<>(d.contexts());
        s.retainAll(STATUS);
        return s;
    }

    private static Set<String> keys(List<Draft> drafts) {
        Set<String> keys = new HashSet<>();
        for (Draft d : drafts) {
            d.source().forEach(p -> keys.add(p.key()));
            d.target().forEach(p -> keys.add(p.key()));
        }
        return keys;
    }

    private static EventDate bestDate(List<Draft> group) {
        EventDate best = null;
        for (Draft d : group) {
            EventDate x = d.date();
            if (x == null) {
                continue;
            }
            if (best == null || (x.basis() == EventDate.Basis.TIMEX && (best.basis() != EventDate.Basis.TIMEX
                    || x.value().length() > best.value().length()))) {
                best = x;
            }
        }
        return best;
    }

    private static Event event(String id, List<Draft> group) {
        Draft first = group.get(0);
        List<Participant> source = new ArrayList<>();
        List<Participant> target = new ArrayList<>();
        Set<String> contexts = new LinkedHashSet<>();
        List<EventMention> mentions = new ArrayList<>();
        var place = first.place();
        String mode = first.mode();
        String cameo = first.cameo();
        for (Draft d : group) {
            source = RoleFinder.merge(source, d.source());
            target = RoleFinder.merge(target, d.target());
            contexts.addAll(d.contexts());
            mentions.add(d.mention());
            if (place == null) {
                place = d.place();
            }
            if (mode == null && d.mode() != null && d.hasSides()) {
                mode = d.mode();
                cameo = d.cameo();
            }
        }
        // a side named by one mention as source and by another as target is a source ("X and Y met", "X met
        // Y"); a mention that codes a country acting at home as its own target (PLOVER's SYR→SYR) keeps it
        Set<String> sourceKeys = new HashSet<>();
        Set<String> home = new HashSet<>();
        for (Draft d : group) {
            d.source().forEach(p -> sourceKeys.add(p.key()));
            d.target().stream().filter(t -> t.actor().name() == null && t.actor().sector() == null
                            && d.source().stream().anyMatch(p -> p.key().equals(t.key())))
                    .forEach(t -> home.add(t.key())); // the country itself, as PloverConventions.sides puts it
        }
        target.removeIf(p -> sourceKeys.contains(p.key()) && !home.contains(p.key()));
        EventDate date = bestDate(group);
        if (date != null && date.relation() != EventDate.Relation.AFTER) {
            contexts.remove("future");
        } else if (date != null && date.basis() == EventDate.Basis.TIMEX) {
            contexts.add("future"); // dated after publication: "followed by a session on January 12"
        }
        return new Event(id, first.type(), mode, cameo, source, target, date, place, List.copyOf(contexts),
                first.attribution(), mentions);
    }
}
