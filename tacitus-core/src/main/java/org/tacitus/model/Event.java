package org.tacitus.model;

import java.util.List;
import java.util.Objects;

/**
 * A PLOVER event found in one article: its type ({@code ASSAULT}…), PLOVER mode (null when none), CAMEO code, the
 * two sides, date, place (the place named in the event's clause, null when none), contexts (modality — future,
 * hypothetical, negated, historical, reported — and topics such as diplomatic or military), the attribution of a
 * reported event, and every mention of it in the article, first mention first.
 */
public record Event(String id, String type, String mode, String cameo, List<Participant> source,
                    List<Participant> target, EventDate date, PlaceMention place, List<String> contexts,
                    Attribution attribution, List<EventMention> mentions) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        source = List.copyOf(source);
        target = List.copyOf(target);
        contexts = List.copyOf(contexts);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one mention");
        }
    }

    /** The first mention: where the event is first stated. */
    public EventMention first() {
        return mentions.get(0);
    }

    /** Stated as a fact by the article: not negated, hypothetical or merely reported by someone. */
    public boolean factual() {
        return !contexts.contains("negated") && !contexts.contains("hypothetical") && !contexts.contains("reported");
    }
}
