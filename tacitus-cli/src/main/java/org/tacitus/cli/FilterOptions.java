package org.tacitus.cli;

import java.time.LocalDate;
import org.tacitus.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters shared by {@code query} and {@code export}. */
final class FilterOptions {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this day")
    LocalDate to;

    @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER type (CONSULT, ASSAULT…)")
    String type;

    @Option(names = "--actor", paramLabel = "CODE|NAME", description = "actor code, or part of an actor's name")
    String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "the event's country (its place's, else its "
            + "source's)")
    String country;

    @Option(names = "--place", paramLabel = "NAME", description = "part of the place's name")
    String place;

    @Option(names = "--text", paramLabel = "WORDS", description = "words in an evidence sentence")
    String text;

    EventQuery query() {
        return new EventQuery(from, to, type, actor, country, place, text, 0, EventQuery.DEFAULT_SIZE,
                EventQuery.Sort.DATE_DESC);
    }
}
