package org.tacitus.model;

import java.util.Objects;

/**
 * When an event happened or will happen. With basis {@code TIMEX} the value is the TIMEX3 value of the time
 * expression governing the event's clause ({@code evidence} is that expression); with basis {@code TENSE} no
 * expression dates the clause and the value is the publication date, with {@code relation} saying whether the
 * clause puts the event before it (past tense), on it (present) or after it (future).
 */
public record EventDate(String value, Basis basis, Relation relation, TextSpan evidence) {
    public enum Basis { TIMEX, TENSE }

    public enum Relation { BEFORE, ON, AFTER }

    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(relation, "relation");
        if (basis == Basis.TIMEX && evidence == null) {
            throw new IllegalArgumentException("a TIMEX date needs its evidence");
        }
    }
}
