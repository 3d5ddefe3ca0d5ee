package org.tacitus.events;

import java.util.Collection;
import java.util.Set;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;

/**
 * Which events belong in a calendar of scheduled diplomatic meetings — the one definition, used by the demo's
 * calendar and, through the flag it keeps on each stored report, by the store's. Stateless.
 */
public final class Meetings {

    private static final Set<String> MEETING_TYPES = Set.of("CONSULT", "AGREE");

    private Meetings() {
    }

    /**
     * A meeting or agreement dated after its article's publication, neither negated nor hypothetical: "will hold
     * talks in Geneva on Jan. 10". Undated future meetings are left out: a calendar needs a day.
     */
    public static boolean upcoming(Event e) {
        EventDate d = e.date();
        return d != null && upcoming(e.type(), d.basis(), d.relation(), d.value(), e.contexts());
    }

    /**
     * The same rule over an event's stored fields (the store keeps them as columns, without the date's evidence):
     * PLOVER type, the date's basis, relation and TIMEX3 value (any may be null: undated), and the contexts.
     */
    public static boolean upcoming(String type, EventDate.Basis basis, EventDate.Relation relation, String value,
                                   Collection<String> contexts) {
        return MEETING_TYPES.contains(type) && basis == EventDate.Basis.TIMEX && relation == EventDate.Relation.AFTER
                && value != null && value.matches("\\d{4}-\\d{2}.*") && !contexts.contains("negated")
                && !contexts.contains("hypothetical");
    }
}
