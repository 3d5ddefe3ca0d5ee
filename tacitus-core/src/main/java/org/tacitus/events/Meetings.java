package org.tacitus.events;

import java.util.Set;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;

/** Which events belong in a calendar of scheduled diplomatic meetings. Stateless. */
public final class Meetings {

    private static final Set<String> MEETING_TYPES = Set.of("CONSULT", "AGREE");

    private Meetings() {
    }

    /**
     * A meeting or agreement dated after its article's publication, neither negated nor hypothetical: "will hold
     * talks in Geneva on Jan. 10". Undated future meetings are left out: a calendar needs a day.
     */
    public static boolean upcoming(Event e) {
        return MEETING_TYPES.contains(e.type()) && e.date() != null && e.date().basis() == EventDate.Basis.TIMEX
                && e.date().relation() == EventDate.Relation.AFTER
                && e.date().value().matches("\\d{4}-\\d{2}.*") && !e.contexts().contains("negated")
                && !e.contexts().contains("hypothetical");
    }
}
