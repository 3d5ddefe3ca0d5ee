package org.tacitus.time;

/** The time a clause speaks of, relative to its publication: what year inference and weekday direction need. */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
