package org.tacitus.events;

import java.util.List;
import org.tacitus.model.Attribution;
import org.tacitus.model.EventDate;
import org.tacitus.model.EventMention;
import org.tacitus.model.Participant;
import org.tacitus.model.PlaceMention;

/**
 * One coded mention before the mentions of one event are merged: what this sentence says of it.
 * {@code anaphoric}: the trigger refers back ("the talks", "the meeting") and may join an earlier event without
 * naming its sides.
 */
record Draft(EventMention mention, String type, String mode, String cameo, List<Participant> source,
             List<Participant> target, EventDate date, PlaceMention place, List<String> contexts,
             Attribution attribution, boolean anaphoric) {
    Draft {
        source = List.copyOf(source);
        target = List.copyOf(target);
        contexts = List.copyOf(contexts);
    }

    boolean hasSides() {
        return !source.isEmpty() || !target.isEmpty();
    }
}
